import Emitters

/// How generated code is split into files.
public enum FileLayout: String, Sendable, Hashable, CaseIterable {
    /// A file per big type (`Models/Binding.swift`), small types together by initial
    /// (`Models/B+Types.swift`), the client by tag (`Client/…`): readable diffs, files the compiler
    /// can spread over every core, and far fewer of them than types; see `GroupedLayout`. The default.
    case grouped
    /// One file per top-level type (`Models/Binding.swift`, `Client/…`), however small.
    case perType = "per-type"
    /// Everything in one `Generated.swift`: a fixed file name, for build systems that need one.
    /// It compiles on one core, and any change recompiles all of it; prefer `sharded`.
    case singleFile = "single-file"
    /// A fixed number of files with fixed names (`Generated0.swift`…, `GeneratedSupport.swift`),
    /// which is what a SwiftPM build-tool plugin must declare before the generator runs; see
    /// `ShardedLayout`.
    case sharded

    /// The file `singleFile` writes.
    public static let singleFileName = "Generated.swift"

    /// `files` laid out this way; `shardCount` is the number of shards of `sharded`.
    func apply(to files: [GeneratedFile], shardCount: Int) -> [GeneratedFile] {
        switch self {
        case .grouped:
            return GroupedLayout.apply(to: files)
        case .perType:
            return files
        case .singleFile:
            return [GeneratedFile(path: Self.singleFileName, contents: FileConcatenation.join(files, header: FileConcatenation.header(of: files)))]
        case .sharded:
            return ShardedLayout(shardCount: shardCount).apply(to: files)
        }
    }
}
