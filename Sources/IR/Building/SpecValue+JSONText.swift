import OpenAPIModel

extension SpecValue {
    /// The value as compact JSON text, for doc comments and constraints (`"ttl"`, `300`, `{"a":[1]}`).
    var jsonText: String {
        switch scalar {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let text), .float(let text): return text
        case .string(let text): return IRJSON.quoted(text)
        case nil:
            if let items { return "[" + items.map(\.jsonText).joined(separator: ",") + "]" }
            return "{" + (members ?? []).map { IRJSON.quoted($0.key) + ":" + $0.value.jsonText }.joined(separator: ",") + "}"
        }
    }
}
