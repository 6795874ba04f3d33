import YAMLReader

/// Every bound on the work a spec can make Specsmith do: the reader's (file size, nodes, alias
/// expansion, nesting depth) and the resolver's (references followed). Each is far above what
/// real specs need and can be raised from specsmith-config.yaml (`limits:`) or the command line.
public struct SpecLimits: Sendable, Hashable {
    public var reader: YAMLReaderLimits
    /// How many `$ref`s may be followed in one run, counting every follow (a cached target too):
    /// a spec whose references fan out (each schema an `allOf` of the next one, twice) would
    /// otherwise make the resolver and the IR do exponential work.
    public var maxReferences: Int

    public init(reader: YAMLReaderLimits = .default, maxReferences: Int = 1_000_000) {
        self.reader = reader
        self.maxReferences = maxReferences
    }

    public static let `default` = SpecLimits()

    /// The end of a limit's error message: how to raise it.
    static func hint(flag: String, key: String) -> String {
        YAMLReaderLimits.hint(flag: flag, key: key)
    }
}
