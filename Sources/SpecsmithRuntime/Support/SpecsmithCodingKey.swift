import Foundation

// MARK: - Coding keys

/// A coding key made from any string or integer: for containers whose keys are only known at run time
/// (`additionalProperties`, free-form objects), and for every generated struct's `init(from:)` and
/// `encode(to:)`, which name their keys with string literals. One shared key type compiles to far
/// less than a `CodingKeys` enum per model.
public struct SpecsmithCodingKey: CodingKey, Hashable, Sendable, ExpressibleByStringLiteral {
    /// The key's string form.
    public var stringValue: String
    /// The key's integer form, if it was created from an integer.
    public var intValue: Int?

    /// Creates a key from a string.
    public init(_ string: String) {
        self.stringValue = string
        self.intValue = nil
    }

    /// Creates a key from a string literal: `forKey: "created_at"`.
    public init(stringLiteral string: String) {
        self.init(string)
    }

    /// Creates a key from an integer (an array index).
    public init(_ int: Int) {
        self.stringValue = String(int)
        self.intValue = int
    }

    /// Creates a key from a string; never fails.
    public init?(stringValue: String) {
        self.init(stringValue)
    }

    /// Creates a key from an integer; never fails.
    public init?(intValue: Int) {
        self.init(intValue)
    }
}
