import Emitters

/// How generated code is split into files.
public enum FileLayout: String, Sendable, Hashable, CaseIterable {
    /// One file per top-level type (`Models/Binding.swift`, `Client/…`): readable diffs, and the
    /// compiler can spread a big SDK over every core. The default.
    case perType = "per-type"
    /// Everything in one `Generated.swift`: a fixed file name, which is what a SwiftPM build-tool
    /// plugin must declare before the generator runs.
    case singleFile = "single-file"

    /// The file `singleFile` writes.
    public static let singleFileName = "Generated.swift"

    /// `files` laid out this way.
    func apply(to files: [GeneratedFile]) -> [GeneratedFile] {
        switch self {
        case .perType:
            return files
        case .singleFile:
            guard let header = files.first?.contents.prefix(while: { $0 != "\n" }) else {
                return [GeneratedFile(path: Self.singleFileName, contents: "")]
            }
            // Every file starts with the same header line; keep one. Repeated imports are legal Swift.
            let bodies = files.map { file in
                "// MARK: - \(file.path)\n\n" + file.contents.drop { $0 != "\n" }.drop { $0 == "\n" }
            }
            return [GeneratedFile(path: Self.singleFileName, contents: header + "\n\n" + bodies.joined(separator: "\n"))]
        }
    }
}
