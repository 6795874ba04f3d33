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
            case .string(let text): return Self.quoted(text)
            }
        case .sequence(let items):
            return "[" + items.map(\.jsonText).joined(separator: ",") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { Self.quoted($0.keyText) + ":" + $0.value.jsonText }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
