import Foundation

// MARK: - ECMA-262 patterns for ICU

/// A JSON Schema `pattern`, an ECMA-262 regular expression read as with the `u` flag, rewritten
/// for ICU (`NSRegularExpression`) so that it means what ECMA-262 says.
///
/// The two syntaxes look alike but differ in meaning: ICU's `$` also matches before a final line
/// terminator (so `^[0-9]+$` would accept `"10\n"`), its `.` excludes more line terminators, its
/// `\d`, `\w`, `\s` and `\b` are Unicode-wide, `\v` is a class, and `[` `&&` `--` `[:alpha:]` mean
/// set operations inside a class. The rewrite walks the pattern once, aware of classes and escapes,
/// and writes each of those constructs explicitly: `$` as `\z`, `.` and the class escapes as the
/// sets ECMA-262 defines, every punctuation character in a class as `\x{…}`.
///
/// What ECMA-262 rejects (an identity escape such as `\a`, a lone `{`, a possessive quantifier, an
/// inline flag) is listed in `problems`, with its position, and translated as the nearest literal
/// reading; the generator turns each problem into a warning.
public struct ECMAScriptPattern: Sendable, Hashable {
    /// The pattern as written in the schema.
    public let source: String
    /// The equivalent ICU pattern.
    public let icuPattern: String
    /// Where ECMA-262 rejects the pattern or ICU cannot express it the same way; empty when the
    /// translation is exact.
    public let problems: [Problem]

    /// Something in a pattern that ECMA-262 (with the `u` flag) rejects or ICU reads differently.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The position in the pattern, counted in Unicode scalars from 0.
        public let offset: Int
        /// What is wrong, for a person to read.
        public let message: String

        /// `at character 4: …`, counting from 1 as editors do.
        public var description: String { "at character \(offset + 1): \(message)" }
    }

    /// Translates `source`.
    public init(_ source: String) {
        var translator = Translator(Array(source.unicodeScalars))
        translator.run()
        self.source = source
        icuPattern = translator.output
        problems = translator.problems
    }
}

extension ECMAScriptPattern {
    /// ECMA-262's sets, as ICU class bodies: `\d` and `\w` are ASCII with the `u` flag (and without
    /// `i`), `\s` is WhiteSpace plus LineTerminator, and `.` excludes only the four line terminators.
    enum Sets {
        static let digit = "0-9"
        static let word = "A-Za-z0-9_"
        static let space = "\\x{09}-\\x{0D}\\x{20}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"
        static let lineTerminators = "\\x{0A}\\x{0D}\\x{2028}\\x{2029}"
        static let dot = "[^" + lineTerminators + "]"
        static let wordBoundary = "(?:(?<=[\(word)])(?![\(word)])|(?<![\(word)])(?=[\(word)]))"
        static let notWordBoundary = "(?:(?<=[\(word)])(?=[\(word)])|(?<![\(word)])(?![\(word)]))"
    }

