import Diagnostics

/// The fields of a ``Schema``, behind one reference so that copying a schema (which the resolver
/// and the IR builder do for every property, alternative and `$ref` they follow) costs one retain
/// instead of one per field. `Schema` copies the storage before its first change while it is shared.
///
/// `@unchecked Sendable` and `@exclusivity(unchecked)`: a storage object is only changed through the
/// one `Schema` that holds the only reference to it, whose own exclusive access the compiler checks,
/// so no two threads see it change and no two accesses overlap. (Checking each field at run time
/// cost more than the copies the box saves.)
final class SchemaStorage: @unchecked Sendable {
    @exclusivity(unchecked) var ref: Reference? = nil
    @exclusivity(unchecked) var booleanValue: Bool? = nil
    @exclusivity(unchecked) var types: [JSONType]? = nil
    @exclusivity(unchecked) var nullable: Bool = false
    @exclusivity(unchecked) var nullSources: NullSources = []
    @exclusivity(unchecked) var format: String? = nil
    @exclusivity(unchecked) var title: String? = nil
    @exclusivity(unchecked) var description: String? = nil
    @exclusivity(unchecked) var defaultValue: SpecValue? = nil
    @exclusivity(unchecked) var examples: [SpecValue] = []
    @exclusivity(unchecked) var deprecated: Bool = false
    @exclusivity(unchecked) var readOnly: Bool = false
    @exclusivity(unchecked) var writeOnly: Bool = false
    @exclusivity(unchecked) var enumValues: [SpecValue]? = nil
    @exclusivity(unchecked) var constValue: SpecValue? = nil
    @exclusivity(unchecked) var properties: OrderedMap<Schema> = OrderedMap<Schema>()
    @exclusivity(unchecked) var propertiesReference: Reference? = nil
    @exclusivity(unchecked) var required: [String] = []
    @exclusivity(unchecked) var additionalProperties: AdditionalProperties? = nil
    @exclusivity(unchecked) var patternProperties: OrderedMap<Schema> = OrderedMap<Schema>()
    @exclusivity(unchecked) var prefixItems: [Schema]? = nil
    @exclusivity(unchecked) var allOf: [Schema]? = nil
    @exclusivity(unchecked) var oneOf: [Schema]? = nil
    @exclusivity(unchecked) var anyOf: [Schema]? = nil
    @exclusivity(unchecked) var discriminator: Discriminator? = nil
    @exclusivity(unchecked) var minimum: SpecNumber? = nil
    @exclusivity(unchecked) var maximum: SpecNumber? = nil
    @exclusivity(unchecked) var exclusiveMinimum: SpecNumber? = nil
    @exclusivity(unchecked) var exclusiveMaximum: SpecNumber? = nil
    @exclusivity(unchecked) var multipleOf: SpecNumber? = nil
    @exclusivity(unchecked) var minLength: Int? = nil
    @exclusivity(unchecked) var maxLength: Int? = nil
    @exclusivity(unchecked) var pattern: String? = nil
    @exclusivity(unchecked) var minItems: Int? = nil
    @exclusivity(unchecked) var maxItems: Int? = nil
    @exclusivity(unchecked) var uniqueItems: Bool = false
    @exclusivity(unchecked) var minProperties: Int? = nil
    @exclusivity(unchecked) var maxProperties: Int? = nil
    @exclusivity(unchecked) var dependentRequired: OrderedMap<[String]> = OrderedMap<[String]>()
    @exclusivity(unchecked) var dependentSchemas: OrderedMap<Schema> = OrderedMap<Schema>()
    @exclusivity(unchecked) var minContains: Int? = nil
    @exclusivity(unchecked) var maxContains: Int? = nil
    @exclusivity(unchecked) var unsupportedKeywords: OrderedMap<SpecValue> = OrderedMap<SpecValue>()
    @exclusivity(unchecked) var extensions: SpecExtensions = SpecExtensions()
    @exclusivity(unchecked) var location: SourceLocation

    /// `items`; a class may hold a `Schema` directly, where the struct could not.
    @exclusivity(unchecked) var items: Schema?
    @exclusivity(unchecked) var not: Schema?
    /// The applicators only validators use, by keyword (`if`, `then`, `else`, `propertyNames`,
    /// `contains`, `unevaluatedProperties`, `unevaluatedItems`).
    @exclusivity(unchecked) var validation: [String: Schema] = [:]

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
