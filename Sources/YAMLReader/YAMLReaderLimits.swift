/// Bounds that keep hostile or broken input from exhausting memory or time.
///
/// The defaults are far above anything a real spec needs (the 3 MB GitHub spec nests 30 levels
/// and uses no aliases) and far below what would hurt the machine. Each error that a limit causes
/// says how to raise it (`--max-…` on the command line, `limits:` in specsmith-config.yaml).
public struct YAMLReaderLimits: Sendable, Hashable {
    /// The deepest nesting of sequences and mappings accepted, counted with aliases expanded.
    public var maxDepth: Int
    /// How many nodes aliases may add in total once expanded (the "billion laughs" guard).
    public var maxAliasExpansion: Int
    /// The largest file accepted, in bytes.
    public var maxFileSize: Int
    /// How many nodes (scalars, sequences and mappings, as written) may be read in all, over every
    /// file of a spec: a file under the size limit can still hold millions of one-character values.
    public var maxNodes: Int

    public init(maxDepth: Int = 512, maxAliasExpansion: Int = 1_000_000, maxFileSize: Int = 128 * 1024 * 1024,
                maxNodes: Int = 20_000_000) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxFileSize = maxFileSize
        self.maxNodes = maxNodes
    }

    public static let `default` = YAMLReaderLimits()

    /// The end of a limit's error message: how to raise it, in the words of the front doors.
    public static func hint(flag: String, key: String) -> String {
        "; raise the limit with \(flag) N or 'limits: {\(key): N}' in specsmith-config.yaml"
    }
}
