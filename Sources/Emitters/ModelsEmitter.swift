import Diagnostics
import IR

/// Writes the models: one file per top-level type under `Models/`, plus `Support.swift`.
///
/// One file per type keeps diffs readable and lets the compiler spread a big SDK over all cores.
public struct ModelsEmitter {
    public let templates: TemplateSet
    public let access: AccessModifier
    /// The spec's file name, for the header of each file (never a full path).
    public let specFile: String
    /// The module's typealias targets, so properties of a date alias are coded as dates.
    var aliases = AliasTargets()
    /// The structs' members, for unions that choose an alternative by the keys it declares.
    var coverage = UnionCoverage()
    /// The current file's nested declarations, put in place after its template is rendered.
    private let nested = NestedDeclarations()

    public init(templates: TemplateSet, access: AccessModifier, specFile: String) {
        self.templates = templates
        self.access = access
        self.specFile = specFile
    }

    public func emit(_ module: IRModule) throws(Diagnostic) -> [GeneratedFile] {
        var emitter = self
        emitter.aliases = AliasTargets(module)
        emitter.coverage = UnionCoverage(module, aliases: emitter.aliases)
        return try emitter.emitFiles(module)
    }

    private func emitFiles(_ module: IRModule) throws(Diagnostic) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        for declaration in module.declarations {
            nested.reset()
            let context = ModelFileContext(specFile: SwiftText.comment(specFile), declaration: try self.context(for: declaration))
            files.append(GeneratedFile(path: Self.path(of: declaration), contents: nested.expand(try templates.render("Model.swift", context))))
        }
        files.append(try RuntimeFile.render(.support, access: access, header: templates.renderRuntimeHeader(specFile: specFile)))
        return files
    }

    /// The file a top-level declaration is written to.
    public static func path(of declaration: IRDeclaration) -> String {
        "Models/\(GeneratedFile.fileStem(declaration.name)).swift"
    }

    func context(for declaration: IRDeclaration) throws(Diagnostic) -> DeclarationContext {
        switch declaration {
        case .structure(let value): DeclarationContext(structure: [try context(for: value)])
        case .enumeration(let value): DeclarationContext(enumeration: [context(for: value)])
        case .union(let value): DeclarationContext(union: [try context(for: value)])
        case .alias(let value): DeclarationContext(alias: [context(for: value)])
        }
    }

    /// Nested declarations rendered on their own, each standing in its parent's template as a
    /// marker that `NestedDeclarations.expand` replaces, indented one level deeper. (Indenting
    /// partials inside sections is not reliable in Mustache implementations, so indentation is
    /// done here.)
    private func renderNested(_ declarations: [IRDeclaration]) throws(Diagnostic) -> [SwiftCode] {
        var markers: [SwiftCode] = []
        for declaration in declarations {
            markers.append(nested.marker(for: try templates.render("declaration", try context(for: declaration))))
        }
        return markers
    }

    private func documentation(_ documentation: IRDocumentation, deprecated: Bool, notes: [String] = []) -> [SwiftCode] {
        // Deprecation is a doc note, not `@available`: generated code refers to its own
        // deprecated types and properties, and every such use would be a compiler warning.
        let notes = notes + (deprecated ? ["Deprecated in the API description."] : [])
        guard !notes.isEmpty else { return SwiftText.documentation(documentation.lines) }
        return SwiftText.documentation(documentation.lines + (documentation.isEmpty ? [] : [""]) + notes.map { "- Note: " + $0 })
    }

    /// A property's doc comment, with notes for what its Swift type cannot say.
    private func documentation(for property: IRProperty) -> [SwiftCode] {
        var notes: [String] = []
        if property.readOnly { notes.append("Read-only: set by the server; requests leave it out.") }
        if property.writeOnly { notes.append("Write-only: sent to the server, never returned.") }
        return documentation(property.documentation, deprecated: property.deprecated, notes: notes)
    }

    private func context(for structure: IRStruct) throws(Diagnostic) -> StructContext {
        var properties = structure.properties.map { property in
            let name = SwiftText.identifier(property.swiftName)
            let storageName = SwiftText.identifier("_" + property.swiftName)
            return PropertyContext(
                documentation: documentation(for: property),
                name: name, parameterName: name, type: swiftType(of: property),
                isIndirect: property.isIndirect, storageName: storageName,
                initAssignment: property.isIndirect ? "self.\(storageName) = Indirect(\(name))" : "self.\(name) = \(name)")
        }
        var defaults = structure.properties.map(initDefault)
        if let additional = structure.additionalProperties {
            let name = SwiftText.identifier(additional.swiftName)
            properties.append(PropertyContext(
                documentation: SwiftText.documentation(["The members the schema does not declare, by key."]),
                name: name, parameterName: name, type: SwiftText.type(.dictionary(additional.valueType)),
                isIndirect: false, storageName: "", initAssignment: "self.\(name) = \(name)"))
            defaults.append("[:]")
        }
        let initParameters: [SwiftCode] = zip(defaults, properties).enumerated().map { index, pair in
            let (defaultValue, context) = pair
            let comma: SwiftCode = index < properties.count - 1 ? "," : ""
            return "\(context.parameterName): \(context.type)\(defaultValue.map { " = \($0)" } ?? "")\(comma)"
        }
        // Written out for every struct with members, keyed by the runtime's one `SpecsmithCodingKey`
        // through its `decodeMember`/`encodeMember` calls: synthesized coding would add a `CodingKeys` enum per struct (its
        // conformances, witness tables and string switches cost a debug build about a sixth of a
        // model's compile time), and it could not write RFC 3339 dates, lower-case UUIDs, boxed
        // properties, a `nil` the spec requires as `null`, or extra members. A struct without
        // members keeps synthesized coding.
        let additional = structure.additionalProperties
        let explicitCoding = !structure.properties.isEmpty || additional != nil
        return StructContext(
            access: access.code, name: SwiftText.identifier(structure.name, as: .type),
            documentation: documentation(structure.documentation, deprecated: structure.deprecated),
            properties: properties, hasProperties: !properties.isEmpty, initParameters: initParameters,
            explicitCoding: explicitCoding, hasKeyedProperties: !structure.properties.isEmpty,
            decodeLines: structure.properties.map(decodeLine) + (additional.map { [decodeLine($0, besides: structure.properties)] } ?? []),
            encodeLines: structure.properties.map(encodeLine) + (additional.map { [encodeLine($0, besides: structure.properties)] } ?? []),
            nested: try renderNested(structure.nested))
    }

    private func context(for enumeration: IREnum) -> EnumContext {
        EnumContext(
            access: access.code, name: SwiftText.identifier(enumeration.name, as: .type),
            documentation: documentation(enumeration.documentation, deprecated: enumeration.deprecated),
            rawType: enumeration.rawType == .integer ? "Int" : "String", isOpen: enumeration.isOpen,
            cases: enumeration.cases.map {
                EnumCaseContext(
                    name: SwiftText.identifier($0.swiftName),
                    literal: enumeration.rawType == .integer
                        ? SwiftText.integerLiteral($0.rawValue) ?? SwiftText.stringLiteral($0.rawValue)
                        : SwiftText.stringLiteral($0.rawValue))
            })
    }

    private func context(for union: IRUnion) throws(Diagnostic) -> UnionContext {
        let cases = union.cases.map { unionCase in
            let type = unionCase.type
            let decode: SwiftCode
            let encode: SwiftCode
            if let proxy = CodingProxy(type, aliases: aliases) {
                decode = proxy.fromProxy("(try \(proxy.proxyType)(from: decoder))")
                encode = "try \(proxy.toProxy("value")).encode(to: encoder)"
            } else {
                decode = "try \(SwiftText.type(type))(from: decoder)"
                encode = "try value.encode(to: encoder)"
            }
            let keys = union.discriminatorProperty == nil ? coverage.members(of: type) : nil
            return (unionCase, UnionCaseContext(
                name: SwiftText.identifier(unionCase.swiftName), type: SwiftText.type(type),
                decodeExpression: decode, encodeStatement: encode,
                declaredKeys: keys.map { [UnionCoverage.arrayLiteral($0)] } ?? []))
        }
        // Choosing by keys only matters when a struct alternative can be passed over for a later one.
        let choosesByKeys = union.discriminatorProperty == nil && cases.count > 1 && cases.contains { !$0.1.declaredKeys.isEmpty }
        let unionCases = choosesByKeys ? cases.map(\.1) : cases.map { $0.1.withoutDeclaredKeys }
        let discriminator = union.discriminatorProperty.map { property in
            DiscriminatorContext(
                unionName: SwiftText.identifier(union.name, as: .type), propertyLiteral: SwiftText.stringLiteral(property),
                mappings: cases.flatMap { unionCase, context in
                    unionCase.discriminatorValues.map {
                        DiscriminatorMappingContext(valueLiteral: SwiftText.stringLiteral($0), caseName: context.name,
                                                    decodeExpression: context.decodeExpression)
                    }
                })
        }
        return UnionContext(
            access: access.code, name: SwiftText.identifier(union.name, as: .type), isIndirect: union.isIndirect,
            documentation: documentation(union.documentation, deprecated: union.deprecated),
            cases: unionCases, choosesByKeys: choosesByKeys, discriminator: discriminator.map { [$0] } ?? [],
            nested: try renderNested(union.nested))
    }

    private func context(for alias: IRAlias) -> AliasContext {
        AliasContext(
            access: access.code, name: SwiftText.identifier(alias.name, as: .type),
            documentation: documentation(alias.documentation, deprecated: alias.deprecated),
            target: SwiftText.type(alias.target))
    }
}
