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
    /// Every field, shared between copies until one of them changes (see ``SchemaStorage``).
    private var storage: SchemaStorage

    /// `$ref`, which may stand beside other keywords (3.1), or alone.
    public var ref: Reference? {
        get { storage.ref }
        _modify {
            makeUnique()
            yield &storage.ref
        }
    }

    /// A 3.1 boolean schema (`true` accepts anything, `false` nothing); nil for object schemas.
    public var booleanValue: Bool? {
        get { storage.rare.fields.booleanValue }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.booleanValue
        }
    }

    /// The types named by `type`, without `null` (see `nullable`); nil when `type` is absent.
    public var types: [JSONType]? {
        get { storage.types }
        _modify {
            makeUnique()
            yield &storage.types
        }
    }

    /// Whether `null` is allowed: 3.0 `nullable`, 3.1 `type: [T, "null"]`, or `null` in `enum`.
    public var nullable: Bool {
        get { storage.nullable }
        _modify {
            makeUnique()
            yield &storage.nullable
        }
    }

    /// Where `nullable` came from, which JSON Schema validation must tell apart: `"null"` in `type`
    /// admits null whatever `enum` says, while an `enum` without null rejects it.
    public var nullSources: NullSources {
        get { storage.nullSources }
        _modify {
            makeUnique()
            yield &storage.nullSources
        }
    }

    public var format: String? {
        get { storage.format }
        _modify {
            makeUnique()
            yield &storage.format
        }
    }

    public var title: String? {
        get { storage.title }
        _modify {
            makeUnique()
            yield &storage.title
        }
    }

    public var description: String? {
        get { storage.description }
        _modify {
            makeUnique()
            yield &storage.description
        }
    }

    public var defaultValue: SpecValue? {
        get { storage.defaultValue }
        _modify {
            makeUnique()
            yield &storage.defaultValue
        }
    }

    public var examples: [SpecValue] {
        get { storage.examples }
        _modify {
            makeUnique()
            yield &storage.examples
        }
    }

    public var deprecated: Bool {
        get { storage.deprecated }
        _modify {
            makeUnique()
            yield &storage.deprecated
        }
    }

    public var readOnly: Bool {
        get { storage.readOnly }
        _modify {
            makeUnique()
            yield &storage.readOnly
        }
    }

    public var writeOnly: Bool {
        get { storage.writeOnly }
        _modify {
            makeUnique()
            yield &storage.writeOnly
        }
    }

    /// `enum` values as written (including any `null`).
    public var enumValues: [SpecValue]? {
        get { storage.enumValues }
        _modify {
            makeUnique()
            yield &storage.enumValues
        }
    }

    public var constValue: SpecValue? {
        get { storage.rare.fields.constValue }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.constValue
        }
    }

    public var properties: OrderedMap<Schema> {
        get { storage.properties }
        _modify {
            makeUnique()
            yield &storage.properties
        }
    }

    /// `properties: {$ref: …}`: not standard, but split specs (DigitalOcean's) share property
    /// sets this way. The resolver reads the target as more properties.
    public var propertiesReference: Reference? {
        get { storage.rare.fields.propertiesReference }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.propertiesReference
        }
    }

    public var required: [String] {
        get { storage.required }
        _modify {
            makeUnique()
            yield &storage.required
        }
    }

    public var additionalProperties: AdditionalProperties? {
        get { storage.additionalProperties }
        _modify {
            makeUnique()
            yield &storage.additionalProperties
        }
    }

    public var patternProperties: OrderedMap<Schema> {
        get { storage.rare.fields.patternProperties }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.patternProperties
        }
    }

    public var prefixItems: [Schema]? {
        get { storage.rare.fields.prefixItems }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.prefixItems
        }
    }

    public var allOf: [Schema]? {
        get { storage.allOf }
        _modify {
            makeUnique()
            yield &storage.allOf
        }
    }

    public var oneOf: [Schema]? {
        get { storage.oneOf }
        _modify {
            makeUnique()
            yield &storage.oneOf
        }
    }

    public var anyOf: [Schema]? {
        get { storage.anyOf }
        _modify {
            makeUnique()
            yield &storage.anyOf
        }
    }

    public var discriminator: Discriminator? {
        get { storage.rare.fields.discriminator }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.discriminator
        }
    }

    public var minimum: SpecNumber? {
        get { storage.rare.fields.minimum }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.minimum
        }
    }

    public var maximum: SpecNumber? {
        get { storage.rare.fields.maximum }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.maximum
        }
    }

    public var exclusiveMinimum: SpecNumber? {
        get { storage.rare.fields.exclusiveMinimum }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.exclusiveMinimum
        }
    }

    public var exclusiveMaximum: SpecNumber? {
        get { storage.rare.fields.exclusiveMaximum }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.exclusiveMaximum
        }
    }

    public var multipleOf: SpecNumber? {
        get { storage.rare.fields.multipleOf }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.multipleOf
        }
    }

    public var minLength: Int? {
        get { storage.rare.fields.minLength }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.minLength
        }
    }

    public var maxLength: Int? {
        get { storage.rare.fields.maxLength }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.maxLength
        }
    }

    public var pattern: String? {
        get { storage.rare.fields.pattern }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.pattern
        }
    }

    public var minItems: Int? {
        get { storage.rare.fields.minItems }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.minItems
        }
    }

    public var maxItems: Int? {
        get { storage.rare.fields.maxItems }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.maxItems
        }
    }

    public var uniqueItems: Bool {
        get { storage.rare.fields.uniqueItems }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.uniqueItems
        }
    }

    public var minProperties: Int? {
        get { storage.rare.fields.minProperties }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.minProperties
        }
    }

    public var maxProperties: Int? {
        get { storage.rare.fields.maxProperties }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.maxProperties
        }
    }

    /// `dependentRequired` (and draft-04 `dependencies` given as name lists): when the named
    /// property is present, these others must be too.
    public var dependentRequired: OrderedMap<[String]> {
        get { storage.rare.fields.dependentRequired }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.dependentRequired
        }
    }

    /// `dependentSchemas` (and draft-04 `dependencies` given as schemas): when the named property
    /// is present, the whole object must also match the schema.
    public var dependentSchemas: OrderedMap<Schema> {
        get { storage.rare.fields.dependentSchemas }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.dependentSchemas
        }
    }

    public var minContains: Int? {
        get { storage.rare.fields.minContains }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.minContains
        }
    }

    public var maxContains: Int? {
        get { storage.rare.fields.maxContains }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.maxContains
        }
    }

    /// Keywords Specsmith reads but does not act on (e.g. `if`, `dependentSchemas`), kept so later
    /// stages can warn where they matter instead of dropping them silently.
    public var unsupportedKeywords: OrderedMap<SpecValue> {
        get { storage.rare.fields.unsupportedKeywords }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.unsupportedKeywords
        }
    }

    public var extensions: SpecExtensions {
        get { storage.extensions }
        _modify {
            makeUnique()
            yield &storage.extensions
        }
    }

    public var location: SourceLocation {
        get { storage.location }
        _modify {
            makeUnique()
            yield &storage.location
        }
    }

    /// `items`: the schema of every array element (after `prefixItems`, in 3.1).
    public var items: Schema? {
        get { storage.items }
        _modify {
            makeUnique()
            yield &storage.items
        }
    }

    public var not: Schema? {
        get { storage.rare.fields.not }
        _modify {
            makeRareUnique()
            yield &storage.rare.fields.not
        }
    }

    /// `if`: when the value matches it, it must match `then`, otherwise `else`.
    public var ifSchema: Schema? {
        get { storage.rare.fields.validation["if"] }
        set {
            makeRareUnique()
            storage.rare.fields.validation["if"] = newValue
        }
    }

    public var thenSchema: Schema? {
        get { storage.rare.fields.validation["then"] }
        set {
            makeRareUnique()
            storage.rare.fields.validation["then"] = newValue
        }
    }

    public var elseSchema: Schema? {
        get { storage.rare.fields.validation["else"] }
        set {
            makeRareUnique()
            storage.rare.fields.validation["else"] = newValue
        }
    }

    /// `propertyNames`: the schema every key of an object must match (as a string).
    public var propertyNames: Schema? {
        get { storage.rare.fields.validation["propertyNames"] }
        set {
            makeRareUnique()
            storage.rare.fields.validation["propertyNames"] = newValue
        }
    }

    /// `contains`: the schema some elements must match (`minContains`, default 1, to `maxContains`).
    public var contains: Schema? {
        get { storage.rare.fields.validation["contains"] }
        set {
            makeRareUnique()
            storage.rare.fields.validation["contains"] = newValue
        }
    }

    /// `unevaluatedProperties`: the schema of the members no other keyword (here or in the schemas
    /// `allOf`, `anyOf`, `oneOf`, `if`/`then`/`else`, `dependentSchemas` and `$ref` apply) looked at.
    public var unevaluatedProperties: Schema? {
        get { storage.rare.fields.validation["unevaluatedProperties"] }
        set {
            makeRareUnique()
            storage.rare.fields.validation["unevaluatedProperties"] = newValue
        }
    }

    /// `unevaluatedItems`: as `unevaluatedProperties`, for the elements of an array.
    public var unevaluatedItems: Schema? {
        get { storage.rare.fields.validation["unevaluatedItems"] }
        set {
            makeRareUnique()
            storage.rare.fields.validation["unevaluatedItems"] = newValue
        }
    }

    /// True when the schema has keywords only validators act on (conditionals, dependencies,
    /// `contains`, `propertyNames`, the `unevaluated` keywords).
    public var hasValidationApplicators: Bool {
        !storage.rare.fields.validation.isEmpty || !dependentRequired.isEmpty || !dependentSchemas.isEmpty
            || minContains != nil || maxContains != nil
    }

    /// An empty schema (accepts anything) at `location`.
    public init(at location: SourceLocation) {
        storage = SchemaStorage(location: location)
    }

    /// Gives this schema storage of its own before a change, if the storage is shared.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy()
        }
    }

    /// Gives this schema storage and rarely used fields of its own before a change to one of those.
    /// (A schema without any starts out sharing `SchemaRareStorage.none`, which is never unique.)
    private mutating func makeRareUnique() {
        makeUnique()
        if !isKnownUniquelyReferenced(&storage.rare) {
            storage.rare = SchemaRareStorage(storage.rare.fields)
        }
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
