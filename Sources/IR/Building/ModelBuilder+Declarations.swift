import Diagnostics
import OpenAPIModel
import Resolver

extension ModelBuilder {
    /// Whether a schema needs a Swift type of its own (struct, enum or union) rather than
    /// a standard type.
    func needsDeclaration(_ schema: Schema) -> Bool {
        if schema.ref != nil { return schema.hasStructure }
        if let values = schema.enumValues, values.contains(where: { !$0.isNull }), enumRawType(schema) != nil { return true }
        if let alternatives = schema.oneOf ?? schema.anyOf, alternatives.filter({ !isNullSchema($0) }).count > 1 { return true }
        if let members = schema.allOf, Self.typedMembers(members).count > 1 { return true }
        return !schema.properties.isEmpty || schema.propertiesReference != nil
    }

    /// The `allOf` members that say something about the value: a member with only annotations
    /// (`{example: online}`, `{x-box-example-key: category}`, a `description`) narrows nothing, so
    /// `allOf: [{$ref: Value}, {example: …}]` is `Value` itself, not a merge into an empty struct
    /// that would decode anything and keep nothing.
    ///
    /// A member with only bounds on a value (`allOf: [{$ref: Label}, {maxLength: 16}]`, DigitalOcean)
    /// narrows the value but not its Swift type: the validator checks the bound, and the type is the
    /// other member's (a merge would be an empty struct that cannot hold the string). A member with
    /// `required` or an applicator still merges: it changes which members are optional.
    static func typedMembers(_ members: [Schema]) -> [Schema] {
        members.filter { $0.ref != nil || $0.hasStructure || $0.nullable || ($0.hasConstraints && !$0.hasOnlyValueBounds) }
    }

    /// The declaration for a schema that needs one (see `needsDeclaration`), named `name` at `path`.
    mutating func declaration(for schema: Schema, name: String, path: [String]) throws(Diagnostic) -> IRDeclaration? {
        guard needsDeclaration(schema) else { return nil }
        let isMerge = schema.ref != nil || Self.typedMembers(schema.allOf ?? []).count > 1
        if isMerge, mergesInProgress.contains(schema.location) {
            // An inline schema whose `$ref` (or `allOf` member) leads back to a type that contains it:
            // merging it again would declare a new nested type inside the last one, forever.
            log.warning("this schema's '$ref' or 'allOf' leads back to a type that contains it, so its properties "
                        + "cannot be merged into a nested type; it is generated as JSONValue", at: schema.location)
            return nil
        }
        warnAboutUnsupportedKeywords(in: schema)
        recordDeclaration(path, schema: schema, isAlias: false)
        if isMerge {
            mergesInProgress.insert(schema.location)
            defer { mergesInProgress.remove(schema.location) }
            return try mergedStructure(for: schema, name: name, path: path)
        }
        if schema.enumValues != nil, let rawType = enumRawType(schema) {
            return .enumeration(enumeration(for: schema, name: name, rawType: rawType))
        }
        if let alternatives = schema.oneOf ?? schema.anyOf {
            return .union(try union(for: schema, alternatives: alternatives, name: name, path: path))
        }
        var scope = TypeScope.members(of: path)
        let properties = try structProperties(of: [schema], scope: &scope)
        let additional = properties.isEmpty ? nil : try additionalProperties(of: [schema], scope: &scope)
        return .structure(IRStruct(
            name: name, documentation: IRDocumentation(schema), deprecated: schema.deprecated, properties: properties,
            nested: scope.nested, constraints: IRConstraints(schema), location: schema.location, additionalProperties: additional))
    }

    // MARK: Enums

    /// `String` or `Int`, or nil when the values cannot form a Swift enum (booleans, objects, mixed).
    func enumRawType(_ schema: Schema) -> IREnum.RawType? {
        let values = (schema.enumValues ?? []).filter { !$0.isNull }
        if schema.types == [.integer], values.allSatisfy({ if case .integer = $0.scalar { true } else { false } }) {
            return .integer
        }
        if schema.types == nil || schema.types == [.string] {
            let allScalars = values.allSatisfy { node in
                switch node.scalar {
                case .string, .integer, .float: true
                default: false
                }
            }
            if allScalars { return .string }
        }
        return nil
    }

