import Foundation

// MARK: - Character classes

extension ECMAScriptPattern.Translator {
    /// One member of a class: a character (which may start or end a range), or a set such as `\d`
    /// or `\p{L}`, already written as ICU text.
    enum ClassAtom {
        case character(Unicode.Scalar)
        case set(String)
    }

    /// `[…]` or `[^…]`. Inside an ICU class `[`, `&&`, `--`, `$`, `{` and `[:alpha:]` are syntax,
    /// while in ECMA-262 (without the v flag) they are plain characters, so every character other
    /// than a letter or digit is written as `\x{…}`; class escapes become nested sets, which ICU
    /// unites with the rest.
    mutating func characterClass() {
        let start = index
        index += 1
        var negated = false
        if current == "^" {
            negated = true
            index += 1
        }
        if current == "]" {
            index += 1
            // `[]` matches nothing and `[^]` any character; ICU has no empty class.
            output += negated ? "[\\x{0}-\\x{10FFFF}]" : "(?!)"
            return
        }
        var body = ""
        var closed = false
        while let scalar = current {
            if scalar == "]" {
                index += 1
                closed = true
                break
            }
            let atomStart = index
            let first = classAtom()
            guard current == "-", let afterDash = peek(1), afterDash != "]" else {
                body += Self.text(first)
                continue
            }
            index += 1
            let second = classAtom()
            switch (first, second) {
            case (.character(let low), .character(let high)):
                if low.value > high.value {
                    problem("the range \(Self.hex(low))-\(Self.hex(high)) is out of order", at: atomStart)
                    body += Self.hex(low) + Self.hex(high)
                } else {
                    body += Self.hex(low) + "-" + Self.hex(high)
                }
            default:
                problem("a class escape cannot bound a range with the u flag", at: atomStart)
                body += Self.text(first) + "\\x{2D}" + Self.text(second)
            }
        }
        if !closed { problem("the class opened here is never closed", at: start) }
        output += (negated ? "[^" : "[") + body + "]"
    }

    private static func text(_ atom: ClassAtom) -> String {
        switch atom {
        case .character(let scalar):
            let isPlain = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            return isPlain ? String(scalar) : hex(scalar)
        case .set(let set):
            return set
        }
    }

    private mutating func classAtom() -> ClassAtom {
        guard let scalar = current else { return .set("") }
        guard scalar == "\\" else {
            index += 1
            return .character(scalar)
        }
        let start = index
        index += 1
        switch current {
        case "d"?: index += 1; return .set("[" + ECMAScriptPattern.Sets.digit + "]")
        case "D"?: index += 1; return .set("[^" + ECMAScriptPattern.Sets.digit + "]")
        case "w"?: index += 1; return .set("[" + ECMAScriptPattern.Sets.word + "]")
        case "W"?: index += 1; return .set("[^" + ECMAScriptPattern.Sets.word + "]")
        case "s"?: index += 1; return .set("[" + ECMAScriptPattern.Sets.space + "]")
        case "S"?: index += 1; return .set("[^" + ECMAScriptPattern.Sets.space + "]")
        case "b"?:
            // In a class, `\b` is the backspace character.
            index += 1
            return .character("\u{08}")
        case let digit? where ("1"..."9").contains(digit):
            problem("'\\\(digit)' in a class is not allowed with the u flag", at: start)
            index += 1
            return .character(digit)
        default:
            // \p{…} writes itself into `output`; catch it and return it as a set instead.
            let saved = output
            output = ""
            let literal = characterEscape(start: start, inClass: true)
            let written = output
            output = saved
            return literal.map(ClassAtom.character) ?? .set(written)
        }
    }
}
