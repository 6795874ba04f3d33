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
    @exclusivity(unchecked) var properties: OrderedMap<Schema> = OrderedMap<Schema>()
    @exclusivity(unchecked) var required: [String] = []
    @exclusivity(unchecked) var additionalProperties: AdditionalProperties? = nil
    @exclusivity(unchecked) var allOf: [Schema]? = nil
    @exclusivity(unchecked) var oneOf: [Schema]? = nil
    @exclusivity(unchecked) var anyOf: [Schema]? = nil
    @exclusivity(unchecked) var extensions: SpecExtensions = SpecExtensions()
    @exclusivity(unchecked) var location: SourceLocation

    /// `items`; a class may hold a `Schema` directly, where the struct could not.
    @exclusivity(unchecked) var items: Schema?
    /// The fields most schemas leave empty, shared with `SchemaRareStorage.none` until one is set:
    /// kept out of line, a schema's storage is about a third of the size (github.yaml holds some
    /// ten thousand schemas while the IR is built).
    @exclusivity(unchecked) var rare: SchemaRareStorage = .none

    init(location: SourceLocation) {
        self.location = location
    }

    /// A storage with the same fields, for a schema about to change while its storage is shared.
    func copy() -> SchemaStorage {
        let copy = SchemaStorage(location: location)
        copy.ref = ref
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
        copy.properties = properties
        copy.required = required
        copy.additionalProperties = additionalProperties
        copy.allOf = allOf
        copy.oneOf = oneOf
        copy.anyOf = anyOf
        copy.extensions = extensions
        copy.items = items
        copy.rare = rare
        return copy
    }
}

/// The fields of a ``Schema`` that most schemas leave empty (bounds, lengths, conditionals, …),
/// behind a reference of their own: see `SchemaStorage.rare`.
///
/// `@unchecked Sendable`: as with `SchemaStorage`, a `Schema` changes these only while it holds the
/// only reference, and `none`, which every schema without them shares, is never changed.
final class SchemaRareStorage: @unchecked Sendable {
    /// The fields of a schema that has none of them.
    static let none = SchemaRareStorage(Fields())

    @exclusivity(unchecked) var fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }

    struct Fields {
        var booleanValue: Bool? = nil
        var constValue: SpecValue? = nil
        var propertiesReference: Reference? = nil
        var patternProperties: OrderedMap<Schema> = OrderedMap<Schema>()
        var prefixItems: [Schema]? = nil
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
        var not: Schema?
        /// The applicators only validators use, by keyword (`if`, `then`, `else`, `propertyNames`,
        /// `contains`, `unevaluatedProperties`, `unevaluatedItems`).
        var validation: [String: Schema] = [:]
    }
}
