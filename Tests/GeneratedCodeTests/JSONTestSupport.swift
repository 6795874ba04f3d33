import Foundation

/// JSON in and out the way the tests compare it: compact, keys sorted, slashes unescaped, so an
/// expected value can be written as one readable literal.
enum TestJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// Decodes `json`, encodes the result, and returns both, for round-trip checks.
    static func roundTrip<Value: Codable>(_ type: Value.Type, _ json: String) throws -> (value: Value, json: String) {
        let value = try decode(type, json)
        return (value, try encode(value))
    }

    /// The keys of the JSON object `value` encodes to, as written.
    static func keys(of value: some Encodable) throws -> Set<String> {
        let data = try JSONEncoder().encode(value)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        return Set(object.keys)
    }

    /// The same JSON with keys sorted and no whitespace, so texts written by hand compare equal.
    static func normalized(_ json: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }
}
