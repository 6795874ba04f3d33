import Diagnostics

/// The fields of a ``Schema``, behind one reference so that copying a schema (which the resolver
/// and the IR builder do for every property, alternative and `$ref` they follow) costs one retain
/// instead of one per field. `Schema` copies the storage before its first change while it is shared.
///
/// `@unchecked Sendable`: a storage object is only changed through a `Schema` that holds the only
/// reference to it, so no two threads can see it change.
final class SchemaStorage: @unchecked Sendable {
    var ref: Reference? = nil
    var booleanValue: Bool? = nil
    var types: [JSONType]? = nil
    var nullable: Bool = false
    var nullSources: NullSources = []
    var format: String? = nil
    var title: String? = nil
    var description: String? = nil
    var defaultValue: SpecValue? = nil
    var examples: [SpecValue] = []
    var deprecated: Bool = false
    var readOnly: Bool = false
    var writeOnly: Bool = false
    var enumValues: [SpecValue]? = nil
    var constValue: SpecValue? = nil
    var properties: OrderedMap<Schema> = OrderedMap<Schema>()
    var propertiesReference: Reference? = nil
    var required: [String] = []
    var additionalProperties: AdditionalProperties? = nil
    var patternProperties: OrderedMap<Schema> = OrderedMap<Schema>()
    var prefixItems: [Schema]? = nil
    var allOf: [Schema]? = nil
    var oneOf: [Schema]? = nil
    var anyOf: [Schema]? = nil
    var discriminator: Discriminator? = nil
    var minimum: SpecNumber? = nil
    var maximum: SpecNumber? = nil
    var exclusiveMinimum: SpecNumber? = nil
    var exclusiveMaximum: SpecNumber? = nil
    var multipleOf: SpecNumber? = nil
    var minLength: Int? = nil
    var maxLength: Int? = nil
    var pattern: String? = nil
    var minItems: Int? = nil
    var maxItems: Int? = nil
    var uniqueItems: Bool = false
    var minProperties: Int? = nil
    var maxProperties: Int? = nil
    var dependentRequired: OrderedMap<[String]> = OrderedMap<[String]>()
    var dependentSchemas: OrderedMap<Schema> = OrderedMap<Schema>()
    var minContains: Int? = nil
    var maxContains: Int? = nil
    var unsupportedKeywords: OrderedMap<SpecValue> = OrderedMap<SpecValue>()
    var extensions: SpecExtensions = SpecExtensions()
    var location: SourceLocation

    /// `items`; a class may hold a `Schema` directly, where the struct could not.
    var items: Schema?
    var not: Schema?
    /// The applicators only validators use, by keyword (`if`, `then`, `else`, `propertyNames`,
    /// `contains`, `unevaluatedProperties`, `unevaluatedItems`).
    var validation: [String: Schema] = [:]

    init(location: SourceLocation) {
        self.location = location
    }

    /// A storage with the same fields, for a schema about to change while its storage is shared.
    func copy() -> SchemaStorage {
        let copy = SchemaStorage(location: location)
        copy.ref = ref
        copy.booleanValue = booleanValue
        copy.types = types
        copy.nullable = nullable
        copy.nullSources = nullSources
        copy.format = format
        copy.title = title
        copy.description = description
        copy.defaultValue = defaultValue
        copy.examples = examples
        copy.deprecated = deprecated
        copy.readOnly = readOnly
        copy.writeOnly = writeOnly
        copy.enumValues = enumValues
        copy.constValue = constValue
        copy.properties = properties
        copy.propertiesReference = propertiesReference
        copy.required = required
        copy.additionalProperties = additionalProperties
        copy.patternProperties = patternProperties
        copy.prefixItems = prefixItems
        copy.allOf = allOf
        copy.oneOf = oneOf
        copy.anyOf = anyOf
        copy.discriminator = discriminator
        copy.minimum = minimum
        copy.maximum = maximum
        copy.exclusiveMinimum = exclusiveMinimum
        copy.exclusiveMaximum = exclusiveMaximum
        copy.multipleOf = multipleOf
        copy.minLength = minLength
        copy.maxLength = maxLength
        copy.pattern = pattern
        copy.minItems = minItems
        copy.maxItems = maxItems
        copy.uniqueItems = uniqueItems
        copy.minProperties = minProperties
        copy.maxProperties = maxProperties
        copy.dependentRequired = dependentRequired
        copy.dependentSchemas = dependentSchemas
        copy.minContains = minContains
        copy.maxContains = maxContains
        copy.unsupportedKeywords = unsupportedKeywords
        copy.extensions = extensions
        copy.items = items
        copy.not = not
        copy.validation = validation
        return copy
    }
}
