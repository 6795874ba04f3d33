import FaithfulValuesSDK
import Foundation

/// The two ways generated models are coded: Foundation's coders as they come (what the README
/// promises works), and the ones the generated client uses. Every faithful-values test runs both.
enum FaithfulCoders: String, CaseIterable, CustomStringConvertible, Sendable {
    case plain
    case package

    var description: String { rawValue }

    func encode(_ value: some Encodable) throws -> String {
        let encoder: JSONEncoder
        switch self {
        case .plain:
            encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        case .package:
            encoder = APIClientConfiguration.defaultJSONEncoder()
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        let decoder = self == .plain ? JSONDecoder() : APIClientConfiguration.defaultJSONDecoder()
        return try decoder.decode(type, from: Data(json.utf8))
    }

    /// Decodes `json` and encodes the result again.
    func roundTrip<Value: Codable>(_ type: Value.Type, _ json: String) throws -> (value: Value, json: String) {
        let value = try decode(type, json)
        return (value, try encode(value))
    }
}
