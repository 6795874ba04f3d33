import Foundation

// MARK: - Coding keys

/// A coding key made from any string or integer: for containers whose keys are only known at run time
/// (`additionalProperties`, free-form objects), and for every generated struct's `init(from:)` and
/// `encode(to:)`, which name their members through the `decodeMember`/`encodeMember` family below.
/// One shared key type compiles to far less than a `CodingKeys` enum per model.
public struct SpecsmithCodingKey: CodingKey, Hashable, Sendable {
    /// The key's string form.
    public var stringValue: String
    /// The key's integer form, if it was created from an integer.
    public var intValue: Int?

    /// Creates a key from a string.
    public init(_ string: String) {
        self.stringValue = string
        self.intValue = nil
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

// MARK: - Members by name

// What every generated `init(from:)` and `encode(to:)` calls, one line per property. They take the
// JSON name as a plain `String` and have names of their own, not overloads of `decode(_:forKey:)`:
// the type checker then has one candidate and no literal to convert per line, and each call site
// compiles to a literal and a call instead of building and destroying a key (about a third less
// code in a model's coding; these lines are a fifth of a debug build of a large SDK).
extension KeyedDecodingContainer where Key == SpecsmithCodingKey {
    /// The value of the required member `name`.
    public func decodeMember<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value {
        try decode(type, forKey: SpecsmithCodingKey(name))
    }

    /// The value of the optional member `name`; `nil` when it is missing or `null`.
    public func decodeMemberIfPresent<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value? {
        try decodeIfPresent(type, forKey: SpecsmithCodingKey(name))
    }

    /// The member `name` where missing and `null` differ: `.absent`, `.null` or the value.
    public func decodeNullableMember<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Nullable<Value> {
        try decode(Nullable<Value>.self, forKey: SpecsmithCodingKey(name))
    }
}

extension KeyedEncodingContainer where Key == SpecsmithCodingKey {
    /// Writes `value` as the member `name` (`null` for a `nil` optional).
    public mutating func encodeMember<Value: Encodable>(_ value: Value, _ name: String) throws {
        try encode(value, forKey: SpecsmithCodingKey(name))
    }

    /// Writes `value` as the member `name`, or leaves the member out when `value` is `nil`.
    public mutating func encodeMemberIfPresent<Value: Encodable>(_ value: Value?, _ name: String) throws {
        try encodeIfPresent(value, forKey: SpecsmithCodingKey(name))
    }

    /// Writes `value` as the member `name`: left out when `.absent`, `null` when `.null`.
    public mutating func encodeNullableMember<Value: Encodable>(_ value: Nullable<Value>, _ name: String) throws {
        try encode(value, forKey: SpecsmithCodingKey(name))
    }
}
