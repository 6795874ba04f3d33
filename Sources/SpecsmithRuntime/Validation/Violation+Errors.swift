import Foundation

// The validation runtime: what every generated SDK with validators carries.
//
// Each generated type describes its schema once, as JSON Schema text (a `static let`, so it is read
// once and its regular expressions are compiled once). One interpreter, `JSONSchema`, checks values
// against those descriptions: raw JSON (`validate(json:)`, every keyword) and typed values
// (`validate()`, which first turns the value into the JSON it encodes to, then checks what the Swift
// type cannot express). One interpreter for both keeps them in agreement, and keeps the code
// generated per type to a schema description.

// MARK: - Violations

/// One way a value breaks its schema: where, as a JSON path (`$.dataSource.credentials.value`), and
/// what (`must be at most 64 characters, found 80`).
///
/// Messages never quote string values (they may be secrets), except those of `enum` and `const`,
/// which the API description itself lists.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is: `$` is the value itself, `$.a.b[2]` a member of it, and a key that is not
    /// an identifier is written in brackets (`$.mapping['content-type']`).
    public var path: String
    /// What is wrong, for a person to read.
    public var message: String

    /// Creates a violation.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}

/// Every violation found in a value, thrown by `validate()` so that one call reports them all.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The violations, in a fixed order: keyword by keyword, properties by name.
    public var violations: [Violation]

    /// Creates an error from the violations found.
    public init(violations: [Violation]) {
        self.violations = violations
    }

    /// One violation per line.
    public var description: String {
        let count = violations.count == 1 ? "1 violation" : "\(violations.count) violations"
        return "The value does not match its schema (\(count)):\n" + violations.map { "  " + $0.description }.joined(separator: "\n")
    }
}

/// Choices for one validation.
public struct ValidationOptions: OptionSet, Hashable, Sendable {
    /// The options as bits, one per option.
    public var rawValue: Int

    /// Creates options from their raw value.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Also report string and integer values that an `enum` does not list, when validating typed
    /// values. Open enums keep such values (in their `unknown` case) on purpose, so a new server value
    /// does not break a client; ask for this to find them. Raw JSON is always checked against `enum`.
    public static let reportUnknownEnumValues = ValidationOptions(rawValue: 1 << 0)
}
