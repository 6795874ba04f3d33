/// Swift's reserved words, split by what a generated identifier has to do about them.
///
/// The sets were checked against the Swift 6 compiler by declaring and using each word as a
/// stored property, a parameter, a method, a `CodingKeys` case, an enum case (also through
/// `.case`, `Type.case`, `switch` patterns and key paths) and a nested type.
enum SwiftKeywords {
    /// Words that are not identifiers without backticks: declaration, statement and expression
    /// keywords, plus `await`, `throws` and `rethrows` which fail as plain parameter names.
    /// Contextual keywords (`get`, `set`, `some`, `any`, `open`, `none`, `async`, …) are plain
    /// identifiers wherever the generator puts names, so they are not escaped.
    static let reserved: Set<String> = [
        // declarations
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "operator", "precedencegroup", "private", "protocol",
        "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        // statements
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "switch", "throw", "where", "while",
        // expressions and types
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true",
        "try", "_",
        // only special after a dot, but escaping them is always accepted
        "Type", "Protocol",
    ]

    /// At a call site Swift accepts every other keyword as a label and warns about backticks.
    static let reservedInArgumentLabels: Set<String> = ["inout", "_"]

    /// Member names that backticks do not rescue: `x.self` is the value itself, `X.Type` and
    /// `X.Protocol` are metatypes. A trailing `_` keeps the spec's word recognisable.
    static let memberRenames: [String: String] = [
        "self": "self_", "Type": "Type_", "Protocol": "Protocol_",
    ]

    /// Type names that cannot be declared usefully even with backticks (`Outer.Type` is a
    /// metatype; a nested `Self` or `Any` would read as the keyword). They get the same suffix
    /// as other clashing type names (``TypeNameClashes``).
    static let typeRenames: Set<String> = ["Type", "Protocol", "Self", "Any"]
}
