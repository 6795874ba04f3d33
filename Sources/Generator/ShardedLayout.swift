import Emitters

/// The `sharded` file layout: the generated types spread over a fixed number of files with fixed
/// names, `Generated0.swift` … `Generated{N-1}.swift`, and the runtime support in
/// `GeneratedSupport.swift`.
///
/// A SwiftPM build-tool plugin must name its output files before the generator runs, which rules
/// out one file per type; one file for everything (`single-file`) compiles on one core and
/// recompiles the whole SDK after any change. Shards keep the names fixed and still give the
/// compiler several files to spread over its cores. Each per-type file goes to the shard its path
/// hashes to, with a hash that never changes between runs or platforms, so a spec change rewrites
/// only the shards of the types it touches (adding a schema rewrites one shard).
public struct ShardedLayout: Sendable, Hashable {
    /// 64 shards, measured on GitHub's SDK (debug build, 2 cores): 8 shards took 178 s of CPU and
    /// 1,017 MB in one compiler job, 32 took 154 s and 763 MB, 64 took 154 s and 647 MB (the
    /// module-emitting job's, not a shard's). The driver gives each job up to 25 files, so more
    /// and smaller files mean more, lighter jobs; empty shards cost a few milliseconds each.
    public static let defaultShardCount = 64
    /// The shard counts the layout accepts.
    public static let shardCounts = 1...256
    /// The file that holds the runtime support (JSON values, dates, transport, the schema
    /// interpreter): it changes only with Specsmith, never with the spec, so it has a file of its own.
    public static let supportFileName = "GeneratedSupport.swift"

    /// The number of shard files; always within `shardCounts`.
    public let shardCount: Int

    /// A layout of `shardCount` shards, clamped to `shardCounts` (callers check user input first
    /// and report it located).
    public init(shardCount: Int = ShardedLayout.defaultShardCount) {
        self.shardCount = min(max(shardCount, Self.shardCounts.lowerBound), Self.shardCounts.upperBound)
    }

    /// The name of shard `index`.
    public static func shardFileName(_ index: Int) -> String {
        "Generated\(index).swift"
    }

    /// Every file this layout writes, whatever the spec: what a build-tool plugin declares.
    public var fileNames: [String] {
        (0..<shardCount).map(Self.shardFileName) + [Self.supportFileName]
    }

    /// The shard a generated file (by its per-type path, e.g. `Models/Binding.swift`) goes to.
    public func shard(of path: String) -> Int {
        Int(StableHash.fnv1a(path) % UInt64(shardCount))
    }

    /// `files` (one per type, sorted by path, as the per-type layout writes them) laid out in shards.
    /// Files at the top of the output (no folder) are runtime support; the rest are the spec's types
    /// and client. Every file in `fileNames` is written, empty shards too, since a plugin declared them.
    func apply(to files: [GeneratedFile]) -> [GeneratedFile] {
        let header = FileConcatenation.header(of: files)
        var shards = Array(repeating: [GeneratedFile](), count: shardCount)
        var support: [GeneratedFile] = []
        for file in files {
            if file.path.contains("/") {
                shards[shard(of: file.path)].append(file)
            } else {
                support.append(file)
            }
        }
        var laidOut = shards.enumerated().map { index, members in
            GeneratedFile(path: Self.shardFileName(index), contents: FileConcatenation.join(members, header: header))
        }
        laidOut.append(GeneratedFile(path: Self.supportFileName, contents: FileConcatenation.join(support, header: header)))
        return laidOut
    }
}
