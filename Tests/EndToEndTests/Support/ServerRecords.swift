import Foundation

/// A response for the server to answer the next valid request with (`POST /__control/enqueue`).
struct ScriptedResponse: Encodable, Sendable {
    var status: Int
    /// Header fields in order, as `[name, value]` pairs.
    var headers: [[String]]
    var body: String
    /// How long the server waits before answering.
    var delaySeconds: Double

    init(status: Int, headers: KeyValuePairs<String, String> = [:], body: String = "", delaySeconds: Double = 0) {
        self.status = status
        self.headers = headers.map { [$0.key, $0.value] }
        self.body = body
        self.delaySeconds = delaySeconds
    }
}

/// A request as the server received it (`GET /__control/requests`), with openapi-core's verdict.
struct RecordedRequest: Decodable, Sendable, CustomStringConvertible {
    var method: String
    /// The request target exactly as it arrived: the raw path and query, still percent-encoded.
    var target: String
    var path: String
    /// The raw query, without `?`; empty when there is none.
    var query: String
    /// Header fields in order, as `[name, value]` pairs.
    var headers: [[String]]
    /// The body as UTF-8 text.
    var body: String
    /// Whether openapi-core found nothing wrong.
    var valid: Bool
    /// openapi-core's errors, one text each.
    var errors: [String]
    /// The parameters as openapi-core read and cast them: `path`, `query`, `header`, `cookie`.
    var parameters: LooseJSON?
    /// The `operationId` of the operation openapi-core matched, if it has one.
    var operationId: String?
    /// Query serializations openapi-core 0.23 cannot read that the server read for it (server.py).
    var styleWorkarounds: [String]
    /// The status the server answered with.
    var responseStatus: Int?

    /// The first value of the header `name`, compared case-insensitively.
    func header(_ name: String) -> String? {
        headers.first { $0.first?.lowercased() == name.lowercased() }?.last
    }

    /// The body parsed as JSON.
    func jsonBody() throws -> LooseJSON {
        try JSONDecoder().decode(LooseJSON.self, from: Data(body.utf8))
    }

    var description: String {
        "\(method) \(target) → \(responseStatus.map(String.init) ?? "?") \(valid ? "valid" : "invalid: \(errors.joined(separator: " | "))")"
    }
}

/// Any JSON value, compared structurally (object members in any order, numbers by value), so the
/// tests can compare what the client sent with JSON written out by hand.
enum LooseJSON: Decodable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([LooseJSON])
    case object([String: LooseJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([LooseJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: LooseJSON].self))
        }
    }

    /// Parses JSON text.
    init(json: String) throws {
        self = try JSONDecoder().decode(LooseJSON.self, from: Data(json.utf8))
    }

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: LooseJSON...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, LooseJSON)...) {
        self = .object(Dictionary(elements) { first, _ in first })
    }

    /// The member `key` of an object, or nil.
    subscript(key: String) -> LooseJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? "\(Int64(value))" : "\(value)"
        case .string(let value): String(reflecting: value)
        case .array(let elements): "[" + elements.map(\.description).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.keys.sorted().map { "\(String(reflecting: $0)): \(members[$0]?.description ?? "")" }.joined(separator: ", ") + "}"
        }
    }
}
