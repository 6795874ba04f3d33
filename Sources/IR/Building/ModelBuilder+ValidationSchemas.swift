import Diagnostics
import Foundation
import OpenAPIModel
import Resolver
import SpecsmithRuntime

extension ModelBuilder {
    /// How deep a schema is written out through references to schemas without a type of their own;
    /// deeper than this, a reference cycle of such schemas is cut (and reported).
    static let validationInliningLimit = 32

    /// Where each component or referenced schema with a type of its own is (`file#/pointer`), and that type's name.
    func referencedSchemaTypes() -> [String: String] {
        var result: [String: String] = [:]
        for (key, type) in referencedTypes {
            if case .generated(let path) = type.nonOptional { result[key.description] = path.joined(separator: ".") }
        }
        return result
    }

    /// Notes that the declaration at `path` was made from `schema`.
    mutating func recordDeclaration(_ path: [String], schema: Schema, isAlias: Bool) {
        declaredSchemas.append((path, schema, isAlias))
        let type = IRTypeReference.generated(path)
        recordExamples(schema.examples, type: isNullable(schema) ? type.optional : type, subject: .schema)
        if declarationPaths[schema.location] == nil { declarationPaths[schema.location] = path }
    }

    /// The validators' schema of every declaration (see `IRValidationSchema`), by Swift path.
    mutating func buildValidationSchemas() -> [String: IRValidationSchema] {
        var result: [String: IRValidationSchema] = [:]
        var warnedPatterns: Set<String> = []
        for (path, schema, isAlias) in declaredSchemas {
            let name = path.joined(separator: ".")
            guard result[name] == nil else { continue }
            var writer = ValidationSchemaWriter()
            let json = validationJSON(for: schema, isRoot: true, depth: 0, writer: &writer)
            report(writer, warnedPatterns: &warnedPatterns)
            result[name] = IRValidationSchema(name: name, json: json, references: writer.references.sorted(), isAlias: isAlias)
        }
        return result
    }

    /// Warns about what writing a schema found: patterns the validators cannot read as written
    /// (each pattern at each place once, whatever `warnedPatterns` holds), and a cut reference cycle.
    mutating func report(_ writer: ValidationSchemaWriter, warnedPatterns: inout Set<String>) {
        for (pattern, location) in writer.patterns where !warnedPatterns.contains("\(location)\u{0}\(pattern)") {
            warnedPatterns.insert("\(location)\u{0}\(pattern)")
            for problem in Self.patternProblems(pattern) {
                log.warning("the pattern '\(pattern)' \(problem)", at: location)
            }
        }
        if writer.cutCycle, let location = writer.cutLocation {
            log.warning("references nested more than \(Self.validationInliningLimit) deep; generated validators do not check below that depth",
                        at: location)
        }
    }

    /// What writing one declaration's schema collected on the way.
    struct ValidationSchemaWriter {
        var references: Set<String> = []
        var patterns: [(String, SourceLocation)] = []
        var cutCycle = false
        var cutLocation: SourceLocation?
    }

    /// What is wrong with `pattern` for the generated validators, which read it as ECMA-262 (with
    /// the `u` flag, as JSON Schema says) through a translation to ICU (`ECMAScriptPattern`, the
    /// runtime's own code): each place ECMA-262 rejects, then whether ICU cannot compile the
    /// translation (the validators then skip the pattern). Empty when the pattern is fine.
    static func patternProblems(_ pattern: String) -> [String] {
        let translation = ECMAScriptPattern(pattern)
        var problems = translation.problems.map { "is not valid ECMA-262 \($0); generated validators read it as the nearest literal text" }
        do {
            _ = try NSRegularExpression(pattern: translation.icuPattern)
        } catch {
            problems.append("is not a regular expression ICU can compile (\(error.localizedDescription)); generated validators do not check it")
        }
        return problems
    }

