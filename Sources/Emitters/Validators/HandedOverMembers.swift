import IR

/// A struct's `validationMembers(into:)`: the members typed validation must look at, handed to the
/// runtime's `ValidationMembers` as `encode(to:)` encodes them, so `validate()` reads them without
/// an encoder in between (which cost more than checking what it produced).
///
/// Only members whose schema a Swift value might not satisfy are listed: a struct whose members are
/// all strings, enums and dates gets nothing, and is encoded if it ever needs checking. That keeps
/// big specs small (GitHub's ~1,200 schemas get a few lines each, not a line per property). What
/// is left out must be what the runtime would skip anyway (see `TypedShortcuts`); the runtime
/// checks the schema's side of that once per type and encodes the value when in doubt, but the
/// Swift type's side (free-form values, dates, UUIDs) is known here only.
struct HandedOverMembers {
    let schemas: [String: IRValidationSchema]
    let aliases: AliasTargets

    /// The keywords that let the runtime read a typed object member by member (its
    /// `memberDecidingKeywords`): with any other, the method would never be called.
    private static let memberDecidingKeywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "prefixItems", "format",
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "minItems", "maxItems",
        "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
    ]

    /// The keywords a Swift value of the schema's type satisfies by construction (the runtime's
    /// `settledKeywords`, `format` aside).
    private static let settledKeywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "prefixItems", "$ref",
        "enum", "discriminator",
        "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
    ]

    /// The formats the runtime checks (its `JSONSchema.Format`); any other is an annotation.
    private static let checkedFormats: Set<String> = [
        "date-time", "date", "time", "email", "uri", "uri-reference", "uuid", "ipv4", "ipv6", "hostname",
    ]

    /// The method's lines, or none when the struct has nothing to hand over (or the runtime would
    /// encode it anyway: extra members in a dictionary, keywords about the whole object).
    func lines(for structure: IRStruct, schema: IRValidationSchema, access: AccessModifier) -> [SwiftCode] {
        guard structure.additionalProperties == nil, let keywords = schema.json.members,
              keywords.allSatisfy({ Self.memberDecidingKeywords.contains($0.key) })
        else { return [] }
        let propertySchemas = keywords.first { $0.key == "properties" }?.value.members ?? []
        let listed = structure.properties.filter { property in
            guard let propertySchema = propertySchemas.first(where: { $0.key == property.jsonName })?.value else { return true }
            return !isSettled(propertySchema, for: property.type)
        }
        guard !listed.isEmpty else { return [] }
        return ["\(access.code) func validationMembers(into members: inout ValidationMembers) {"]
            + listed.map { "    members.add(\(SwiftText.stringLiteral($0.jsonName)), \(argument(for: $0)))" }
            + ["}"]
    }

    /// The member as `encode(to:)` writes it: through its coding proxy, present or not as its
    /// keyed container call decides (see `ModelsEmitter.encodeLine`).
    private func argument(for property: IRProperty) -> SwiftCode {
        let name: SwiftCode = "self.\(SwiftText.identifier(property.swiftName))"
        var value = name
        if let proxy = CodingProxy(property.type.nonOptional, aliases: aliases) {
            value = property.type.isOptional ? "\(name).map { \(proxy.toProxy("$0")) }" : proxy.toProxy(name)
        }
        if property.distinguishesNull { return "nullable: \(value)" }
        if property.type.isOptional && !property.required { return "ifPresent: \(value)" }
        return value
    }

    /// Whether a value of `type` cannot violate `schema` (the runtime's `isSettled(for:)`, erring
    /// towards no): settled keywords all the way down, and a `format` only where the Swift type
    /// guarantees it.
    func isSettled(_ schema: IRJSON, for type: IRTypeReference) -> Bool {
        guard !mentionsJSONValue(type, depth: 0) else { return false }
        if case .string(let format)? = schema.members?.first(where: { $0.key == "format" })?.value,
           Self.checkedFormats.contains(format) {
            let target = resolved(type.nonOptional)
            guard (format == "date-time" && target == .builtin("Date")) || (format == "uuid" && target == .builtin("UUID")) else {
                return false
            }
        }
        var visited: Set<String> = []
        return isSettledApartFromFormat(schema, visited: &visited, top: true)
    }

    private func isSettledApartFromFormat(_ schema: IRJSON, visited: inout Set<String>, top: Bool) -> Bool {
        if case .bool(let accepted) = schema { return accepted }
        guard let keywords = schema.members else { return false }
        for (keyword, value) in keywords {
            switch keyword {
            case "format":
                // Below the member itself, the Swift types are not known: a checked format unsettles.
                if !top, case .string(let format) = value, Self.checkedFormats.contains(format) { return false }
            case "enum":
                // Only open enums (strings, integers) keep values `enum` does not list.
                guard case .array(let values) = value, values.allSatisfy(Self.isOpenEnumValue) else { return false }
            case "properties":
                guard let properties = value.members,
                      properties.allSatisfy({ isSettledApartFromFormat($0.value, visited: &visited, top: false) })
                else { return false }
            case "additionalProperties", "items":
                if keyword == "additionalProperties", value == .bool(false) { continue }
                guard isSettledApartFromFormat(value, visited: &visited, top: false) else { return false }
            case "prefixItems":
                guard case .array(let elements) = value,
                      elements.allSatisfy({ isSettledApartFromFormat($0, visited: &visited, top: false) })
                else { return false }
            case "$ref":
                // A schema that refers back to one being looked at is left to the runtime.
                guard case .string(let name) = value, let target = schemas[name], visited.insert(name).inserted,
                      isSettledApartFromFormat(target.json, visited: &visited, top: false)
                else { return false }
            default:
                guard Self.settledKeywords.contains(keyword) else { return false }
            }
        }
        return true
    }

    private static func isOpenEnumValue(_ value: IRJSON) -> Bool {
        switch value {
        case .string: true
        // An integer: JSON number text without a fraction or exponent.
        case .number(let text): !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        default: false
        }
    }

    /// Whether the type holds a `JSONValue` anywhere: such a value can be any JSON, whatever its schema says.
    private func mentionsJSONValue(_ type: IRTypeReference, depth: Int) -> Bool {
        switch type {
        case .builtin(let name): return name == "JSONValue"
        case .array(let element), .dictionary(let element), .optional(let element): return mentionsJSONValue(element, depth: depth)
        case .generated(let path):
            guard let target = aliases.targets[path] else { return false }
            return depth >= 64 || mentionsJSONValue(target, depth: depth + 1)
        }
    }

    /// The type a typealias names, seen through (a `Timestamp = Date` is a `Date`).
    private func resolved(_ type: IRTypeReference) -> IRTypeReference {
        var type = type
        for _ in 0..<64 {
            guard case .generated(let path) = type, let target = aliases.targets[path] else { return type }
            type = target.nonOptional
        }
        return type
    }
}
