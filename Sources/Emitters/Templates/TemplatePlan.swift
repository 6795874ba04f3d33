/// A default template parsed once into the steps that render it, each tag resolved to a
/// `TemplateKey`, so rendering reads contexts through their value tables with no string lookups,
/// dynamic casts or re-parsing of names (which made swift-mustache most of generation time).
///
/// Plans render exactly what swift-mustache renders for the same template: the parser follows
/// swift-mustache's (text, standalone lines, whitespace before tags) for the part of Mustache the
/// default templates use, and declines anything else (set delimiters, inheritance, transforms,
/// dotted names, indented standalone partials, names no context offers), in which case the whole
/// template set renders through swift-mustache. Templates a user overrides always do (see `TemplateSet`).
struct TemplatePlan: Sendable {
    enum Step: Sendable {
        /// UTF-8, as the renderer writes it.
        case text([UInt8])
        /// `{{.}}`
        case current
        case variable(TemplateKey)
        case section(TemplateKey, [Step])
        case invertedSection(TemplateKey, [Step])
        case partial(String)
    }

    let steps: [Step]

    /// Plans for all of `sources` (template name → text, without the content-type pragma that
    /// `TemplateSet` puts first), or nil when any of them uses what plans do not support.
    static func compile(_ sources: [String: String]) -> [String: TemplatePlan]? {
        var plans: [String: TemplatePlan] = [:]
        for (name, source) in sources {
            guard let plan = compile(source) else { return nil }
            plans[name] = plan
        }
        return plans
    }

    /// The plan for `source` as `TemplateSet` registers it (after `{{% CONTENT_TYPE: TEXT}}`, which
    /// changes how the first line parses), or nil when it uses what plans do not support.
    static func compile(_ source: String) -> TemplatePlan? {
        var parser = TemplatePlanParser(TemplateSet.contentTypePragma + source)
        guard let steps = try? parser.parse(.init(sectionName: nil, newLine: true)) else { return nil }
        return TemplatePlan(steps: steps)
    }
}

/// swift-mustache's template parser (Template+Parser.swift), step for step, for the tags plans support.
struct TemplatePlanParser {
    struct Unsupported: Error {}

    struct State {
        var sectionName: String?
        /// At the start of a line: a tag here may be standalone.
        var newLine: Bool
    }

    private let characters: [Character]
    private var position = 0

    init(_ source: String) {
        characters = Array(source)
    }

    private var atEnd: Bool { position == characters.count }
    /// swift-mustache's `current()`: NUL at the end.
    private var current: Character { atEnd ? "\0" : characters[position] }

