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
    let hasMembersLines: Bool
    /// `func validationMembers(into:)`, line by line (see `HandedOverMembers`), or none.
    let membersLines: [SwiftCode]
}

// MARK: - Template lookup
// One table per context, read by the default templates' plans and by swift-mustache alike
// (see `TemplateContext`). Every stored property above has its case here (TemplateContextTests
// checks it).

extension ValidationContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .entries: TemplateValue(self.entries)
        default: nil
        }
    }
}

extension ValidationEntryContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .access: TemplateValue(self.access)
        case .typeName: TemplateValue(self.typeName)
        case .isAlias: TemplateValue(self.isAlias)
        case .memberName: TemplateValue(self.memberName)
        case .declarationLines: TemplateValue(self.declarationLines)
        case .hasMembersLines: TemplateValue(self.hasMembersLines)
        case .membersLines: TemplateValue(self.membersLines)
        default: nil
        }
    }
}
