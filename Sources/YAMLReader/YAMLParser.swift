import CYAML
import Diagnostics
import Foundation

/// Reads one YAML or JSON file into a `YAMLNode` tree with libyaml's event API.
///
/// Everything the user can get wrong comes back as a located `Diagnostic`: syntax errors with
/// libyaml's own wording, duplicate keys, several documents in one file, and input that breaks
/// the `YAMLReaderLimits`.
public enum YAMLParser {
    /// Reads and parses the file at `path`. Locations name the file as `displayPath`
    /// (by default `path` itself), so diagnostics show what the user typed.
    public static func parse(
        contentsOf path: String,
        displayPath: String? = nil,
        limits: YAMLReaderLimits = .default
    ) throws(Diagnostic) -> YAMLNode {
        let shownPath = displayPath ?? path
        let bytes = try readBytes(path: path, shownPath: shownPath, limits: limits)
        return try parse(bytes, file: shownPath, limits: limits)
    }

    /// Parses `text` as if it were the contents of `file`.
    public static func parse(_ text: String, file: String, limits: YAMLReaderLimits = .default) throws(Diagnostic) -> YAMLNode {
        try parse(Array(text.utf8), file: file, limits: limits)
    }

    /// Parses raw bytes (UTF-8, or UTF-16 with a byte order mark) as the contents of `file`.
    public static func parse(_ bytes: [UInt8], file: String, limits: YAMLReaderLimits = .default) throws(Diagnostic) -> YAMLNode {
        if bytes.count > limits.maxFileSize {
            throw .error("file is \(bytes.count) bytes, larger than the limit of \(limits.maxFileSize) bytes", at: .startOf(file))
        }
        let result: Result<YAMLNode, Diagnostic> = bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(.error("could not initialise the YAML parser (out of memory)", at: .startOf(file)))
            }
            defer { yaml_parser_delete(&parser) }
            // libyaml wants a non-null pointer even for empty input.
            let empty: [UInt8] = [0]
            return empty.withUnsafeBufferPointer { emptyBuffer in
                let start = buffer.baseAddress ?? emptyBuffer.baseAddress!
                yaml_parser_set_input_string(&parser, start, buffer.count)
                var builder = YAMLTreeBuilder(file: file, limits: limits)
                do throws(Diagnostic) {
                    return .success(try builder.run(parser: &parser, input: buffer))
                } catch {
                    return .failure(error)
                }
            }
        }
        return try result.get()
    }

    private static func readBytes(path: String, shownPath: String, limits: YAMLReaderLimits) throws(Diagnostic) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .error("no such file", at: .startOf(shownPath))
        }
        guard !isDirectory.boolValue else {
            throw .error("is a directory, expected a YAML or JSON file", at: .startOf(shownPath))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxFileSize {
            throw .error("file is \(size) bytes, larger than the limit of \(limits.maxFileSize) bytes", at: .startOf(shownPath))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("could not read the file", at: .startOf(shownPath))
        }
        return [UInt8](data)
    }
}
