// Render contexts of `validation`. Stored properties only: templates read them by reflection.

/// `validation`: the schemas of one top-level type and the types nested in it.
struct ValidationContext {
    let entries: [ValidationEntryContext]
}

/// One type's schema.
struct ValidationEntryContext {
    let access: String
    /// The Swift path of the type (`Binding.DataSource`).
    let typeName: String
    /// A typealias, whose schema goes into `JSONSchemas` instead of a `Validatable` conformance.
    let isAlias: Bool
    /// `jsonSchema`, or the alias's name as a member of `JSONSchemas`.
    let memberName: String
    /// `static let jsonSchema = JSONSchema(json: …, references: […])`, line by line: the schema's JSON
    /// text in a raw string literal, and the schemas its `$ref`s name.
    let declarationLines: [String]
}
