import Foundation

// MARK: - Validatable

/// A generated type that can check itself against its schema.
///
/// `validate()` checks what the Swift type cannot express (lengths, patterns, bounds, formats, item
/// counts, …) and reports every violation at once. `validate(json:)` checks raw JSON against the same
/// schema, and also what the type would otherwise enforce while decoding (types, required properties,
/// `additionalProperties: false`, `enum`), so a server or a webhook receiver gets every problem of a
/// payload at once instead of the first `DecodingError`.
public protocol Validatable: Encodable {
    /// The JSON Schema of this type, as the API description gives it.
    static var jsonSchema: JSONSchema { get }

    /// Hands typed validation the members it must look at (see `ValidationMembers`). Generated for
    /// structs whose schema has something their Swift types cannot guarantee; other types keep the
    /// default, and typed validation encodes their values instead.
    func validationMembers(into members: inout ValidationMembers)
}

extension Validatable {
    /// Checks the value against its schema.
    /// - Throws: `ValidationError` with every violation found.
    public func validate(options: ValidationOptions = []) throws(ValidationError) {
        let found = violations(options: options)
        if !found.isEmpty { throw ValidationError(violations: found) }
    }

    /// Every violation of the schema in the value; empty when the value is valid.
    public func violations(options: ValidationOptions = []) -> [Violation] {
        var violations: [Violation] = []
        collectViolations(at: "$", into: &violations, options: options)
        return violations
    }

    /// Adds the value's violations to `violations`, with paths below `path` (a JSON path such as
    /// `$.items[2]`), so a type can validate the values it holds as part of itself.
    func collectViolations(at path: String, into violations: inout [Violation], options: ValidationOptions = []) {
        // Open enums keep unknown values on purpose; asked to report them, every value is looked at.
        let reportsEnums = options.contains(.reportUnknownEnumValues)
        if !reportsEnums, Self.jsonSchema.isSettled(for: Self.self) { return }
        let encoded: JSONSchema.ValueEncoder.Slot
        do {
            encoded = try reportsEnums ? JSONSchema.ValueEncoder.encodedSlot(self, schema: nil) : typedSlot()
        } catch {
            violations.append(Violation(path: path, message: "cannot be validated: it does not encode to JSON (\(error))"))
            return
        }
        Self.jsonSchema.collectViolations(of: encoded, at: path, into: &violations, options: options)
    }

    /// The value as typed validation reads it: its members handed over when it hands them over
    /// (asked here, where the type is known, rather than by a dynamic cast), else encoded.
    private func typedSlot() throws -> JSONSchema.ValueEncoder.Slot {
        if let source = Self.jsonSchema.memberSchemaSource() {
            let node = JSONSchema.ValueEncoder.Node(schema: source)
            if try handOverMembers(to: node) { return .node(node) }
        }
        return try JSONSchema.ValueEncoder.encodedSlot(self, schema: Self.jsonSchema)
    }

    /// Checks raw JSON against this type's schema: types, required properties, `enum`, and every other keyword.
    /// - Throws: `ValidationError` with every violation found.
    public static func validate(json: JSONValue, options: ValidationOptions = []) throws(ValidationError) {
        try jsonSchema.validate(json: json, options: options)
    }

    /// Every violation of this type's schema in raw JSON; empty when it is valid.
    public static func violations(json: JSONValue, options: ValidationOptions = []) -> [Violation] {
        jsonSchema.violations(json: json, options: options)
    }

    /// Checks a JSON document (a request or webhook body, say) against this type's schema.
    /// - Throws: `ValidationError` with every violation found, or one saying the data is not JSON.
    public static func validate(jsonData: Data, options: ValidationOptions = []) throws(ValidationError) {
        try jsonSchema.validate(jsonData: jsonData, options: options)
    }
}

/// The schemas of named schemas that are other types (`typealias Tags = [String]`), which cannot
/// carry a `jsonSchema` of their own: `JSONSchemas.Tags.validate(json: value)`.
public enum JSONSchemas {}
