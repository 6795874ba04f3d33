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
    /// Whether `init(from:)`/`encode(to:)` are written out: for every struct with members (see
    /// `ModelsEmitter.context(for:)`).
    let explicitCoding: Bool
    /// Whether the struct declares properties, read through a keyed container (extra members alone
    /// are read by `additionalProperties(_:besides:)`, which opens its own).
    let hasKeyedProperties: Bool
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
    /// Whether decoding prefers the first alternative that declares every key of the value
    /// (`UnionCoverage`) over the first that decodes.
    let choosesByKeys: Bool
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
    /// One element, the array literal of the JSON names the alternative's struct declares, when the
    /// union chooses by keys and this alternative is such a struct; else empty.
    let declaredKeys: [SwiftCode]
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
// One table per context, read by the default templates' plans and by swift-mustache alike
// (see `TemplateContext`). Every stored property above has its case here (TemplateContextTests
// checks it).

extension ModelFileContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .specFile: TemplateValue(self.specFile)
        case .declaration: TemplateValue(self.declaration)
        default: nil
        }
    }
}

extension DeclarationContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .structure: TemplateValue(self.structure)
        case .enumeration: TemplateValue(self.enumeration)
        case .union: TemplateValue(self.union)
        case .alias: TemplateValue(self.alias)
        default: nil
        }
    }
}

extension StructContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .access: TemplateValue(self.access)
        case .name: TemplateValue(self.name)
        case .documentation: TemplateValue(self.documentation)
        case .properties: TemplateValue(self.properties)
        case .hasProperties: TemplateValue(self.hasProperties)
        case .initParameters: TemplateValue(self.initParameters)
        case .explicitCoding: TemplateValue(self.explicitCoding)
        case .hasKeyedProperties: TemplateValue(self.hasKeyedProperties)
        case .decodeLines: TemplateValue(self.decodeLines)
        case .encodeLines: TemplateValue(self.encodeLines)
        case .nested: TemplateValue(self.nested)
        default: nil
        }
    }
}

extension PropertyContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .documentation: TemplateValue(self.documentation)
        case .name: TemplateValue(self.name)
        case .parameterName: TemplateValue(self.parameterName)
        case .type: TemplateValue(self.type)
        case .isIndirect: TemplateValue(self.isIndirect)
        case .storageName: TemplateValue(self.storageName)
        case .initAssignment: TemplateValue(self.initAssignment)
        default: nil
        }
    }
}

extension EnumContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .access: TemplateValue(self.access)
        case .name: TemplateValue(self.name)
        case .documentation: TemplateValue(self.documentation)
        case .rawType: TemplateValue(self.rawType)
        case .isOpen: TemplateValue(self.isOpen)
        case .cases: TemplateValue(self.cases)
        default: nil
        }
    }
}

extension EnumCaseContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .name: TemplateValue(self.name)
        case .literal: TemplateValue(self.literal)
        default: nil
        }
    }
}

extension UnionContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .access: TemplateValue(self.access)
        case .name: TemplateValue(self.name)
        case .isIndirect: TemplateValue(self.isIndirect)
        case .documentation: TemplateValue(self.documentation)
        case .cases: TemplateValue(self.cases)
        case .choosesByKeys: TemplateValue(self.choosesByKeys)
        case .discriminator: TemplateValue(self.discriminator)
        case .nested: TemplateValue(self.nested)
        default: nil
        }
    }
}

extension UnionCaseContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .name: TemplateValue(self.name)
        case .type: TemplateValue(self.type)
        case .decodeExpression: TemplateValue(self.decodeExpression)
        case .encodeStatement: TemplateValue(self.encodeStatement)
        case .declaredKeys: TemplateValue(self.declaredKeys)
        default: nil
        }
    }
}

extension DiscriminatorContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .unionName: TemplateValue(self.unionName)
        case .propertyLiteral: TemplateValue(self.propertyLiteral)
        case .mappings: TemplateValue(self.mappings)
        default: nil
        }
    }
}

extension DiscriminatorMappingContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .valueLiteral: TemplateValue(self.valueLiteral)
        case .caseName: TemplateValue(self.caseName)
        case .decodeExpression: TemplateValue(self.decodeExpression)
        default: nil
        }
    }
}

extension AliasContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .access: TemplateValue(self.access)
        case .name: TemplateValue(self.name)
        case .documentation: TemplateValue(self.documentation)
        case .target: TemplateValue(self.target)
        default: nil
        }
    }
}
