import Mustache

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
// swift-mustache reads a context through `child(named:)` when it has one, instead of `Mirror`,
// which was most of generation time. Every stored property above has its case here
// (TemplateContextTests checks it).

extension ValidationContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "entries": self.entries
        default: nil
        }
    }
}

extension ValidationEntryContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "access": self.access
        case "typeName": self.typeName
        case "isAlias": self.isAlias
        case "memberName": self.memberName
        case "declarationLines": self.declarationLines
        case "hasMembersLines": self.hasMembersLines
        case "membersLines": self.membersLines
        default: nil
        }
    }
}