    private mutating func enumeration(for schema: Schema, name: String, rawType: IREnum.RawType) -> IREnum {
        var namer = UniqueNamer(reserved: RuntimeMemberNames.enumCases(open: options.enumStyle == .open))
        var seen: Set<String> = []
        var cases: [IREnumCase] = []
        for value in schema.enumValues ?? [] where !value.isNull {
            let text = value.text ?? ""
            guard seen.insert(text).inserted else {
                log.warning("enum value '\(text)' is listed twice; the duplicate is ignored", at: value.location)
                continue
            }
            cases.append(IREnumCase(swiftName: namer.claim(SwiftName.enumCase(text)), rawValue: text))
        }
        return IREnum(name: name, documentation: IRDocumentation(schema), deprecated: schema.deprecated, rawType: rawType,
                      cases: cases, isOpen: options.enumStyle == .open)
    }

    // MARK: Unions

    private mutating func union(for schema: Schema, alternatives: [Schema], name: String, path: [String]) throws(Diagnostic) -> IRUnion {
        var scope = TypeScope.members(of: path)
        var caseNamer = UniqueNamer(reserved: RuntimeMemberNames.unionCases)
        var cases: [IRUnionCase] = []
        let mapping = schema.discriminator.map { discriminatorValues($0) } ?? [:]
        for (index, alternative) in alternatives.enumerated() where !isNullSchema(alternative) {
            let hint = alternative.title ?? "\(name)Option\(index + 1)"
            let type = try typeReference(for: alternative, hint: hint, scope: &scope).nonOptional
            var values: [String] = []
            if let reference = alternative.ref, schema.discriminator != nil {
                let key = try resolver.resolveSchemaReference(reference).key
                values = mapping[key] ?? [key.pointer.tokens.last ?? ""]
            }
            cases.append(IRUnionCase(swiftName: caseNamer.claim(caseName(for: type)), type: type, discriminatorValues: values))
        }
        return IRUnion(
            name: name, documentation: IRDocumentation(schema), deprecated: schema.deprecated,
            kind: schema.oneOf != nil ? .oneOf : .anyOf, cases: cases,
            discriminatorProperty: schema.discriminator?.propertyName, nested: scope.nested)
    }

    /// Discriminator value → the referenced schema it selects.
    private mutating func discriminatorValues(_ discriminator: Discriminator) -> [ReferenceKey: [String]] {
        var result: [ReferenceKey: [String]] = [:]
        for (value, target) in discriminator.mapping {
            let text = target.contains("/") || target.contains("#") ? target : "#/components/schemas/\(target)"
            guard let key = try? resolver.resolveSchemaReference(Reference(target: text, location: discriminator.location)).key else {
                continue
            }
            result[key, default: []].append(value)
        }
        return result
    }

    /// A case name from the alternative's type: `.pet(Pet)`, `.string(String)`, `.stringArray([String])`.
    private func caseName(for type: IRTypeReference) -> String {
        switch type {
        case .builtin(let name): SwiftName.property(name)
        case .generated(let path): SwiftName.property(path.last ?? "value")
        case .array(let element): caseName(for: element) + "Array"
        case .dictionary(let value): caseName(for: value) + "Map"
        case .optional(let wrapped): caseName(for: wrapped)
        }
    }

    // MARK: Structs

    /// `allOf` (and 3.1 `$ref` with siblings): one struct with the properties of every member.
    private mutating func mergedStructure(for schema: Schema, name: String, path: [String]) throws(Diagnostic) -> IRDeclaration {
        var members: [Schema] = []
        var collected: Set<ReferenceKey> = []
        try collectMembers(of: schema, into: &members, collected: &collected, depth: 0)
        var scope = TypeScope.members(of: path)
        let objectMembers = members.filter { !$0.properties.isEmpty || $0.propertiesReference != nil || $0.types == [.object] }
        for member in members where objectMembers.isEmpty || !(objectMembers.contains { $0.location == member.location }) {
            if member.hasStructure && !(member.allOf != nil) {
                log.warning("an 'allOf' member that is not an object cannot be merged into a struct; it is ignored", at: member.location)
            }
        }
        let properties = try structProperties(of: objectMembers, scope: &scope)
        let additional = properties.isEmpty ? nil : try additionalProperties(of: objectMembers, scope: &scope)
        let documentation = IRDocumentation(title: schema.title ?? members.lazy.compactMap(\.title).first,
                                            description: schema.description ?? members.lazy.compactMap(\.description).first)
        return .structure(IRStruct(
            name: name, documentation: documentation, deprecated: schema.deprecated, properties: properties,
            nested: scope.nested, constraints: IRConstraints(schema), location: schema.location, additionalProperties: additional))
    }

