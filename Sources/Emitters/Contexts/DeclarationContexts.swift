import Mustache

// Render contexts: what each template can name. Names here are the template variables; keep
// them in step with Templates/README.md. Every value is `SwiftCode` (already valid Swift text:
// see `SwiftText`), a flag, or a list of contexts: never spec text.

/// `Model.swift`: one top-level declaration in its own file.
struct ModelFileContext {
    let specFile: SwiftCode
    let declaration: DeclarationContext
}

/// `declaration`: exactly one of the four holds one element. Empty lists rather than nils,
/// because Mustache looks a missing (nil) name up in the enclosing context, and a nested
/// declaration would then render its parent again.
struct DeclarationContext {
    var structure: [StructContext] = []
    var enumeration: [EnumContext] = []
    var union: [UnionContext] = []
    var alias: [AliasContext] = []
}

struct StructContext {
    let access: SwiftCode
    let name: SwiftCode
    let documentation: [SwiftCode]
    let properties: [PropertyContext]
    let hasProperties: Bool
    /// `name: Type = nil` lines of the memberwise initializer, commas included.
    let initParameters: [SwiftCode]
    let hasCodingKeys: Bool
    /// `uid`, `renderUrl = "render_url"`.
    let codingKeys: [SwiftCode]
    /// Whether `init(from:)`/`encode(to:)` are written out (needed for RFC 3339 dates).
    let explicitCoding: Bool
    let decodeLines: [SwiftCode]
    let encodeLines: [SwiftCode]
    /// Nested declarations, already rendered and indented one level.
    let nested: [SwiftCode]
}

struct PropertyContext {
    let documentation: [SwiftCode]
    /// The property name, escaped if reserved.
    let name: SwiftCode
    /// The initializer's parameter name (the same identifier).
    let parameterName: SwiftCode
    let type: SwiftCode
    /// Stored in an `Indirect` box under `storageName` (see `IRProperty.isIndirect`).
    let isIndirect: Bool
    let storageName: SwiftCode
    /// `self.name = name`, or the boxed form.
    let initAssignment: SwiftCode
}

struct EnumContext {
    let access: SwiftCode
    let name: SwiftCode
    let documentation: [SwiftCode]
    let rawType: SwiftCode
    let isOpen: Bool
    let cases: [EnumCaseContext]
}

struct EnumCaseContext {
    let name: SwiftCode
    /// The raw value as a Swift literal (`"serve_stale"`, `42`).
    let literal: SwiftCode
}

struct UnionContext {
    let access: SwiftCode
    let name: SwiftCode
    let isIndirect: Bool
    let documentation: [SwiftCode]
    let cases: [UnionCaseContext]
    /// One element for a union with a discriminator, else empty (see `DeclarationContext`).
    let discriminator: [DiscriminatorContext]
    /// Nested declarations, already rendered and indented one level.
    let nested: [SwiftCode]
}

struct UnionCaseContext {
    let name: SwiftCode
    let type: SwiftCode
    /// `try Pet(from: decoder)`, or through a coding proxy for dates.
    let decodeExpression: SwiftCode
    /// `try value.encode(to: encoder)`, or through a coding proxy for dates.
    let encodeStatement: SwiftCode
}

struct DiscriminatorContext {
    let unionName: SwiftCode
    let propertyLiteral: SwiftCode
    let mappings: [DiscriminatorMappingContext]
}

struct DiscriminatorMappingContext {
    let valueLiteral: SwiftCode
    let caseName: SwiftCode
    let decodeExpression: SwiftCode
}

struct AliasContext {
    let access: SwiftCode
    let name: SwiftCode
    let documentation: [SwiftCode]
    let target: SwiftCode
}

// MARK: - Template lookup
// swift-mustache reads a context through `child(named:)` when it has one, instead of `Mirror`,
// which was most of generation time. Every stored property above has its case here
// (TemplateContextTests checks it).

extension ModelFileContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "specFile": self.specFile
        case "declaration": self.declaration
        default: nil
        }
    }
}

extension DeclarationContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "structure": self.structure
        case "enumeration": self.enumeration
        case "union": self.union
        case "alias": self.alias
        default: nil
        }
    }
}

extension StructContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "access": self.access
        case "name": self.name
        case "documentation": self.documentation
        case "properties": self.properties
        case "hasProperties": self.hasProperties
        case "initParameters": self.initParameters
        case "hasCodingKeys": self.hasCodingKeys
        case "codingKeys": self.codingKeys
        case "explicitCoding": self.explicitCoding
        case "decodeLines": self.decodeLines
        case "encodeLines": self.encodeLines
        case "nested": self.nested
        default: nil
        }
    }
}

extension PropertyContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "documentation": self.documentation
        case "name": self.name
        case "parameterName": self.parameterName
        case "type": self.type
        case "isIndirect": self.isIndirect
        case "storageName": self.storageName
        case "initAssignment": self.initAssignment
        default: nil
        }
    }
}

extension EnumContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "access": self.access
        case "name": self.name
        case "documentation": self.documentation
        case "rawType": self.rawType
        case "isOpen": self.isOpen
        case "cases": self.cases
        default: nil
        }
    }
}

extension EnumCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "literal": self.literal
        default: nil
        }
    }
}

extension UnionContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "access": self.access
        case "name": self.name
        case "isIndirect": self.isIndirect
        case "documentation": self.documentation
        case "cases": self.cases
        case "discriminator": self.discriminator
        case "nested": self.nested
        default: nil
        }
    }
}

extension UnionCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "type": self.type
        case "decodeExpression": self.decodeExpression
        case "encodeStatement": self.encodeStatement
        default: nil
        }
    }
}

extension DiscriminatorContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "unionName": self.unionName
        case "propertyLiteral": self.propertyLiteral
        case "mappings": self.mappings
        default: nil
        }
    }
}

extension DiscriminatorMappingContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "valueLiteral": self.valueLiteral
        case "caseName": self.caseName
        case "decodeExpression": self.decodeExpression
        default: nil
        }
    }
}

extension AliasContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "access": self.access
        case "name": self.name
        case "documentation": self.documentation
        case "target": self.target
        default: nil
        }
    }
}
