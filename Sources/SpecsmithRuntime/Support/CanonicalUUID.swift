import Foundation

// MARK: - UUIDs in lower case

/// A UUID that encodes in lower case, as RFC 4122 asks of output (Foundation's `UUID` encodes its
/// `uuidString`, which is upper case on every platform, and some servers compare the text).
/// Generated models code their `UUID` properties through it, so any `JSONEncoder` writes
/// `3be6453c-…`; decoding accepts either case.
public struct CanonicalUUID: Codable, Hashable, Sendable {
    /// The UUID.
    public var uuid: UUID

    /// Wraps `uuid`.
    public init(_ uuid: UUID) {
        self.uuid = uuid
    }

    /// Decodes a UUID string in either case; throws `DecodingError.dataCorrupted` for anything else.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let uuid = UUID(uuidString: string) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a UUID, got \"\(string)\".")
        }
        self.uuid = uuid
    }

    /// Encodes the UUID in lower case.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(uuid.uuidString.lowercased())
    }
}
