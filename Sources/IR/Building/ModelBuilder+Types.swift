import Diagnostics
import OpenAPIModel
import Resolver

extension ModelBuilder {
    /// The Swift type for a schema used in `scope` (a property, an array item, a body, …).
    /// Schemas that need a type of their own get one, declared in `scope` and named from `hint`.
    mutating func typeReference(for schema: Schema, hint: String, scope: inout TypeScope) throws(Diagnostic) -> IRTypeReference {
        let base = try nonNullableType(for: schema, hint: hint, scope: &scope)
        let type = isNullable(schema) ? base.optional : base
        recordExamples(schema.examples, type: type, subject: .schema)
        return type
    }

    /// Whether `null` is a valid value: `nullable`, a `"null"` type or enum value, or a `null`
    /// alternative of a `oneOf`/`anyOf` (`oneOf: [{$ref: Pet}, {type: "null"}]`, the 3.1 way to make a
    /// reference nullable).
    ///
    /// An alternative that admits null itself (3.0's `anyOf: [{type: object, nullable: true}, {$ref:
    /// Droplet}]`, DigitalOcean) makes null valid for the whole `anyOf`/`oneOf` too, and so does an
    /// alternative that accepts anything (`anyOf: [{$ref: ForwardLinks}, {$ref: BackwardLinks}, {}]`).
    func isNullable(_ schema: Schema) -> Bool {
        if schema.nullable { return true }
        let alternatives = (schema.oneOf ?? []) + (schema.anyOf ?? [])
        return alternatives.contains { alternative in
            isNullSchema(alternative) || (alternative.ref == nil && alternative.nullable)
                || (alternative.ref == nil && !alternative.hasStructure && !alternative.hasConstraints)
        }
    }

    /// The type before the schema's own nullability is added; optional already when its only
    /// `allOf` member or only non-null alternative admits null.
    private mutating func nonNullableType(for schema: Schema, hint: String, scope: inout TypeScope) throws(Diagnostic) -> IRTypeReference {
        if let reference = schema.ref, !schema.hasStructure {
            // A pure reference, or one with only annotations beside it (3.1).
            return try referencedType(reference, hint: hint)
        }
        if needsDeclaration(schema) {
            if let declared = declarationPaths[schema.location] {
                // This very schema already has a type (a `$ref` into this property was followed
                // first): one schema, one type.
                return .generated(declared)
            }
            if let shared = try sharedType(for: schema, hint: hint, scope: scope) { return shared }
            let name = claimTypeName(hint, in: &scope)
            let path = scope.path + [name]
            guard let declaration = try declaration(for: schema, name: name, path: path) else {
                return .jsonValue
            }
            add(declaration, to: &scope)
            return .generated(path)
        }
        warnAboutUnsupportedKeywords(in: schema)
        if let value = schema.booleanValue {
            if !value {
                log.warning("the schema 'false' accepts no value; it is generated as JSONValue", at: schema.location)
            }
            return .jsonValue
        }
        // The only member's or alternative's type, optional when it admits null (`allOf: [{$ref:
        // NullableWindow}, {description: …}]` admits null as the referenced schema does).
        if let members = schema.allOf, case let typed = Self.typedMembers(members), typed.count == 1, let only = typed.first {
            return try typeReference(for: only, hint: hint, scope: &scope)
        }
        if let alternatives = schema.oneOf ?? schema.anyOf {
            let nonNull = alternatives.filter { !isNullSchema($0) }
            if let only = nonNull.first, nonNull.count == 1 {
                return try typeReference(for: only, hint: hint, scope: &scope)
            }
            return .jsonValue
        }
        if let constant = schema.constValue {
            return constantType(constant, schema: schema)
        }
        guard let types = schema.types else {
            return try inferredType(for: schema, hint: hint, scope: &scope)
        }
        guard types.count == 1, let type = types.first else {
            if !types.isEmpty {
                log.warning("a value of several types (\(types.map(\.rawValue).joined(separator: ", "))) is generated as JSONValue",
                            at: schema.location)
            }
            return .jsonValue
        }
        switch type {
        case .string: return stringType(format: schema.format)
        case .integer: return integerType(format: schema.format)
        case .number: return numberType(format: schema.format)
        case .boolean: return .builtin("Bool")
        case .array: return try arrayType(for: schema, hint: hint, scope: &scope)
        case .object: return try mapType(for: schema, hint: hint, scope: &scope)
        case .null: return .jsonValue
        }
    }

    /// Type for a schema without `type`: inferred from the keywords it has.
    private mutating func inferredType(for schema: Schema, hint: String, scope: inout TypeScope) throws(Diagnostic) -> IRTypeReference {
        if schema.items != nil { return try arrayType(for: schema, hint: hint, scope: &scope) }
        if schema.additionalProperties != nil { return try mapType(for: schema, hint: hint, scope: &scope) }
        if schema.format != nil || schema.pattern != nil || schema.minLength != nil || schema.maxLength != nil {
            return stringType(format: schema.format)
        }
        return .jsonValue
    }

    private mutating func arrayType(for schema: Schema, hint: String, scope: inout TypeScope) throws(Diagnostic) -> IRTypeReference {
        if schema.prefixItems != nil {
            log.warning("'prefixItems' (tuples) are not generated as tuples; elements are JSONValue", at: schema.location)
            return .array(.jsonValue)
        }
        guard let items = schema.items else { return .array(.jsonValue) }
        return .array(try typeReference(for: items, hint: hint + "Item", scope: &scope))
    }

