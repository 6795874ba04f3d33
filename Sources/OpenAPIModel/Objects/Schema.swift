import Diagnostics

/// The JSON types a schema's `type` can name.
public enum JSONType: String, Sendable, Hashable, CaseIterable {
    case string, number, integer, boolean, array, object, null
}

/// A Schema Object, OpenAPI 3.0 and 3.1 normalised into one shape:
/// 3.0's `nullable: true` shows as `nullable` (as does a 3.1 `"null"` in `type` or `enum`),
/// 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum` become the 3.1 numeric bounds,
/// and `example` joins `examples`.
public struct Schema: Sendable {
    /// `$ref`, which may stand beside other keywords (3.1), or alone.
    public var ref: Reference?
    /// A 3.1 boolean schema (`true` accepts anything, `false` nothing); nil for object schemas.
    public var booleanValue: Bool?

    /// The types named by `type`, without `null` (see `nullable`); nil when `type` is absent.
    public var types: [JSONType]?
    /// Whether `null` is allowed: 3.0 `nullable`, 3.1 `type: [T, "null"]`, or `null` in `enum`.
    public var nullable: Bool
    /// Where `nullable` came from, which JSON Schema validation must tell apart: `"null"` in `type`
    /// admits null whatever `enum` says, while an `enum` without null rejects it.
    public var nullSources: NullSources = []
    public var format: String?

    public var title: String?
    public var description: String?
    public var defaultValue: SpecValue?
    public var examples: [SpecValue]
    public var deprecated: Bool
    public var readOnly: Bool
    public var writeOnly: Bool

    /// `enum` values as written (including any `null`).
    public var enumValues: [SpecValue]?
    public var constValue: SpecValue?

    public var properties: OrderedMap<Schema>
    /// `properties: {$ref: …}`: not standard, but split specs (DigitalOcean's) share property
    /// sets this way. The resolver reads the target as more properties.
    public var propertiesReference: Reference?
    public var required: [String]
    public var additionalProperties: AdditionalProperties?
    public var patternProperties: OrderedMap<Schema>
    public var prefixItems: [Schema]?
    public var allOf: [Schema]?
    public var oneOf: [Schema]?
    public var anyOf: [Schema]?
    public var discriminator: Discriminator?

    public var minimum: SpecNumber?
    public var maximum: SpecNumber?
    public var exclusiveMinimum: SpecNumber?
    public var exclusiveMaximum: SpecNumber?
    public var multipleOf: SpecNumber?
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems: Bool
    public var minProperties: Int?
    public var maxProperties: Int?

    /// `dependentRequired` (and draft-04 `dependencies` given as name lists): when the named
    /// property is present, these others must be too.
    public var dependentRequired: OrderedMap<[String]>
    /// `dependentSchemas` (and draft-04 `dependencies` given as schemas): when the named property
    /// is present, the whole object must also match the schema.
    public var dependentSchemas: OrderedMap<Schema>
    public var minContains: Int?
    public var maxContains: Int?

    /// Keywords Specsmith reads but does not act on (e.g. `if`, `dependentSchemas`), kept so later
    /// stages can warn where they matter instead of dropping them silently.
    public var unsupportedKeywords: OrderedMap<SpecValue>
    public var extensions: SpecExtensions
    public var location: SourceLocation

    // Single sub-schemas are stored in arrays: a struct cannot contain itself directly.
    private var itemsStorage: [Schema] = []
    private var notStorage: [Schema] = []
    /// The applicators only validators use, by keyword (`if`, `then`, `else`, `propertyNames`,
    /// `contains`, `unevaluatedProperties`, `unevaluatedItems`).
    private var validationStorage: [String: Schema] = [:]

    /// `items`: the schema of every array element (after `prefixItems`, in 3.1).
    public var items: Schema? {
        get { itemsStorage.first }
        set { itemsStorage = newValue.map { [$0] } ?? [] }
    }

    public var not: Schema? {
        get { notStorage.first }
        set { notStorage = newValue.map { [$0] } ?? [] }
    }

    /// `if`: when the value matches it, it must match `then`, otherwise `else`.
    public var ifSchema: Schema? {
        get { validationStorage["if"] }
        set { validationStorage["if"] = newValue }
    }

    public var thenSchema: Schema? {
        get { validationStorage["then"] }
        set { validationStorage["then"] = newValue }
    }