    /// One pass over the pattern's scalars, writing ICU text and noting problems.
    struct Translator {
        let scalars: [Unicode.Scalar]
        var index = 0
        var output = ""
        var problems: [Problem] = []
        /// Capturing groups in the whole pattern, for checking back references.
        let groupCount: Int

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            groupCount = Self.countGroups(scalars)
        }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        func peek(_ offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        mutating func problem(_ message: String, at offset: Int? = nil) {
            problems.append(Problem(offset: offset ?? index, message: message))
        }

        mutating func run() {
            var canRepeat = false
            while let scalar = current {
                let start = index
                switch scalar {
                case "\\":
                    canRepeat = escape()
                    continue
                case "[":
                    characterClass()
                    canRepeat = true
                    continue
                case ".":
                    output += Sets.dot
                    canRepeat = true
                case "$":
                    // ICU's `$` also matches before a final line terminator; ECMA-262's only at the end.
                    output += "\\z"
                    canRepeat = false
                case "^":
                    // Without the multiline flag, ICU's `^` is the start of the input, as in ECMA-262.
                    output += "^"
                    canRepeat = false
                case "(":
                    group()
                    canRepeat = false
                    continue
                case ")":
                    output += ")"
                    canRepeat = true
                case "|":
                    output += "|"
                    canRepeat = false
                case "*", "+", "?", "{":
                    if scalar == "{", !isQuantifierBrace() {
                        problem("a '{' that does not start a quantifier is not allowed with the u flag")
                        output += "\\{"
                        canRepeat = true
                        break
                    }
                    if !canRepeat { problem("nothing to repeat before '\(scalar)'") }
                    quantifier()
                    canRepeat = false
                    continue
                case "}", "]":
                    problem("a lone '\(scalar)' is not allowed with the u flag")
                    output += "\\" + String(scalar)
                    canRepeat = true
                default:
                    output.unicodeScalars.append(scalar)
                    canRepeat = true
                }
                if index == start { index += 1 }
            }
        }

        /// `*`, `+`, `?` or `{n,m}`, then an optional `?` (lazy). What ICU reads as possessive
        /// (`a++`) is a repeated quantifier to ECMA-262.
        mutating func quantifier() {
            if current == "{" {
                while let scalar = current {
                    output.unicodeScalars.append(scalar)
                    index += 1
                    if scalar == "}" { break }
                }
            } else if let scalar = current {
                output.unicodeScalars.append(scalar)
                index += 1
            }
            if current == "?" {
                output += "?"
                index += 1
            }
            if let next = current, next == "*" || next == "+" || next == "?" || (next == "{" && isQuantifierBrace()) {
                problem("nothing to repeat before '\(next)' (ICU would read a possessive quantifier)")
                // Skip it: the nearest reading that ICU and ECMA-262 share is the quantifier before it.
                if next == "{" {
                    while let scalar = current, scalar != "}" { index += 1 }
                }
                index += 1
            }
        }

        /// Whether `{` at the current position starts `{n}`, `{n,}` or `{n,m}`.
        func isQuantifierBrace() -> Bool {
            var offset = 1
            var digits = 0
            while let scalar = peek(offset), ("0"..."9").contains(scalar) { digits += 1; offset += 1 }
            guard digits > 0 else { return false }
            if peek(offset) == "}" { return true }
            guard peek(offset) == "," else { return false }
            offset += 1
            while let scalar = peek(offset), ("0"..."9").contains(scalar) { offset += 1 }
            return peek(offset) == "}"
        }

        /// `(`, `(?:`, lookarounds and named groups, which ICU writes the same way; other `(?`
        /// forms (inline flags, atomic groups, comments) are not ECMA-262.
        mutating func group() {
            index += 1
            guard current == "?" else {
                output += "("
                return
            }
            let next = peek(1)
            let afterNext = peek(2)
            if next == ":" || next == "=" || next == "!" {
                output += "(?" + String(next ?? ":")
                index += 2
            } else if next == "<", afterNext == "=" || afterNext == "!" {
                output += "(?<" + String(afterNext ?? "=")
                index += 3
            } else if next == "<" {
                output += "(?<"
                index += 2
                while let scalar = current, scalar != ">" {
                    output.unicodeScalars.append(scalar)
                    index += 1
                }
                if current == ">" {
                    output += ">"
                    index += 1
                } else {
                    problem("an unterminated group name")
                }
            } else {
                problem("'(?\(next.map(String.init) ?? "")' is not ECMA-262 syntax")
                output += "(?:"
                index += 2
            }
        }

        /// An escape outside a class; returns whether a quantifier may follow it.
        mutating func escape() -> Bool {
            let start = index
            index += 1
            guard let scalar = current else {
                problem("the pattern ends with a lone '\\'", at: start)
                output += "\\\\"
                return false
            }
            index += 1
            switch scalar {
            case "d": output += "[" + Sets.digit + "]"
            case "D": output += "[^" + Sets.digit + "]"
            case "w": output += "[" + Sets.word + "]"
            case "W": output += "[^" + Sets.word + "]"
            case "s": output += "[" + Sets.space + "]"
            case "S": output += "[^" + Sets.space + "]"
            case "b":
                output += Sets.wordBoundary
                return false
            case "B":
                output += Sets.notWordBoundary
                return false
            case "1"..."9":
                var number = Int(scalar.value - 48)
                while let digit = current, ("0"..."9").contains(digit) {
                    number = number * 10 + Int(digit.value - 48)
                    index += 1
                }
                if number > groupCount { problem("a back reference to group \(number), which does not exist", at: start) }
                // The group in parentheses keeps ICU from reading following digits into the number.
                output += "(?:\\\(number))"
            case "k":
                guard current == "<" else {
                    problem("'\\k' must be followed by a group name", at: start)
                    output += "k"
                    return true
                }
                output += "\\k"
                while let name = current {
                    output.unicodeScalars.append(name)
                    index += 1
                    if name == ">" { break }
                }
            default:
                index -= 1
                guard let literal = characterEscape(start: start) else {
                    // \p and \P: a set, written as it is.
                    return true
                }
                output += Self.hex(literal)
            }
            return true
        }

        /// The character an escape such as `\n`, `\x41`, `\u{1F600}` or `\.` stands for, with the
        /// index on the escaped letter; nil after writing a `\p{…}` property out. Shared by escapes
        /// inside and outside classes.
        mutating func characterEscape(start: Int, inClass: Bool = false) -> Unicode.Scalar? {
            guard let scalar = current else { return "\\" }
            index += 1
            switch scalar {
            case "t": return "\u{09}"
            case "n": return "\u{0A}"
            case "v": return "\u{0B}"
            case "f": return "\u{0C}"
            case "r": return "\u{0D}"
            case "0":
                if let next = current, ("0"..."9").contains(next) {
                    problem("octal escapes are not allowed with the u flag", at: start)
                }
                return "\u{0}"
            case "c":
                if let letter = current, ("a"..."z").contains(letter) || ("A"..."Z").contains(letter) {
                    index += 1
                    return Unicode.Scalar(letter.value % 32)
                }
                problem("'\\c' must be followed by a letter", at: start)
                return "c"
            case "x":
                if let value = hexDigits(count: 2) { return Unicode.Scalar(value) }
                problem("'\\x' must be followed by two hexadecimal digits", at: start)
                return "x"
            case "u":
                return unicodeEscape(start: start)
            case "p", "P":
                property(negated: scalar == "P", start: start)
                return nil
            case "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/":
                return scalar
            case "-" where inClass:
                return scalar
            default:
                problem("'\\\(scalar)' is not an escape ECMA-262 allows with the u flag", at: start)
                return scalar
            }
        }

        /// `\uXXXX` (a surrogate pair of them is one character, as with the u flag) or `\u{X…}`.
        mutating func unicodeEscape(start: Int) -> Unicode.Scalar {
            if current == "{" {
                index += 1
                var value: UInt32 = 0
                var digits = 0
                while let scalar = current, let digit = Self.hexValue(scalar) {
                    value = value > 0x10FFFF ? value : value * 16 + digit
                    digits += 1
                    index += 1
                }
                if digits > 0, current == "}", let result = Unicode.Scalar(value) {
                    index += 1
                    return result
                }
                problem("'\\u{…}' must hold the hexadecimal number of a Unicode code point", at: start)
                return "u"
            }
            guard let value = hexDigits(count: 4) else {
                problem("'\\u' must be followed by four hexadecimal digits or {…}", at: start)
                return "u"
            }
            if (0xD800...0xDBFF).contains(value), current == "\\", peek(1) == "u" {
                let saved = index
                index += 2
                if let low = hexDigits(count: 4), (0xDC00...0xDFFF).contains(low),
                   let combined = Unicode.Scalar(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)) {
                    return combined
                }
                index = saved
            }
            if let result = Unicode.Scalar(value) { return result }
            problem("a lone surrogate '\\u\(String(value, radix: 16, uppercase: true))' matches nothing in a JSON string", at: start)
            return "\u{FFFD}"
        }

