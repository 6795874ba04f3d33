import YAMLReader

extension YAMLNode {
    /// The node as compact JSON text, for doc comments and constraints (`"ttl"`, `300`, `{"a":[1]}`).
    var jsonText: String {
        switch content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return "null"
            case .bool(let value): return value ? "true" : "false"
            case .integer(let text), .float(let text): return text
            case .string(let text): return IRJSON.quoted(text)
            }
        case .sequence(let items):
            return "[" + items.map(\.jsonText).joined(separator: ",") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { IRJSON.quoted($0.keyText) + ":" + $0.value.jsonText }.joined(separator: ",") + "}"
        }
    }
}
