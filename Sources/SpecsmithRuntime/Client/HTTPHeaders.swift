import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Headers

/// HTTP header fields: `(name, value)` pairs in the order they were added, looked up by name
/// case-insensitively, as HTTP compares names.
///
/// `add(_:_:)` and `set(_:_:)` throw ``HTTPClientError/invalidHeader(name:)`` when the name is not an
/// RFC 9110 token or the value contains CR, LF or NUL, so a value that came from user input can neither
/// add a header of its own nor split the request. Equality compares the pairs exactly and in order.
/// `description` and the mirror (`dump`) hide the values of `Authorization`, `Proxy-Authorization`,
/// `Cookie` and `Set-Cookie`.
public struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible, CustomReflectable {
    private var fields: [(name: String, value: String)] = []

    /// Creates empty headers.
    public init() {}

    /// Creates headers from a literal, keeping its order.
    ///
    /// A literal is written by a programmer, so an invalid name or value is a bug and traps, as a
    /// duplicate key in a `Dictionary` literal does. Use `add(_:_:)` for values that come from input.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements {
            precondition(Self.isValid(name: name, value: value), "Invalid HTTP header field \(String(reflecting: name)).")
            fields.append((name, value))
        }
    }

    /// The first value of the field `name` (compared case-insensitively), or `nil`.
    public subscript(name: String) -> String? {
        fields.first { Self.sameName($0.name, name) }?.value
    }

    /// Every value of the field `name` (compared case-insensitively), in order.
    public func values(for name: String) -> [String] {
        fields.filter { Self.sameName($0.name, name) }.map(\.value)
    }

    /// Appends a field, keeping any others of the same name.
    /// - Throws: ``HTTPClientError/invalidHeader(name:)`` if `name` is not a token or `value` contains
    ///   CR, LF or NUL.
    public mutating func add(_ name: String, _ value: String) throws {
        guard Self.isValid(name: name, value: value) else { throw HTTPClientError.invalidHeader(name: name) }
        fields.append((name, value))
    }

    /// Replaces every field named `name` (compared case-insensitively) with this one.
    /// - Throws: ``HTTPClientError/invalidHeader(name:)`` as `add(_:_:)` does, leaving the headers unchanged.
    public mutating func set(_ name: String, _ value: String) throws {
        guard Self.isValid(name: name, value: value) else { throw HTTPClientError.invalidHeader(name: name) }
        remove(name)
        fields.append((name, value))
    }

    /// Removes every field named `name`, compared case-insensitively.
    public mutating func remove(_ name: String) {
        fields.removeAll { Self.sameName($0.name, name) }
    }

    /// Iterates over the fields in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }

    /// Whether both hold the same pairs in the same order.
    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0 == $1 }
    }

    /// Hashes the pairs in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields.count)
        for field in fields {
            hasher.combine(field.name)
            hasher.combine(field.value)
        }
    }

    /// The fields as `[Name: value, …]`, with credential values replaced by `<redacted>`.
    public var description: String {
        redactedDescription(hiding: [])
    }

    /// A mirror without children, so `dump` shows `description` instead of the secrets.
    public var customMirror: Mirror {
        Mirror(self, children: [:])
    }

    /// The fields as `description` writes them, also hiding the values of the fields in `names`.
    func redactedDescription(hiding names: Set<String>) -> String {
        let pairs = fields.map { field in
            let isSecret = ["authorization", "proxy-authorization", "cookie", "set-cookie"].contains(field.name.lowercased())
                || names.contains { Self.sameName($0, field.name) }
            return "\(field.name): \(isSecret ? "<redacted>" : field.value)"
        }
        return "[" + pairs.joined(separator: ", ") + "]"
    }

    static func sameName(_ lhs: String, _ rhs: String) -> Bool {
        lhs.lowercased() == rhs.lowercased()
    }

    /// Whether `name` is an RFC 9110 token and `value` has no CR, LF or NUL, the bytes that end a
    /// field or a request.
    static func isValid(name: String, value: String) -> Bool {
        isToken(name) && !value.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
    }

    /// Whether `text` is an RFC 9110 `token` (one or more of `!#$%&'*+-.^_`|~`, digits and ASCII
    /// letters): what a field name and a method must be.
    static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            default:
                return "!#$%&'*+-.^_`|~".utf8.contains(byte)
            }
        }
    }
}
