import Emitters
import IR
import Resolver

/// Everything a run of the generator can be asked to do differently.
public struct GeneratorOptions: Sendable {
    /// What to generate. Models are always generated when anything is, since the rest uses them.
    public var outputs: Set<OutputKind>
    /// The access level of generated declarations.
    public var access: AccessModifier
    /// Open enums keep unknown values; frozen enums reject them.
    public var enumStyle: ModelOptions.EnumStyle
    /// A folder whose `NAME.mustache` files replace the default templates of the same name.
    public var templatesDirectory: String?
    /// One file per type, one file for everything, or a fixed number of shards (for build-tool plugins).
    public var layout: FileLayout
    /// The number of shard files of the `sharded` layout, within `ShardedLayout.shardCounts`.
    public var shardCount: Int
    /// When set, the output is a complete Swift package of this name (`--package`).
    public var packageName: String?
    /// Which operations to generate; see `OperationFilter`.
    public var operationFilter: OperationFilter
    /// `format` → Swift type, instead of the default mapping.
    public var formatOverrides: [String: String]
    /// Component schema name → an existing Swift type, generated no more.
    public var schemaOverrides: [String: String]
    /// The client's name and defaults.
    public var client: ClientOptions
    /// Bounds on file size, nodes, alias expansion, nesting and references followed.
    public var limits: SpecLimits
    /// Folders besides the spec's own whose files `$ref`s may read.
    public var readableFolders: ReadableFolders
    /// The configuration these options came from, so mistakes that only the spec reveals
    /// (a filter naming an operation the spec lacks) are reported where they are written.
    public var configuration: GeneratorConfiguration?

    public init(
        outputs: Set<OutputKind> = Set(OutputKind.allCases),
        access: AccessModifier = .public,
        enumStyle: ModelOptions.EnumStyle = .open,
        templatesDirectory: String? = nil,
        layout: FileLayout = .grouped,
        shardCount: Int = ShardedLayout.defaultShardCount,
        operationFilter: OperationFilter = OperationFilter(),
        formatOverrides: [String: String] = [:],
        schemaOverrides: [String: String] = [:],
        client: ClientOptions = ClientOptions(),
        limits: SpecLimits = .default,
        readableFolders: ReadableFolders = ReadableFolders()
    ) {
        self.outputs = outputs
        self.access = access
        self.enumStyle = enumStyle
        self.templatesDirectory = templatesDirectory
        self.layout = layout
        self.shardCount = shardCount
        self.operationFilter = operationFilter
        self.formatOverrides = formatOverrides
        self.schemaOverrides = schemaOverrides
        self.client = client
        self.limits = limits
        self.readableFolders = readableFolders
    }

    /// Options from a configuration file; command-line flags are applied on top by the caller.
    public init(configuration: GeneratorConfiguration) {
        self.init()
        self.configuration = configuration
        if let generate = configuration.generate { outputs = generate }
        if let access = configuration.access { self.access = access }
        if let enumStyle = configuration.enumStyle { self.enumStyle = enumStyle }
        if let layout = configuration.layout { self.layout = layout }
        if let shards = configuration.shards { shardCount = shards }
        templatesDirectory = configuration.templates
        operationFilter = OperationFilter(
            operationIDs: Set(configuration.operationIDs.map(\.value)), tags: Set(configuration.tags.map(\.value)),
            paths: Set(configuration.paths.map(\.value)))
        formatOverrides = configuration.formatOverrides
        schemaOverrides = Dictionary(configuration.schemaOverrides.map { ($0.value.schema, $0.value.swiftType) }) { first, _ in first }
        client = ClientOptions(
            name: configuration.clientName, validateRequests: configuration.validateRequests ?? true,
            maxAttempts: configuration.retry?.maxAttempts, initialDelay: configuration.retry?.initialDelay,
            maxDelay: configuration.retry?.maxDelay)
        for (limit, value) in configuration.limits { limit.apply(value, to: &limits) }
        readableFolders.extra = configuration.allowRead
    }
}

/// The access level of generated declarations (`--access`), named here so front doors need only
/// this module.
public typealias AccessLevel = AccessModifier
/// Open or frozen enums (`--enum-style`), named here so front doors need only this module.
public typealias EnumStyle = ModelOptions.EnumStyle

extension GeneratorOptions {
    /// Whether `name` can name the Swift package and module `--package` writes (`PictifySDK`).
    public static func isValidPackageName(_ name: String) -> Bool {
        SwiftName.isValidIdentifier(name) && SwiftName.escapedIfReserved(name, as: .type) == name
    }
}
