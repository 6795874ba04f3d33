// Render contexts of `validation`. Every value is `SwiftCode`, a flag, or a list of contexts.

/// `validation`: the schemas of one top-level type and the types nested in it.
struct ValidationContext {
    let entries: [ValidationEntryContext]
}

/// One type's schema.
struct ValidationEntryContext {
    let access: SwiftCode
    /// The Swift path of the type (`Binding.DataSource`).
    let typeName: SwiftCode
    /// A typealias, whose schema goes into `JSONSchemas` instead of a `Validatable` conformance.
    let isAlias: Bool
    /// `jsonSchema`, or the alias's name as a member of `JSONSchemas`.
    let memberName: SwiftCode
    /// `static let jsonSchema = JSONSchema(json: …, references: […])`, line by line: the schema's JSON
    /// text in a raw string literal, and the schemas its `$ref`s name.
    let declarationLines: [SwiftCode]
}