    /// The dictionary for the members the object schemas do not declare, when one of them admits
    /// such members explicitly beside its `properties`: `additionalProperties: {schema}` keeps them
    /// typed, `true` as JSON. (Left unsaid, extra members are allowed but not kept: most specs
    /// never meant them.) Claimed after the properties, so it never renames one of them.
    mutating func additionalProperties(of schemas: [Schema], scope: inout TypeScope) throws(Diagnostic) -> IRAdditionalProperties? {
        for schema in schemas where !schema.properties.isEmpty || schema.propertiesReference != nil {
            let valueType: IRTypeReference
            switch schema.additionalProperties {
            case .schema(let values)?: valueType = try typeReference(for: values, hint: "AdditionalProperty", scope: &scope)
            case .allowed(true)?: valueType = .jsonValue
            case .allowed(false)?, nil: continue
            }
            return IRAdditionalProperties(swiftName: scope.namer.claim("additionalProperties"), valueType: valueType)
        }
        return nil
    }

    /// The schemas an `allOf` combines, references followed and nested `allOf`s flattened.
    /// A referenced schema already collected is not collected again: it would add the same members,
    /// and `allOf: [B, B]` at every level of a chain would otherwise cost 2^depth.
    private mutating func collectMembers(
        of schema: Schema, into members: inout [Schema], collected: inout Set<ReferenceKey>, depth: Int
    ) throws(Diagnostic) {
        guard depth < 64 else { return }
        var own = schema
        if let reference = schema.ref {
            let (key, target) = try resolver.resolveSchemaReference(reference)
            if collected.insert(key).inserted {
                try collectMembers(of: target, into: &members, collected: &collected, depth: depth + 1)
            }
            own.ref = nil
        }
        if let allOf = own.allOf {
            for member in allOf { try collectMembers(of: member, into: &members, collected: &collected, depth: depth + 1) }
            own.allOf = nil
        }
        if own.hasStructure { members.append(own) }
    }

    /// The properties of one or more object schemas, in spec order; a later schema's
    /// property replaces an earlier one of the same name (as `allOf` refinements do).
    mutating func structProperties(of schemas: [Schema], scope: inout TypeScope) throws(Diagnostic) -> [IRProperty] {
        // A later schema's property replaces an earlier one of the same name, in the earlier one's
        // place. (An OrderedMap finds names by its index: searching a list for each name was
        // quadratic in the number of properties.)
        var ordered = OrderedMap<Schema>()
        var required: Set<String> = []
        for schema in schemas {
            required.formUnion(schema.required)
            let properties = try resolver.properties(of: schema)
            if ordered.isEmpty {
                ordered = properties
                continue
            }
            for (jsonName, propertySchema) in properties { ordered[jsonName] = propertySchema }
        }
        // Property names are claimed before nested type names so that adding an inline type never renames a property.
        let swiftNames = ordered.map { scope.namer.claim(SwiftName.property($0.key)) }
        var properties: [IRProperty] = []
        for ((jsonName, schema), swiftName) in zip(ordered, swiftNames) {
            // `readOnly` and `writeOnly` properties are required in one direction only (OpenAPI 3.0
            // §4.7.25.1), and one Swift type serves requests and responses: the other direction must
            // be able to leave them out.
            let isRequired = required.contains(jsonName) && !schema.readOnly && !schema.writeOnly
            var type = try typeReference(for: schema, hint: jsonName, scope: &scope)
            // Optional already when `null` is valid, whether the schema says so or a reference leads to one that does.
            let nullable = type.isOptional
            if !isRequired { type = type.optional }
            properties.append(IRProperty(
                swiftName: swiftName, jsonName: jsonName, type: type, required: isRequired, nullable: nullable,
                documentation: IRDocumentation(title: schema.title, description: schema.description,
                                               defaultValue: schema.defaultValue?.jsonText),
                deprecated: schema.deprecated, readOnly: schema.readOnly, writeOnly: schema.writeOnly,
                defaultValue: schema.defaultValue?.jsonText, constraints: IRConstraints(schema)))
        }
        return properties
    }
}
