/// A JSON value the IR hands to emitters, with object members in the order they were added,
/// so text made from it is the same on every run.
public indirect enum IRJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number as JSON text (`42`, `0.01`, `1e-07`), already in JSON's spelling.
    case number(String)
    case string(String)
    case array([IRJSON])
    case object([(key: String, value: IRJSON)])

    /// The value as compact JSON text.
    public var compactText: String {
        var text = ""
        appendCompactText(to: &text)
        return text
    }

    /// Appends the value as compact JSON text, so that callers building a bigger text write it in
    /// place (joining each level's pieces copied a value once per level above it).
    public func appendCompactText(to text: inout String) {
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .number(let number): text += number
        case .string(let string): Self.appendQuoted(string, to: &text)
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += "," }
                element.appendCompactText(to: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += "," }
                Self.appendQuoted(member.key, to: &text)
                text += ":"
                member.value.appendCompactText(to: &text)
            }
            text += "}"
        }
    }

    /// The members, if this is an object.
    public var members: [(key: String, value: IRJSON)]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var result = ""
        appendQuoted(text, to: &result)
        return result
    }

    /// Appends `text` as a JSON string literal, without a string of its own in between: this
    /// is called for every key and string of every validation schema.
    public static func appendQuoted(_ text: String, to result: inout String) {
        result += "\""
        defer { result += "\"" }
        // Most text needs no escape; only `"`, `\` and C0 controls do.
        if UTF8Bytes.with(text, { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C } }) {
            result += text
            return
        }
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
    }

    /// A YAML number's text in JSON's spelling (`+5` → `5`, `0x1F` → `31`, `1.0` → `1`, `.5` → `0.5`),
    /// or nil when it has none (`.inf`, `.nan`).
    public static func number(fromYAML text: String) -> String? {
        var body = Substring(text.replacingOccurrences(of: "_", with: ""))
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        for (prefix, radix) in [("0x", 16), ("0o", 8)] where body.hasPrefix(prefix) {
            guard let magnitude = Int64(body.dropFirst(2), radix: radix) else { return nil }
            return String(negative ? -magnitude : magnitude)
        }
        if let integer = Int64(body) { return String(negative ? -integer : integer) }
        guard let magnitude = Double(body), magnitude.isFinite else { return nil }
        let value = negative ? -magnitude : magnitude
        // A whole number is the same JSON number with or without a fraction: write the shorter one.
        if value.rounded() == value, abs(value) < 9.0e18 { return String(Int64(value)) }
        return "\(value)"
    }

    public static func == (lhs: IRJSON, rhs: IRJSON) -> Bool {
        lhs.compactText == rhs.compactText
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(compactText)
    }
}

/// A declaration's schema for the validators: the spec's JSON Schema with OpenAPI's forms
/// normalised (3.0 `nullable` and boolean exclusive bounds), and every schema that has a Swift type
/// of its own referred to by that type's name (`{"$ref": "Binding.DataSource"}`).
public struct IRValidationSchema: Sendable, Hashable {
    /// The declaration's Swift path (`Binding.DataSource`), the name `$ref`s use.
    public var name: String
    public var json: IRJSON
    /// The names its `$ref`s use, sorted.
    public var references: [String]
    /// Whether the declaration is a typealias (which cannot carry a schema of its own).
    public var isAlias: Bool

    public init(name: String, json: IRJSON, references: [String], isAlias: Bool) {
        self.name = name
        self.json = json
        self.references = references
        self.isAlias = isAlias
    }
}