    /// `schema` as JSON Schema for the validators. Below the root, a schema that has a Swift type of
    /// its own is written as a `$ref` to that type's schema.
    mutating func validationJSON(for schema: Schema, isRoot: Bool, depth: Int, writer: inout ValidationSchemaWriter) -> IRJSON {
        if !isRoot, let path = declarationPaths[schema.location] {
            return reference(to: path, writer: &writer)
        }
        if let value = schema.booleanValue { return .bool(value) }
        guard depth < Self.validationInliningLimit else {
            writer.cutCycle = true
            writer.cutLocation = writer.cutLocation ?? schema.location
            return .bool(true)
        }
        func sub(_ schema: Schema, _ writer: inout ValidationSchemaWriter) -> IRJSON {
            validationJSON(for: schema, isRoot: false, depth: depth + 1, writer: &writer)
        }
        var members: [(key: String, value: IRJSON)] = []
        var allOf: [IRJSON] = []
        if let ref = schema.ref, let (_, target) = try? resolver.resolveSchemaReference(ref) {
            if let path = declarationPaths[target.location] {
                members.append(("$ref", reference(to: path, writer: &writer)["$ref"]))
            } else {
                // A schema without a type of its own is written out where it is used; beside other
                // keywords it must hold too, so it joins `allOf`.
                allOf.append(validationJSON(for: target, isRoot: false, depth: depth + 1, writer: &writer))
            }
        }
        if var typeNames = schema.types?.map(\.rawValue) {
            // 3.0's `nullable: true` admits null: in `type` when there is one (see the end otherwise).
            if schema.nullSources.contains(.type) || schema.nullSources.contains(.keyword) { typeNames.append("null") }
            if typeNames.count == 1, let only = typeNames.first {
                members.append(("type", .string(only)))
            } else if !typeNames.isEmpty {
                members.append(("type", .array(typeNames.map(IRJSON.string))))
            }
        }
        if let values = schema.enumValues {
            var json = values.map(Self.json)
            // 3.0's `nullable: true` admits null even where `enum` does not list it (OpenAPI 3.0.3).
            if schema.nullSources.contains(.keyword), !json.contains(.null) { json.append(.null) }
            members.append(("enum", .array(json)))
        }
        if let constant = schema.constValue { members.append(("const", Self.json(constant))) }
        if let format = schema.format { members.append(("format", .string(format))) }
        let numbers: [(String, SpecNumber?)] = [
            ("minimum", schema.minimum), ("maximum", schema.maximum), ("exclusiveMinimum", schema.exclusiveMinimum),
            ("exclusiveMaximum", schema.exclusiveMaximum), ("multipleOf", schema.multipleOf),
        ]
        for (keyword, number) in numbers {
            if let text = number.flatMap({ IRJSON.number(fromYAML: $0.text) }) { members.append((keyword, .number(text))) }
        }
        if let minLength = schema.minLength { members.append(("minLength", .number(String(minLength)))) }
        if let maxLength = schema.maxLength { members.append(("maxLength", .number(String(maxLength)))) }
        if let pattern = schema.pattern {
            members.append(("pattern", .string(pattern)))
            writer.patterns.append((pattern, schema.location))
        }
        if let items = schema.items { members.append(("items", sub(items, &writer))) }
        if let prefixItems = schema.prefixItems { members.append(("prefixItems", .array(prefixItems.map { sub($0, &writer) }))) }
        if let minItems = schema.minItems { members.append(("minItems", .number(String(minItems)))) }
        if let maxItems = schema.maxItems { members.append(("maxItems", .number(String(maxItems)))) }
        if schema.uniqueItems { members.append(("uniqueItems", .bool(true))) }
        let properties = (try? resolver.properties(of: schema)) ?? schema.properties
        if !properties.isEmpty {
            members.append(("properties", .object(properties.map { ($0.key, sub($0.value, &writer)) })))
        }
        if !schema.required.isEmpty { members.append(("required", .array(schema.required.map(IRJSON.string)))) }
        switch schema.additionalProperties {
        case .allowed(let allowed)?: members.append(("additionalProperties", .bool(allowed)))
        case .schema(let values)?: members.append(("additionalProperties", sub(values, &writer)))
        case nil: break
        }
        if !schema.patternProperties.isEmpty {
            members.append(("patternProperties", .object(schema.patternProperties.map { ($0.key, sub($0.value, &writer)) })))
            for (pattern, _) in schema.patternProperties { writer.patterns.append((pattern, schema.location)) }
        }
        if let minProperties = schema.minProperties { members.append(("minProperties", .number(String(minProperties)))) }
        if let maxProperties = schema.maxProperties { members.append(("maxProperties", .number(String(maxProperties)))) }
        allOf += (schema.allOf ?? []).map { sub($0, &writer) }
        if !allOf.isEmpty { members.append(("allOf", .array(allOf))) }
        if let oneOf = schema.oneOf { members.append(("oneOf", .array(oneOf.map { sub($0, &writer) }))) }
        if let anyOf = schema.anyOf { members.append(("anyOf", .array(anyOf.map { sub($0, &writer) }))) }
        if let not = schema.not { members.append(("not", sub(not, &writer))) }
        if let condition = schema.ifSchema { members.append(("if", sub(condition, &writer))) }
        if let then = schema.thenSchema { members.append(("then", sub(then, &writer))) }
        if let otherwise = schema.elseSchema { members.append(("else", sub(otherwise, &writer))) }
        if !schema.dependentRequired.isEmpty {
            members.append(("dependentRequired", .object(schema.dependentRequired.map { ($0.key, .array($0.value.map(IRJSON.string))) })))
        }
        if !schema.dependentSchemas.isEmpty {
            members.append(("dependentSchemas", .object(schema.dependentSchemas.map { ($0.key, sub($0.value, &writer)) })))
        }
        if let names = schema.propertyNames { members.append(("propertyNames", sub(names, &writer))) }
        if let contains = schema.contains { members.append(("contains", sub(contains, &writer))) }
        if let minContains = schema.minContains { members.append(("minContains", .number(String(minContains)))) }
        if let maxContains = schema.maxContains { members.append(("maxContains", .number(String(maxContains)))) }
        if let unevaluated = schema.unevaluatedProperties { members.append(("unevaluatedProperties", sub(unevaluated, &writer))) }
        if let unevaluated = schema.unevaluatedItems { members.append(("unevaluatedItems", sub(unevaluated, &writer))) }
        if let discriminator = schema.discriminator, let alternatives = schema.oneOf ?? schema.anyOf,
           let mapping = discriminatorMapping(discriminator, alternatives: alternatives), !mapping.isEmpty {
            members.append(("discriminator", .object([
                ("propertyName", .string(discriminator.propertyName)),
                ("mapping", .object(mapping.map { ($0.value, .string($0.name)) })),
            ])))
        }
        // A lone `allOf` member (a reference written out in place, or `allOf: [$ref]`) is the schema itself.
        var result = IRJSON.object(members)
        if members.count == 1, members[0].key == "allOf", allOf.count == 1, let only = allOf.first { result = only }
        if schema.nullSources.contains(.keyword), schema.types == nil, schema.enumValues == nil, !members.isEmpty {
            // `nullable: true` without `type` (3.0's nullable reference, `allOf: [$ref]`): null, or
            // what the rest of the schema admits, as the Swift type (an optional) does.
            return .object([("anyOf", .array([.object([("type", .string("null"))]), result]))])
        }
        return result
    }

