import Diagnostics
import Emitters
import IR

/// What `specsmith-config.yaml` says. Every field is optional: what it does not set keeps its
/// default, and command-line flags win over it. Values keep their locations so that a value
/// that turns out to be wrong later (a filter naming an operation the spec lacks) is reported
/// where it is written.
public struct GeneratorConfiguration: Sendable {
    /// A configured value and where it is written.
    public struct Located<Value: Sendable>: Sendable {
        public var value: Value
        public var location: SourceLocation
    }

    public var generate: Set<OutputKind>?
    public var access: AccessModifier?
    public var enumStyle: ModelOptions.EnumStyle?
    public var layout: FileLayout?
    /// The number of shards of the `sharded` layout (`shards: 64`).
    public var shards: Int?
    /// Resolved against the configuration file's folder.
    public var templates: String?
    public var operationIDs: [Located<String>] = []
    public var tags: [Located<String>] = []
    public var paths: [Located<String>] = []
    /// `format` → Swift type to use instead of the default mapping.
    public var formatOverrides: [String: String] = [:]
    /// Component schema name → Swift type to use instead of generating one.
    public var schemaOverrides: [Located<SchemaOverride>] = []
    public var clientName: String?
    public var validateRequests: Bool?
    public var retry: RetryDefaults?
    /// Limits raised (or lowered) from their defaults.
    public var limits: [SpecLimit: Int] = [:]
    /// Folders besides the spec's own that `$ref`s may read, resolved against the configuration file's folder.
    public var allowRead: [String] = []
    public var file: String

    public init(file: String) {
        self.file = file
    }
}

/// What can be generated.
public enum OutputKind: String, Sendable, Hashable, CaseIterable {
    case models, client, validators
}

/// Use an existing Swift type for a component schema instead of generating one.
public struct SchemaOverride: Sendable, Hashable {
    public var schema: String
    public var swiftType: String

    public init(schema: String, swiftType: String) {
        self.schema = schema
        self.swiftType = swiftType
    }
}

/// The client's default retry policy, as the configuration sets it.
public struct RetryDefaults: Sendable, Hashable {
    public var maxAttempts: Int?
    public var initialDelay: Double?
    public var maxDelay: Double?

    public init(maxAttempts: Int? = nil, initialDelay: Double? = nil, maxDelay: Double? = nil) {
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
    }
}