        /// `\p{Name}`, `\p{Name=Value}`: ICU knows the same names; the braces and the characters of the
        /// name are checked here.
        mutating func property(negated: Bool, start: Int) {
            guard current == "{" else {
                problem("'\\p' must be followed by {…}", at: start)
                output += negated ? "P" : "p"
                return
            }
            var name = ""
            index += 1
            while let scalar = current, scalar != "}" {
                name.unicodeScalars.append(scalar)
                index += 1
            }
            if current != "}" || !Self.isPropertyExpression(name) {
                problem("'\\\(negated ? "P" : "p"){\(name)' is not a Unicode property ECMA-262 knows", at: start)
            }
            if current == "}" { index += 1 }
            output += (negated ? "\\P{" : "\\p{") + name + "}"
        }

        /// ECMA-262 matches property names and values exactly, where ICU also accepts loose
        /// spellings (`\p{letter}`): names are `General_Category`, `Script`, `Script_Extensions` or
        /// their short forms, and every value and binary property begins with a capital letter.
        static func isPropertyExpression(_ text: String) -> Bool {
            let parts = text.split(separator: "=", omittingEmptySubsequences: false)
            guard let value = parts.last, parts.count <= 2 else { return false }
            if parts.count == 2, !["General_Category", "gc", "Script", "sc", "Script_Extensions", "scx"].contains(String(parts[0])) {
                return false
            }
            guard let first = value.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
            return value.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
            }
        }

        mutating func hexDigits(count: Int) -> UInt32? {
            var value: UInt32 = 0
            for offset in 0..<count {
                guard let scalar = peek(offset), let digit = Self.hexValue(scalar) else { return nil }
                value = value * 16 + digit
            }
            index += count
            return value
        }

        static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
            switch scalar {
            case "0"..."9": scalar.value - 48
            case "a"..."f": scalar.value - 87
            case "A"..."F": scalar.value - 55
            default: nil
            }
        }

        /// `\x{…}`: one way to write any character that no ICU syntax can misread.
        static func hex(_ scalar: Unicode.Scalar) -> String {
            "\\x{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }

        /// Capturing groups: `(` outside a class, not escaped, not `(?…` unless a named group.
        static func countGroups(_ scalars: [Unicode.Scalar]) -> Int {
            var count = 0
            var index = 0
            var inClass = false
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\\" {
                    index += 2
                    continue
                }
                if inClass {
                    if scalar == "]" { inClass = false }
                } else if scalar == "[" {
                    inClass = true
                } else if scalar == "(" {
                    let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                    let third = index + 2 < scalars.count ? scalars[index + 2] : nil
                    let fourth = index + 3 < scalars.count ? scalars[index + 3] : nil
                    if next != "?" || (third == "<" && fourth != "=" && fourth != "!") { count += 1 }
                }
                index += 1
            }
            return count
        }
    }
}
