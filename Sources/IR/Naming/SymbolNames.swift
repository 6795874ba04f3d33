/// Spelled-out names for symbols, used when a name has no letters or digits at all.
///
/// Enum values such as `+`, `-`, `*` or `>=` are real (sort orders, operators, wildcards), and
/// dropping their characters would leave every one of them with the same empty name; spelling
/// them out keeps distinct values distinct and readable.
enum SymbolNames {
    /// One word per non-whitespace scalar; empty when the name is blank.
    static func words(spelling name: String) -> [String] {
        name.unicodeScalars.filter { !$0.properties.isWhitespace }.map(word(for:))
    }

    /// Words for a sign directly in front of a number in an enum value (`-1` → `negative1`).
    static let signWords: [Unicode.Scalar: String] = [
        "-": "negative", "\u{2212}": "negative", "+": "plus",
    ]

    private static func word(for scalar: Unicode.Scalar) -> String {
        if let name = names[scalar] { return name }
        // Anything else is named by its code point: stable, unique, and still an identifier.
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static let names: [Unicode.Scalar: String] = [
        "!": "exclamation", "\"": "quote", "#": "hash", "$": "dollar", "%": "percent",
        "&": "ampersand", "'": "apostrophe", "(": "leftParen", ")": "rightParen",
        "*": "asterisk", "+": "plus", ",": "comma", "-": "minus", ".": "dot", "/": "slash",
        ":": "colon", ";": "semicolon", "<": "lessThan", "=": "equals", ">": "greaterThan",
        "?": "question", "@": "at", "[": "leftBracket", "\\": "backslash", "]": "rightBracket",
        "^": "caret", "_": "underscore", "`": "backtick", "{": "leftBrace", "|": "pipe",
        "}": "rightBrace", "~": "tilde",
    ]
}
