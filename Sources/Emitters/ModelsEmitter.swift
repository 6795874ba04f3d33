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

    public init(templates: TemplateSet, access: AccessModifier, specFile: String) {
        self.templates = templates
        self.access = access
        self.specFile = specFile
    }

    public func emit(_ module: IRModule) throws(Diagnostic) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        for declaration in module.declarations {
            let context = ModelFileContext(specFile: specFile, declaration: try self.context(for: declaration))
            files.append(GeneratedFile(path: Self.path(of: declaration), contents: try templates.render("Model.swift", context)))
        }
        files.append(try RuntimeFile.render(.support, access: access, header: templates.renderRuntimeHeader(specFile: specFile)))
        return files
    }

    /// The file a top-level declaration is written to.
    public static func path(of declaration: IRDeclaration) -> String {
        "Models/\(declaration.name).swift"
    }

    func context(for declaration: IRDeclaration) throws(Diagnostic) -> DeclarationContext {
        switch declaration {
        case .structure(let value): DeclarationContext(structure: [try context(for: value)])
        case .enumeration(let value): DeclarationContext(enumeration: [context(for: value)])
        case .union(let value): DeclarationContext(union: [try context(for: value)])
        case .alias(let value): DeclarationContext(alias: [context(for: value)])
        }
    }

    /// Nested declarations rendered on their own and indented one level. (Indenting partials
    /// inside sections is not reliable in Mustache implementations, so indentation is done here.)
    private func renderNested(_ declarations: [IRDeclaration]) throws(Diagnostic) -> [String] {
        var rendered: [String] = []
        for declaration in declarations {
            let text = try templates.render("declaration", try context(for: declaration))
            rendered.append(text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "    " + $0 }
                .joined(separator: "\n")
                .trimmingTrailingNewlines)
        }
        return rendered
    }

    private func documentation(_ documentation: IRDocumentation, deprecated: Bool, notes: [String] = []) -> [String] {
        // Deprecation is a doc note, not `@available`: generated code refers to its own
        // deprecated types and properties, and every such use would be a compiler warning.
        let notes = notes + (deprecated ? ["Deprecated in the API description."] : [])
        guard !notes.isEmpty else { return documentation.lines }
        return documentation.lines + (documentation.isEmpty ? [] : [""]) + notes.map { "- Note: " + $0 }
    }

    /// A property's doc comment, with notes for what its Swift type cannot say.
    private func documentation(for property: IRProperty) -> [String] {
        var notes: [String] = []
        if property.readOnly { notes.append("Read-only: set by the server; requests leave it out.") }
        if property.writeOnly { notes.append("Write-only: sent to the server, never returned.") }
        return documentation(property.documentation, deprecated: property.deprecated, notes: notes)
    }

    private func context(for structure: IRStruct) throws(Diagnostic) -> StructContext {
        let properties = structure.properties.map { property in
            let name = SwiftName.escapedIfReserved(property.swiftName, as: .member)
            let storageName = "_" + property.swiftName
            return PropertyContext(
                documentation: documentation(for: property),
                name: name, parameterName: name, type: property.type.swiftSource,
                isIndirect: property.isIndirect, storageName: storageName,
                initAssignment: property.isIndirect ? "self.\(storageName) = Indirect(\(name))" : "self.\(name) = \(name)")
        }
        let initParameters = zip(structure.properties, properties).enumerated().map { index, pair in
            let (property, context) = pair
            let defaultValue = initDefault(for: property).map { " = " + $0 } ?? ""
            return "\(context.parameterName): \(context.type)\(defaultValue)" + (index < properties.count - 1 ? "," : "")
        }
        // Written out for RFC 3339 dates, boxed properties, and required nullable properties
        // (synthesized coding would leave out a `nil` the spec requires as `null`).
        let explicitCoding = structure.properties.contains {
            $0.type.containsDate || $0.isIndirect || ($0.required && $0.type.isOptional)
        }
        let renamed = structure.properties.contains { $0.swiftName != $0.jsonName }
        let codingKeys = structure.properties.map { property in
            let name = SwiftName.escapedIfReserved(property.swiftName, as: .member)
            return property.swiftName == property.jsonName ? name : "\(name) = \(SwiftLiteral.string(property.jsonName))"
        }
        return StructContext(
            access: access.rawValue, name: structure.name,
            documentation: documentation(structure.documentation, deprecated: structure.deprecated),
            properties: properties, hasProperties: !properties.isEmpty, initParameters: initParameters,
            hasCodingKeys: !properties.isEmpty && (renamed || explicitCoding), codingKeys: codingKeys,
            explicitCoding: explicitCoding,
            decodeLines: explicitCoding ? structure.properties.map(decodeLine) : [],
            encodeLines: explicitCoding ? structure.properties.map(encodeLine) : [],
            nested: try renderNested(structure.nested))
    }

    /// The memberwise initializer's default for `property`: `nil` for an optional one, the value
    /// of a `const` for a required one (there is only one valid value), else none: a required
    /// nullable property has no default, so the caller decides between a value and `null`.
    private func initDefault(for property: IRProperty) -> String? {
        if !property.required { return property.type.isOptional ? "nil" : nil }
        return property.constraints.constJSON.flatMap { SwiftLiteral.constant(json: $0, as: property.type) }
    }

    private func decodeLine(_ property: IRProperty) -> String {
        let name = SwiftName.escapedIfReserved(property.swiftName, as: .member)
        let type = property.type.nonOptional
        let method = property.type.isOptional ? "decodeIfPresent" : "decode"
        let value: String
        if let proxy = DateCodingProxy(type) {
            let decoded = "try container.\(method)(\(proxy.proxyType).self, forKey: .\(name))"
            value = property.type.isOptional ? "(\(decoded)).map { \(proxy.fromProxy("$0")) }" : proxy.fromProxy("(\(decoded))")
        } else {
            value = "try container.\(method)(\(type.swiftSource).self, forKey: .\(name))"
        }
        // A boxed property is a computed one: the box itself must be initialised.
        return property.isIndirect ? "self._\(property.swiftName) = Indirect(\(value))" : "self.\(name) = \(value)"
    }

    private func encodeLine(_ property: IRProperty) -> String {
        let name = SwiftName.escapedIfReserved(property.swiftName, as: .member)
        // A property called like a local of `encode(to:)` is reached through `self`.
        let value = ["container", "encoder"].contains(property.swiftName) ? "self." + name : name
        let type = property.type.nonOptional
        // A required key is written even when `nil` (as `null`); an optional one is left out.
        let method = property.type.isOptional && !property.required ? "encodeIfPresent" : "encode"
        guard let proxy = DateCodingProxy(type) else {
            return "try container.\(method)(\(value), forKey: .\(name))"
        }
        let converted = property.type.isOptional ? "\(value).map { \(proxy.toProxy("$0")) }" : proxy.toProxy(value)
        return "try container.\(method)(\(converted), forKey: .\(name))"
    }

    private func context(for enumeration: IREnum) -> EnumContext {
        EnumContext(
            access: access.rawValue, name: enumeration.name,
            documentation: documentation(enumeration.documentation, deprecated: enumeration.deprecated),
            rawType: enumeration.rawType.rawValue, isOpen: enumeration.isOpen,
            cases: enumeration.cases.map {
                EnumCaseContext(
                    name: SwiftName.escapedIfReserved($0.swiftName, as: .member),
                    literal: enumeration.rawType == .integer ? SwiftLiteral.integer($0.rawValue) : SwiftLiteral.string($0.rawValue))
            })
    }

    private func context(for union: IRUnion) throws(Diagnostic) -> UnionContext {
        let cases = union.cases.map { unionCase in
            let type = unionCase.type
            let decode: String
            let encode: String
            if let proxy = DateCodingProxy(type) {
                decode = proxy.fromProxy("(try \(proxy.proxyType)(from: decoder))")
                encode = "try \(proxy.toProxy("value")).encode(to: encoder)"
            } else {
                decode = "try \(type.swiftSource)(from: decoder)"
                encode = "try value.encode(to: encoder)"
            }
            return (unionCase, UnionCaseContext(
                name: SwiftName.escapedIfReserved(unionCase.swiftName, as: .member), type: type.swiftSource,
                decodeExpression: decode, encodeStatement: encode))
        }
        let discriminator = union.discriminatorProperty.map { property in
            DiscriminatorContext(
                unionName: union.name, propertyLiteral: SwiftLiteral.string(property),
                mappings: cases.flatMap { unionCase, context in
                    unionCase.discriminatorValues.map {
                        DiscriminatorMappingContext(valueLiteral: SwiftLiteral.string($0), caseName: context.name,
                                                    decodeExpression: context.decodeExpression)
                    }
                })
        }
        return UnionContext(
            access: access.rawValue, name: union.name, isIndirect: union.isIndirect,
            documentation: documentation(union.documentation, deprecated: union.deprecated),
            cases: cases.map(\.1), discriminator: discriminator.map { [$0] } ?? [], nested: try renderNested(union.nested))
    }

    private func context(for alias: IRAlias) -> AliasContext {
        AliasContext(
            access: access.rawValue, name: alias.name,
            documentation: documentation(alias.documentation, deprecated: alias.deprecated),
            target: alias.target.swiftSource)
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var text = Substring(self)
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}
