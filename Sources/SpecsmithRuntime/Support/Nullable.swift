import Foundation

// MARK: - Nullable

/// A property that is optional and nullable: left out, sent as `null`, or sent with a value.
///
/// JSON tells the three apart, and APIs rely on it: in a PATCH body a missing key leaves a field
/// as it is and `null` clears it. A plain optional folds both into `nil`, so such properties are
/// `Nullable` instead, and a model's initializer defaults them to `.absent`:
///
/// ```swift
/// var patch = IssueUpdate()     // {}
/// patch.milestone = .null       // {"milestone": null}
/// patch.milestone = .value(3)   // {"milestone": 3}
/// ```
///
/// Decoding gives `.absent` for a missing key, `.null` for `null`, and `.value` otherwise; encoding
/// writes exactly that back, with any `JSONEncoder`. (Outside a keyed container, where nothing can be
/// left out, `.absent` encodes as `null`.)
public enum Nullable<Wrapped> {
    /// The key is left out.
    case absent
    /// The key is present with `null`.
    case null
    /// The key is present with a value.
    case value(Wrapped)

    /// `.value(wrapped)` for a value, `.null` for `nil`: what assigning an optional sends.
    public init(_ wrapped: Wrapped?) {
        self = wrapped.map { .value($0) } ?? .null
    }

    /// The value, or `nil` when absent or `null`.
    public var value: Wrapped? {
        if case .value(let wrapped) = self { return wrapped }
        return nil
    }

    /// Whether the key is left out.
    public var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    /// Whether the key holds `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The same state with the value transformed.
    public func map<Mapped>(_ transform: (Wrapped) throws -> Mapped) rethrows -> Nullable<Mapped> {
        switch self {
        case .absent: .absent
        case .null: .null
        case .value(let wrapped): .value(try transform(wrapped))
        }
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

extension Nullable: Decodable where Wrapped: Decodable {
    /// Decodes `null` or a value (a missing key is handled by the keyed container's `decode`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    /// Encodes the value, or `null` (a keyed container's `encode` leaves `.absent` out instead).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if case .value(let wrapped) = self {
            try container.encode(wrapped)
        } else {
            try container.encodeNil()
        }
    }
}

// The keyed containers' own overloads, which synthesized and generated coding pick over the generic
// ones: only a keyed container knows whether the key is there.
extension KeyedDecodingContainer {
    /// `.absent` when `key` is missing, `.null` for `null`, else the decoded value.
    public func decode<Wrapped: Decodable>(_ type: Nullable<Wrapped>.Type, forKey key: Key) throws -> Nullable<Wrapped> {
        guard contains(key) else { return .absent }
        if try decodeNil(forKey: key) { return .null }
        return .value(try decode(Wrapped.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Leaves `key` out when `.absent`, writes `null` for `.null`, else the value.
    public mutating func encode<Wrapped: Encodable>(_ value: Nullable<Wrapped>, forKey key: Key) throws {
        switch value {
        case .absent: break
        case .null: try encodeNil(forKey: key)
        case .value(let wrapped): try encode(wrapped, forKey: key)
        }
    }
}