    public var elseSchema: Schema? {
        get { validationStorage["else"] }
        set { validationStorage["else"] = newValue }
    }

    /// `propertyNames`: the schema every key of an object must match (as a string).
    public var propertyNames: Schema? {
        get { validationStorage["propertyNames"] }
        set { validationStorage["propertyNames"] = newValue }
    }

    /// `contains`: the schema some elements must match (`minContains`, default 1, to `maxContains`).
    public var contains: Schema? {
        get { validationStorage["contains"] }
        set { validationStorage["contains"] = newValue }
    }

    /// `unevaluatedProperties`: the schema of the members no other keyword (here or in the schemas
    /// `allOf`, `anyOf`, `oneOf`, `if`/`then`/`else`, `dependentSchemas` and `$ref` apply) looked at.
    public var unevaluatedProperties: Schema? {
        get { validationStorage["unevaluatedProperties"] }
        set { validationStorage["unevaluatedProperties"] = newValue }
    }

    /// `unevaluatedItems`: as `unevaluatedProperties`, for the elements of an array.
    public var unevaluatedItems: Schema? {
        get { validationStorage["unevaluatedItems"] }
        set { validationStorage["unevaluatedItems"] = newValue }
    }

    /// True when the schema has keywords only validators act on (conditionals, dependencies,
    /// `contains`, `propertyNames`, the `unevaluated` keywords).
    public var hasValidationApplicators: Bool {
        !validationStorage.isEmpty || !dependentRequired.isEmpty || !dependentSchemas.isEmpty
            || minContains != nil || maxContains != nil
    }

    /// An empty schema (accepts anything) at `location`.
    public init(at location: SourceLocation) {
        nullable = false
        examples = []
        deprecated = false
        readOnly = false
        writeOnly = false
        properties = OrderedMap()
        required = []
        patternProperties = OrderedMap()
        uniqueItems = false
        dependentRequired = OrderedMap()
        dependentSchemas = OrderedMap()
        unsupportedKeywords = OrderedMap()
        extensions = OrderedMap()
        self.location = location
    }

    /// True when the schema is nothing but a `$ref` (so it is an alias for its target).
    /// Validation keywords beside the `$ref` (3.1: `{$ref: Name, maxLength: 3}`) narrow the target,
    /// so a schema with any of them is not an alias.
    public var isPureReference: Bool {
        ref != nil && !hasStructure && !hasConstraints && title == nil && description == nil && defaultValue == nil && !nullable
    }

    /// True when the schema has validation keywords that narrow the values its type admits
    /// (bounds, lengths, `pattern`, item and property counts, `required` names).
    public var hasConstraints: Bool {
        minimum != nil || maximum != nil || exclusiveMinimum != nil || exclusiveMaximum != nil || multipleOf != nil
            || minLength != nil || maxLength != nil || pattern != nil || minItems != nil || maxItems != nil || uniqueItems
            || minProperties != nil || maxProperties != nil || !required.isEmpty || hasValidationApplicators
    }

    /// True when the schema constrains the shape of a value by itself, beyond annotations.
    public var hasStructure: Bool {
        types != nil || format != nil || enumValues != nil || constValue != nil || !properties.isEmpty || propertiesReference != nil
            || additionalProperties != nil || items != nil || prefixItems != nil || allOf != nil || oneOf != nil
            || anyOf != nil || not != nil || booleanValue != nil
    }
}

/// The keywords that made a schema admit `null`.
public struct NullSources: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The 3.0 keyword `nullable: true` (also honoured in 3.1).
    public static let keyword = NullSources(rawValue: 1 << 0)
    /// `"null"` in `type`.
    public static let type = NullSources(rawValue: 1 << 1)
    /// `null` among the `enum` values.
    public static let enumValue = NullSources(rawValue: 1 << 2)
}

/// `additionalProperties`: a boolean or a schema for the values of undeclared keys.
public indirect enum AdditionalProperties: Sendable {
    case allowed(Bool)
    case schema(Schema)
}

/// How a `oneOf`/`anyOf` tells its alternatives apart.
public struct Discriminator: Sendable {
    public var propertyName: String
    /// Value of the property → schema reference, in spec order.
    public var mapping: OrderedMap<String>
    public var location: SourceLocation
}
