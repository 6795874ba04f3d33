import Resolver

/// One of the limits on what a spec may make Specsmith do, as `specsmith-config.yaml` (`limits:`)
/// and the command line (`--max-…`) name it. One table, so the two front doors cannot drift apart.
public enum SpecLimit: String, Sendable, Hashable, CaseIterable {
    case maxFileSize, maxNodes, maxAliasExpansion, maxDepth, maxReferences

    /// The command-line flag that sets this limit.
    public var flag: String {
        switch self {
        case .maxFileSize: "--max-file-size"
        case .maxNodes: "--max-nodes"
        case .maxAliasExpansion: "--max-alias-expansion"
        case .maxDepth: "--max-depth"
        case .maxReferences: "--max-references"
        }
    }

    /// The smallest value that makes sense: 0 aliases expanded or references followed is a valid
    /// choice (a spec that uses none), 0 bytes, nodes or levels is not.
    public var minimum: Int { self == .maxAliasExpansion || self == .maxReferences ? 0 : 1 }

    /// The largest value accepted. Nesting is bounded because the later stages walk schemas
    /// recursively: far deeper trees would exhaust even `LargeStack`'s stack instead of failing cleanly.
    public var maximum: Int { self == .maxDepth ? Self.deepestSafeNesting : Int.max }

    /// About 1,000 levels of nested schemas: a debug build needs some 50 KB of stack per schema
    /// level, so `LargeStack`'s 1 GB holds this many many times over.
    public static let deepestSafeNesting = 2_000

    /// Why a value is not acceptable, or nil when it is.
    public func problem(with value: Int) -> String? {
        if value < minimum { return "must be at least \(minimum), found \(value)" }
        if value > maximum { return "must be at most \(maximum), found \(value)" }
        return nil
    }

    /// The value when neither the configuration nor a flag sets it, for help texts.
    public var defaultValue: Int {
        let limits = SpecLimits.default
        return switch self {
        case .maxFileSize: limits.reader.maxFileSize
        case .maxNodes: limits.reader.maxNodes
        case .maxAliasExpansion: limits.reader.maxAliasExpansion
        case .maxDepth: limits.reader.maxDepth
        case .maxReferences: limits.maxReferences
        }
    }

    /// `limits` with this limit set to `value`.
    public func apply(_ value: Int, to limits: inout SpecLimits) {
        switch self {
        case .maxFileSize: limits.reader.maxFileSize = value
        case .maxNodes: limits.reader.maxNodes = value
        case .maxAliasExpansion: limits.reader.maxAliasExpansion = value
        case .maxDepth: limits.reader.maxDepth = value
        case .maxReferences: limits.maxReferences = value
        }
    }
}
