import IR

/// Lays out a schema's JSON for reading in generated code: each keyword of the schema on its own
/// line, and each property (and each `allOf`/`oneOf`/`anyOf` alternative) on its own line below it;
/// everything deeper on one line.
enum SchemaTextLayout {
    /// Keywords whose members or elements get a line each.
    private static let expanded: Set<String> = ["properties", "patternProperties", "allOf", "oneOf", "anyOf"]

    static func lines(for json: IRJSON) -> [String] {
        guard let members = json.members, !members.isEmpty else { return [inline(json)] }
        var lines = ["{"]
        for (index, member) in members.enumerated() {
            let comma = index < members.count - 1 ? "," : ""
            let key = IRJSON.quoted(member.key) + ": "
            if expanded.contains(member.key), let children = member.value.members, !children.isEmpty {
                lines.append("  " + key + "{")
                for (childIndex, child) in children.enumerated() {
                    let childComma = childIndex < children.count - 1 ? "," : ""
                    lines.append("    " + IRJSON.quoted(child.key) + ": " + inline(child.value) + childComma)
                }
                lines.append("  }" + comma)
            } else if expanded.contains(member.key), case .array(let elements) = member.value, !elements.isEmpty {
                lines.append("  " + key + "[")
                for (childIndex, element) in elements.enumerated() {
                    lines.append("    " + inline(element) + (childIndex < elements.count - 1 ? "," : ""))
                }
                lines.append("  ]" + comma)
            } else {
                lines.append("  " + key + inline(member.value) + comma)
            }
        }
        lines.append("}")
        return lines
    }

    /// JSON on one line, with a space after each `:` and `,`.
    static func inline(_ json: IRJSON) -> String {
        var text = ""
        appendInline(json, to: &text)
        return text
    }

    /// Written into one string: joining each level's pieces copied a value once per level above it.
    private static func appendInline(_ json: IRJSON, to text: inout String) {
        switch json {
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += ", " }
                appendInline(element, to: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += ", " }
                text += IRJSON.quoted(member.key)
                text += ": "
                appendInline(member.value, to: &text)
            }
            text += "}"
        default:
            text += json.compactText
        }
    }
}
