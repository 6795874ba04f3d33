import IR

/// Lays out a schema's JSON for reading in generated code: each keyword of the schema on its own
/// line, and each property (and each `allOf`/`oneOf`/`anyOf` alternative) on its own line below it;
/// everything deeper on one line.
///
/// Every line is written into one string as it goes: this runs over every validation schema, and
/// joining pieces with `+` made a string for each of them.
enum SchemaTextLayout {
    /// Keywords whose members or elements get a line each.
    private static let expanded: Set<String> = ["properties", "patternProperties", "allOf", "oneOf", "anyOf"]

    static func lines(for json: IRJSON) -> [String] {
        guard let members = json.members, !members.isEmpty else { return [inline(json)] }
        var lines = ["{"]
        for (index, member) in members.enumerated() {
            let comma = index < members.count - 1 ? "," : ""
            var line = "  "
            IRJSON.appendQuoted(member.key, to: &line)
            line += ": "
            if expanded.contains(member.key), let children = member.value.members, !children.isEmpty {
                lines.append(line + "{")
                for (childIndex, child) in children.enumerated() {
                    var childLine = "    "
                    IRJSON.appendQuoted(child.key, to: &childLine)
                    childLine += ": "
                    appendInline(child.value, to: &childLine)
                    if childIndex < children.count - 1 { childLine += "," }
                    lines.append(childLine)
                }
                lines.append("  }" + comma)
            } else if expanded.contains(member.key), case .array(let elements) = member.value, !elements.isEmpty {
                lines.append(line + "[")
                for (childIndex, element) in elements.enumerated() {
                    var elementLine = "    "
                    appendInline(element, to: &elementLine)
                    if childIndex < elements.count - 1 { elementLine += "," }
                    lines.append(elementLine)
                }
                lines.append("  ]" + comma)
            } else {
                appendInline(member.value, to: &line)
                line += comma
                lines.append(line)
            }
        }
        lines.append("}")
        return lines
    }

    /// JSON on one line, with a space after each `:` and `,`.
    static func inline(_ json: IRJSON) -> String {
        var text = ""
        appendInline(json, to: &text, limit: .max)
        return text
    }

    /// ``inline(_:)`` when it is at most `limit` characters long, else nil. Most schemas are longer
    /// (and laid out by ``lines(for:)`` instead), so writing stops as soon as the text is too long.
    static func inline(_ json: IRJSON, ifAtMost limit: Int) -> String? {
        var text = ""
        return appendInline(json, to: &text, limit: limit) ? text : nil
    }

    /// Appends `json` on one line; false, with the text left unfinished, as soon as it holds more
    /// than `limit` characters. Appending never makes a string's character count smaller, so a
    /// text that is too long stays too long.
    @discardableResult
    private static func appendInline(_ json: IRJSON, to text: inout String, limit: Int = .max) -> Bool {
        switch json {
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += ", " }
                guard appendInline(element, to: &text, limit: limit) else { return false }
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += ", " }
                IRJSON.appendQuoted(member.key, to: &text)
                text += ": "
                guard appendInline(member.value, to: &text, limit: limit) else { return false }
            }
            text += "}"
        default:
            json.appendCompactText(to: &text)
        }
        return !exceeds(text, limit)
    }

    /// Whether `text` holds more than `limit` characters. A character is at least one UTF-8 byte,
    /// so characters are only counted (up to `limit`) when there are more bytes than that.
    private static func exceeds(_ text: String, _ limit: Int) -> Bool {
        text.utf8.count > limit && !text.dropFirst(limit).isEmpty
    }
}