    mutating func parse(_ initial: State) throws(Unsupported) -> [TemplatePlan.Step] {
        var steps: [TemplatePlan.Step] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !atEnd {
            if state.newLine {
                whiteSpaceBefore = read { $0 == " " || $0 == "\t" }
            }
            let text = readUntilTagOrNewline()
            if current.isNewline {
                steps.append(Self.text(whiteSpaceBefore + text + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                steps.append(Self.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try parseName()
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    steps.append(Self.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                var inner = state
                inner.sectionName = name
                if !setNewLine { inner.newLine = false }
                let body = try parse(inner)
                let key = try Self.key(name)
                steps.append(inverted ? .invertedSection(key, body) : .section(key, body))
            case "/":
                position += 1
                let name = try parseName()
                guard name == state.sectionName else { throw Unsupported() }
                if !isStandalone(state), !whiteSpaceBefore.isEmpty {
                    steps.append(Self.text(whiteSpaceBefore))
                }
                return steps
            case "!":
                position += 1
                try skipComment()
                setNewLine = isStandalone(state)
            case "{", "&":
                if !whiteSpaceBefore.isEmpty {
                    steps.append(Self.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let triple = current == "{"
                position += 1
                let name = try parseName()
                if triple {
                    guard current == "}" else { throw Unsupported() }
                    position += 1
                }
                steps.append(try Self.variable(name))
            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                guard current != "*" else { throw Unsupported() }
                let name = try parsePartialName()
                if !whiteSpaceBefore.isEmpty {
                    steps.append(Self.text(whiteSpaceBefore))
                }
                if isStandalone(state) {
                    setNewLine = true
                    // swift-mustache indents such a partial's later lines; plans do not.
                    guard whiteSpaceBefore.isEmpty else { throw Unsupported() }
                }
                steps.append(.partial(name))
                whiteSpaceBefore = ""
            case "%":
                position += 1
                try parseTextContentType()
                setNewLine = isStandalone(state)
            default:
                // `<` and `$` (inheritance), `=` (delimiters), and plain variables.
                guard !["<", "$", "="].contains(current) else { throw Unsupported() }
                if !whiteSpaceBefore.isEmpty {
                    steps.append(Self.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                steps.append(try Self.variable(try parseName()))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return steps
    }

    private static func text(_ text: String) -> TemplatePlan.Step {
        .text(Array(text.utf8))
    }

    private static func variable(_ name: String) throws(Unsupported) -> TemplatePlan.Step {
        name == "." ? .current : .variable(try key(name))
    }

    /// Names are plain keys: no transforms (`f(x)`), no dotted paths, nothing no context offers.
    private static func key(_ name: String) throws(Unsupported) -> TemplateKey {
        guard let key = TemplateKey(rawValue: name) else { throw Unsupported() }
        return key
    }

    /// Text up to a newline (left unread) or up to and including `{{`.
    private mutating func readUntilTagOrNewline() -> String {
        var text = ""
        while !atEnd {
            let character = characters[position]
            if character == "\n" || character == "\r\n" { break }
            if character == "{" {
                if position + 1 < characters.count, characters[position + 1] == "{" {
                    position += 2
                    break
                }
            }
            text.append(character)
            position += 1
        }
        return text
    }

    private mutating func read(while predicate: (Character) -> Bool) -> String {
        var text = ""
        while !atEnd, predicate(characters[position]) {
            text.append(characters[position])
            position += 1
        }
        return text
    }

    private mutating func readClosingDelimiter() throws(Unsupported) {
        guard position + 1 < characters.count, characters[position] == "}", characters[position + 1] == "}" else { throw Unsupported() }
        position += 2
    }

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    private mutating func parseName() throws(Unsupported) -> String {
        _ = read(while: \.isWhitespace)
        let name = read { Self.nameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        try readClosingDelimiter()
        return name
    }

    private mutating func parsePartialName() throws(Unsupported) -> String {
        _ = read(while: \.isWhitespace)
        let name = read { Self.partialNameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        try readClosingDelimiter()
        return name
    }

    private mutating func skipComment() throws(Unsupported) {
        while !atEnd {
            if characters[position] == "}", position + 1 < characters.count, characters[position + 1] == "}" {
                position += 2
                return
            }
            position += 1
        }
        throw Unsupported()
    }

    /// `{{% CONTENT_TYPE: TEXT}}`, the only pragma plans accept: values are written as they are.
    private mutating func parseTextContentType() throws(Unsupported) {
        _ = read(while: \.isWhitespace)
        guard read(while: { Self.nameCharacters.contains($0) && $0 != "(" && $0 != ")" }) == "CONTENT_TYPE" else { throw Unsupported() }
        _ = read(while: \.isWhitespace)
        guard current == ":" else { throw Unsupported() }
        position += 1
        _ = read(while: \.isWhitespace)
        guard read(while: { Self.nameCharacters.contains($0) && $0 != "(" && $0 != ")" }) == "TEXT" else { throw Unsupported() }
        _ = read(while: \.isWhitespace)
        try readClosingDelimiter()
    }

    /// A tag alone on its line (at a line start, only blanks up to the line's end): the line,
    /// its line break included, is not output. Consumes the rest of the line when it is.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var next = position
        while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
        guard next < characters.count, characters[next].isNewline else { return false }
        position = next + 1
        return true
    }
}
