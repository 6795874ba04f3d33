import OpenAPIModel

extension SpecValue {
    /// The value as compact JSON text, for doc comments and constraints (`"ttl"`, `300`, `{"a":[1]}`).
    var jsonText: String {
        var text = ""
        appendJSON(to: &text)
        return text
    }

    /// Writes into one buffer: joining each level's pieces made a string per value and copied
    /// every value once per level above it.
    private func appendJSON(to text: inout String) {
        switch scalar {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .integer(let number), .float(let number): text += number
        case .string(let string): text += IRJSON.quoted(string)
        case nil:
            if let items {
                text += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { text += "," }
                    item.appendJSON(to: &text)
                }
                text += "]"
                return
            }
            text += "{"
            for (index, member) in (members ?? []).enumerated() {
                if index > 0 { text += "," }
                text += IRJSON.quoted(member.key)
                text += ":"
                member.value.appendJSON(to: &text)
            }
            text += "}"
        }
    }
}
