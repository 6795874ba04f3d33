import Foundation

// MARK: - Open enums

/// A string- or integer-backed enum coded as its raw value.
///
/// Generated enums are open by default: they have an `unknown(RawValue)` case and a non-failable
/// `init(rawValue:)`, so a value the server adds later decodes instead of failing. Frozen enums
/// (plain `enum Kind: String, OpenEnum`) keep Swift's failable initializer, and decoding an unknown value
/// throws `DecodingError.dataCorrupted` naming it.
///
/// For enums with a `String` or integer raw type, the standard library also provides `Codable`
/// implementations on `RawRepresentable`; the ones in this protocol's extension are more specific and
/// are the ones chosen, without ambiguity.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable
where RawValue: Codable & Hashable & Sendable {}

extension OpenEnum {
    /// Decodes the raw value and converts it; throws `DecodingError.dataCorrupted` if the enum has no
    /// case for it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let rawValue = try container.decode(RawValue.self)
        guard let value = Self(rawValue: rawValue) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\(Self.self) has no case for the value \(String(reflecting: rawValue)).")
        }
        self = value
    }

    /// Encodes the raw value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