    private func reference(to path: [String], writer: inout ValidationSchemaWriter) -> IRJSON {
        let name = path.joined(separator: ".")
        writer.references.insert(name)
        return .object([("$ref", .string(name))])
    }

    /// Discriminator value → the name of the alternative's type: the explicit mapping, then each
    /// referenced alternative the mapping does not name under its component name, as the models decode.
    private mutating func discriminatorMapping(_ discriminator: Discriminator, alternatives: [Schema]) -> [(value: String, name: String)]? {
        var mapped: [(value: String, location: SourceLocation)] = []
        for (value, target) in discriminator.mapping {
            let text = target.contains("/") || target.contains("#") ? target : "#/components/schemas/\(target)"
            guard let (_, schema) = try? resolver.resolveSchemaReference(Reference(target: text, location: discriminator.location)) else { continue }
            mapped.append((value, schema.location))
        }
        for alternative in alternatives {
            guard let reference = alternative.ref, let (key, target) = try? resolver.resolveSchemaReference(reference) else { continue }
            if !mapped.contains(where: { $0.location == target.location }) {
                mapped.append((key.pointer.tokens.last ?? "", target.location))
            }
        }
        var result: [(value: String, name: String)] = []
        for (value, location) in mapped {
            // Only alternatives with a type of their own can be told apart by name.
            guard let path = declarationPaths[location] else { return nil }
            result.append((value, path.joined(separator: ".")))
        }
        return result
    }

    /// A spec value (from `enum`, `const`) as JSON.
    static func json(_ value: SpecValue) -> IRJSON {
        switch value.scalar {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .integer(let text), .float(let text): return IRJSON.number(fromYAML: text).map(IRJSON.number) ?? .string(text)
        case .string(let text): return .string(text)
        case nil:
            if let items = value.items { return .array(items.map(json)) }
            return .object((value.members ?? []).map { ($0.key, json($0.value)) })
        }
    }
}

private extension IRJSON {
    /// The member `key` of an object (`.null` when absent), for picking apart values built here.
    subscript(key: String) -> IRJSON {
        members?.first { $0.key == key }?.value ?? .null
    }
}
