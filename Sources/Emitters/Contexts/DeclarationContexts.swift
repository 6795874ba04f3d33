// Render contexts: what each template can name. Stored properties only, because templates
// read them by reflection. Names here are the template variables; keep them in step with
// Templates/README.md.

/// `Model.swift`: one top-level declaration in its own file.
struct ModelFileContext {
    let specFile: String
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
    let access: String
    let name: String
    let documentation: [String]
    let properties: [PropertyContext]
    let hasProperties: Bool
    /// `name: Type = nil` lines of the memberwise initializer, commas included.
    let initParameters: [String]
    let hasCodingKeys: Bool
    /// `uid`, `renderUrl = "render_url"`.
    let codingKeys: [String]
    /// Whether `init(from:)`/`encode(to:)` are written out (needed for RFC 3339 dates).
    let explicitCoding: Bool
    let decodeLines: [String]
    let encodeLines: [String]
    /// Nested declarations, already rendered and indented one level.
    let nested: [String]
}

struct PropertyContext {
    let documentation: [String]
    /// The property name, escaped if reserved.
    let name: String
    /// The initializer's parameter name (the same identifier).
    let parameterName: String
    let type: String
    /// Stored in an `Indirect` box under `storageName` (see `IRProperty.isIndirect`).
    let isIndirect: Bool
    let storageName: String
    /// `self.name = name`, or the boxed form.
    let initAssignment: String
}

struct EnumContext {
    let access: String
    let name: String
    let documentation: [String]
    let rawType: String
    let isOpen: Bool
    let cases: [EnumCaseContext]
}

struct EnumCaseContext {
    let name: String
    /// The raw value as a Swift literal (`"serve_stale"`, `42`).
    let literal: String
}

struct UnionContext {
    let access: String
    let name: String
    let isIndirect: Bool
    let documentation: [String]
    let cases: [UnionCaseContext]
    /// One element for a union with a discriminator, else empty (see `DeclarationContext`).
    let discriminator: [DiscriminatorContext]
    /// Nested declarations, already rendered and indented one level.
    let nested: [String]
}

struct UnionCaseContext {
    let name: String
    let type: String
    /// `try Pet(from: decoder)`, or through a coding proxy for dates.
    let decodeExpression: String
    /// `try value.encode(to: encoder)`, or through a coding proxy for dates.
    let encodeStatement: String
}

struct DiscriminatorContext {
    let unionName: String
    let propertyLiteral: String
    let mappings: [DiscriminatorMappingContext]
}

struct DiscriminatorMappingContext {
    let valueLiteral: String
    let caseName: String
    let decodeExpression: String
}

struct AliasContext {
    let access: String
    let name: String
    let documentation: [String]
    let target: String
}
