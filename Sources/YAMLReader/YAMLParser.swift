import CYAML
import Diagnostics
import Foundation

/// Reads one YAML or JSON file into `YAMLNode`s with libyaml's event API.
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
        var nodeCount = 0
        return try parse(contentsOf: path, displayPath: displayPath, limits: limits, nodeCount: &nodeCount)
    }

    /// Reads and parses the file at `path` as one file of a larger spec: `nodeCount` holds the nodes
    /// read before it and is increased by this file's, so `limits.maxNodes` bounds the whole spec.
    public static func parse(
        contentsOf path: String,
        displayPath: String? = nil,
        limits: YAMLReaderLimits = .default,
        nodeCount: inout Int
    ) throws(Diagnostic) -> YAMLNode {
        let shownPath = displayPath ?? path
        let bytes = try readBytes(path: path, shownPath: shownPath, limits: limits)
        return try parse(bytes, file: shownPath, limits: limits, nodeCount: &nodeCount)
    }

    /// Parses `text` as if it were the contents of `file`.
    public static func parse(_ text: String, file: String, limits: YAMLReaderLimits = .default) throws(Diagnostic) -> YAMLNode {
        try parse(Array(text.utf8), file: file, limits: limits)
    }

    /// Parses raw bytes (UTF-8, or UTF-16 with a byte order mark) as the contents of `file`.
    public static func parse(_ bytes: [UInt8], file: String, limits: YAMLReaderLimits = .default) throws(Diagnostic) -> YAMLNode {
        var nodeCount = 0
        return try parse(bytes, file: file, limits: limits, nodeCount: &nodeCount)
    }

    /// Parses raw bytes as one file of a larger spec; see `parse(contentsOf:displayPath:limits:nodeCount:)`.
    public static func parse(_ bytes: [UInt8], file: String, limits: YAMLReaderLimits = .default,
                             nodeCount: inout Int) throws(Diagnostic) -> YAMLNode {
        if bytes.count > limits.maxFileSize {
            throw fileTooLarge(bytes.count, limits: limits, file: file)
        }
        // The node store addresses bytes, nodes and children with 32-bit offsets.
        if bytes.count > Int(Int32.max) / 2 {
            throw .error("file is \(bytes.count) bytes, more than the reader can hold (1 GB)", at: .startOf(file))
        }
        let before = nodeCount
        let result: Result<(YAMLNode, Int), Diagnostic> = bytes.withUnsafeBufferPointer { buffer in
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
                var builder = YAMLTreeBuilder(file: file, limits: limits, nodeCount: before, inputSize: buffer.count)
                do throws(Diagnostic) {
                    let root = try builder.run(parser: &parser, input: buffer)
                    return .success((root, builder.nodeCount))
                } catch {
                    return .failure(error)
                }
            }
        }
        let (root, count) = try result.get()
        nodeCount = count
        return root
    }

    private static func fileTooLarge(_ size: Int, limits: YAMLReaderLimits, file: String) -> Diagnostic {
        .error("file is \(size) bytes, larger than the limit of \(limits.maxFileSize) bytes"
               + YAMLReaderLimits.hint(flag: "--max-file-size", key: "maxFileSize"), at: .startOf(file))
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
            throw fileTooLarge(size, limits: limits, file: shownPath)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("could not read the file", at: .startOf(shownPath))
        }
        return [UInt8](data)
    }
}
