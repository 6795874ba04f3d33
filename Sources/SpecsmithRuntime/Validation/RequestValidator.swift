import Foundation

// MARK: - Checking a request before it is sent

/// Checks the parameters and the body of one request against their schemas and collects every
/// violation, so that one `ValidationError` reports them all; generated operations throw it before
/// anything is sent.
///
/// A body's violations have JSON paths from `$`; a parameter's start at its location and name
/// (`query.limit`, `path.uid`, `header['X-Request-ID']`, `query.tags[2]`), so the error says which
/// value of the call is wrong.
public struct RequestValidator {
    /// How the values are checked.
    public let options: ValidationOptions
    /// What was found so far.
    public private(set) var violations: [Violation] = []

    /// Creates a validator; with `reportsUnknownEnumValues`, a value an open enum keeps although its
    /// `enum` does not list it (`.unknown("gif")`) is a violation too.
    public init(reportsUnknownEnumValues: Bool = false) {
        options = reportsUnknownEnumValues ? [.reportUnknownEnumValues] : []
    }

    /// Checks a value whose type carries its schema (a body, or a parameter of a generated type)
    /// at `path`; nil (a parameter or body left out) is not checked.
    public mutating func check(_ value: (some Validatable)?, at path: String) {
        value?.collectViolations(at: path, into: &violations, options: options)
    }

    /// Checks a value against `schema` at `path`, as `JSONSchema.validate(value:)` does: a parameter
    /// of a Swift type without a schema of its own, or a typealias's value; nil is not checked.
    public mutating func check(_ value: (some Encodable)?, against schema: JSONSchema, at path: String) {
        guard let value else { return }
        let reportsEnums = options.contains(.reportUnknownEnumValues)
        if !reportsEnums, schema.isSettled(for: type(of: value)) { return }
        let encoded: JSONSchema.ValueEncoder.Slot
        do {
            encoded = try JSONSchema.ValueEncoder.encodedSlot(value, schema: reportsEnums ? nil : schema)
        } catch {
            violations.append(Violation(path: path, message: "cannot be validated: it does not encode to JSON (\(error))"))
            return
        }
        schema.collectViolations(of: encoded, at: path, into: &violations, options: options)
    }

    /// Throws what was found, if anything.
    /// - Throws: `ValidationError` with every violation found.
    public func finish() throws(ValidationError) {
        if !violations.isEmpty { throw ValidationError(violations: violations) }
    }
}
