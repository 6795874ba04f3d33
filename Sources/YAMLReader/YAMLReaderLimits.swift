/// Bounds that keep hostile or broken input from exhausting memory or time.
///
/// The defaults are far above anything a real spec needs (the 3 MB GitHub spec nests 30 levels
/// and uses no aliases) and far below what would hurt the machine.
public struct YAMLReaderLimits: Sendable, Hashable {
    /// The deepest nesting of sequences and mappings accepted, counted with aliases expanded.
    public var maxDepth: Int
    /// How many nodes aliases may add in total once expanded (the "billion laughs" guard).
    public var maxAliasExpansion: Int
    /// The largest file accepted, in bytes.
    public var maxFileSize: Int

    public init(maxDepth: Int = 512, maxAliasExpansion: Int = 1_000_000, maxFileSize: Int = 128 * 1024 * 1024) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxFileSize = maxFileSize
    }

    public static let `default` = YAMLReaderLimits()
}