    /// An object without properties: a typed map, or free-form JSON.
    private mutating func mapType(for schema: Schema, hint: String, scope: inout TypeScope) throws(Diagnostic) -> IRTypeReference {
        switch schema.additionalProperties {
        case .schema(let values):
            return .dictionary(try typeReference(for: values, hint: hint + "Value", scope: &scope))
        case .allowed(false):
            // An object that admits no keys at all: only `{}` is valid.
            return .dictionary(.jsonValue)
        case .allowed(true), nil:
            return .dictionary(.jsonValue)
        }
    }

    func stringType(format: String?) -> IRTypeReference {
        if let format, let override = options.formatOverrides[format] { return .builtin(override) }
        return switch format {
        case "date-time": .builtin("Date")
        case "date": .builtin("DateOnly")
        case "uri", "url": .builtin("URL")
        case "uuid": .builtin("UUID")
        case "byte", "binary": .builtin("Data")
        default: .string
        }
    }

    func integerType(format: String?) -> IRTypeReference {
        if let format, let override = options.formatOverrides[format] { return .builtin(override) }
        return switch format {
        case "int32": .builtin("Int32")
        case "int64": .builtin("Int64")
        default: .builtin("Int")
        }
    }

    func numberType(format: String?) -> IRTypeReference {
        if let format, let override = options.formatOverrides[format] { return .builtin(override) }
        return switch format {
        case "float": .builtin("Float")
        default: .builtin("Double")
        }
    }

    private func constantType(_ constant: SpecValue, schema: Schema) -> IRTypeReference {
        switch constant.scalar {
        case .string: stringType(format: schema.format)
        case .integer: .builtin("Int")
        case .float: .builtin("Double")
        case .bool: .builtin("Bool")
        default: .jsonValue
        }
    }

    /// True for a schema that only allows `null` (`type: "null"`, or `enum: [null]`).
    func isNullSchema(_ schema: Schema) -> Bool {
        if let types = schema.types, types.isEmpty, schema.nullable { return true }
        if let values = schema.enumValues, !values.isEmpty, values.allSatisfy(\.isNull) { return true }
        return false
    }

    /// The Swift type of a referenced schema, declaring it at the top level the first time
    /// when it is not a component (a schema deep in the document, or in another file).
    mutating func referencedType(_ reference: Reference, hint: String) throws(Diagnostic) -> IRTypeReference {
        let (key, target) = try resolver.resolveSchemaReference(reference)
        if let known = referencedTypes[key] { return known }
        if let component = namingComponents[key] {
            // Met before the component that names it: declare it under that name now.
            try declareComponent(component)
            if let known = referencedTypes[key] { return known }
        }
        let tokens = key.pointer.tokens
        if key.file == rootFile, tokens.count > 3, tokens[0] == "components", tokens[1] == "schemas" {
            // A schema inside a component: declare the component first, so the schema is the
            // nested type it is there (`GifResponse.Gif`) whichever is met first.
            try declareComponent(tokens[2])
        }
        if needsDeclaration(target), let declared = declarationPaths[target.location] {
            // A schema inside another one (`#/components/schemas/GifResponse/properties/gif`) that
            // already has a nested type: use it (`GifResponse.Gif`) rather than declare a twin.
            let type = useSiteType(of: target, path: declared)
            referencedTypes[key] = type
            return type
        }
        let nameHint = key.pointer.tokens.last ?? fileStem(key.file)
        if needsDeclaration(target), let shared = try sharedType(for: target, hint: nameHint, scope: TypeScope(path: [], reserved: [])) {
            // A schema inside another one whose shape is shared: the shared type, not a twin.
            let type = isNullable(target) ? shared.optional : shared
            referencedTypes[key] = type
            return type
        }
        if needsDeclaration(target) {
            let name = claimTopLevelName(SwiftName.type(nameHint))
            // Registered before building, so a schema that refers to itself finds its own name.
            let type = useSiteType(of: target, named: name)
            referencedTypes[key] = type
            if let declaration = try declaration(for: target, name: name, path: [name]) {
                topLevelDeclarations.append(declaration)
            }
            return type
        }
        var scope = TypeScope(path: [], reserved: [])
        let type = try typeReference(for: target, hint: nameHint, scope: &scope)
        referencedTypes[key] = type
        return type
    }

    /// How a reference to the schema declared as `name` is written: the type itself, made optional
    /// when the schema admits `null`. The declaration stays non-optional, so that a nullable
    /// `NullableUser` is `NullableUser?` where it is used rather than a typealias to an optional
    /// that would turn every optional use into a double optional.
    func useSiteType(of schema: Schema, named name: String) -> IRTypeReference {
        useSiteType(of: schema, path: [name])
    }

    /// Like ``useSiteType(of:named:)``, for a type at `path` (nested or not).
    func useSiteType(of schema: Schema, path: [String]) -> IRTypeReference {
        isNullable(schema) ? .optional(.generated(path)) : .generated(path)
    }

    private func fileStem(_ file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.split(separator: ".").first.map(String.init) ?? name
    }

    /// Keywords nothing generated honours are reported where they are written, so nothing in the
    /// spec is dropped silently. Validation keywords (`not`, `if`, `contains`, …) are not among
    /// them: the validators check every one.
    mutating func warnAboutUnsupportedKeywords(in schema: Schema) {
        for (keyword, value) in schema.unsupportedKeywords {
            log.warning("'\(keyword)' is not supported; the generated type ignores it", at: value.location)
        }
        if let first = schema.patternProperties.first {
            log.warning("'patternProperties' are not supported; properties matching '\(first.key)' are not kept", at: first.value.location)
        }
    }
}
