import Foundation
import IR

/// The one place where text from a spec becomes Swift source: every identifier, literal and comment
/// the generator writes from spec text is made here.
public enum SwiftText {
    // MARK: Identifiers

    /// A name from the naming rules (`SwiftName`), escaped for `position` (`class` → `` `class` ``,
    /// `self` → `self_`). A name that is not an identifier (which the naming rules never produce) is
    /// renamed through them again rather than written as it is.
    public static func identifier(_ name: String, as position: SwiftName.Position = .member) -> SwiftCode {
        let valid = SwiftName.isValidIdentifier(name) ? name : (position == .type ? SwiftName.type(name) : SwiftName.property(name))
        return SwiftCode(escaped: SwiftName.escapedIfReserved(valid, as: position))
    }

    /// A type reference from the IR: generated types are paths of names from the naming rules,
    /// built-in ones are Swift's or the user's configured types.
    public static func type(_ reference: IRTypeReference) -> SwiftCode {
        switch reference {
        case .builtin(let name): SwiftCode(escaped: name)
        case .generated(let path) where path.count == 1: identifier(path[0], as: .type)
        case .generated(let path): SwiftCode.joined(path.map { identifier($0, as: .type) }, separator: ".")
        case .array(let element): "[\(type(element))]"
        case .dictionary(let value): "[String: \(type(value))]"
        case .optional(let wrapped): if case .optional = wrapped { type(wrapped) } else { "\(type(wrapped))?" }
        }
    }

    /// A dotted path of type names (`Binding.DataSource`).
    public static func typePath(_ path: String) -> SwiftCode {
        // Most paths are one name: no splitting and joining for them.
        guard path.utf8.contains(UInt8(ascii: ".")) else { return identifier(path, as: .type) }
        return SwiftCode.joined(path.split(separator: ".", omittingEmptySubsequences: false).map { identifier(String($0), as: .type) }, separator: ".")
    }

    // MARK: Literals

    /// A string literal that reads back as `text`: quotes, backslashes (so `\(` cannot start an
    /// interpolation), control characters, line and paragraph separators and the invisible
    /// bidirectional controls are written as escapes.
    public static func stringLiteral(_ text: String) -> SwiftCode {
        if isPlain(text, orQuote: true) { return SwiftCode(escaped: "\"" + text + "\"") }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            case _ where needsEscape(scalar): result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return SwiftCode(escaped: result + "\"")
    }

    /// The `#`s of a raw string holding `lines`: one more than the longest run of them, so that
    /// neither `"#` nor `\#` inside can end the string or start an escape.
    public static func rawStringDelimiter(for lines: [String]) -> SwiftCode {
        // On UTF-8 bytes: `#` is ASCII, so its byte never occurs inside another scalar.
        var longest = 0
        for line in lines {
            UTF8Bytes.with(line) { bytes in
                var run = 0
                for byte in bytes {
                    run = byte == UInt8(ascii: "#") ? run + 1 : 0
                    longest = max(longest, run)
                }
            }
        }
        return SwiftCode(escaped: String(repeating: "#", count: longest + 1))
    }

    /// One line of a raw string delimited by `delimiter`: backslashes stay as they are (they are
    /// not escapes there); characters a source line cannot hold become raw escapes (`\#u{2028}`).
    public static func rawStringContent(_ line: String, delimiter: SwiftCode) -> SwiftCode {
        if isPlain(line, orQuote: false) { return SwiftCode(escaped: line) }
        var result = ""
        for scalar in line.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\0" || needsEscape(scalar) {
                result += "\\\(delimiter.text)u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return SwiftCode(escaped: result)
    }

    /// An integer literal from a YAML integer's text (`42`, `-1`, `+5`, `0x1F`, `0o17`), or nil
    /// when the text is not one. Swift reads all of these forms except an explicit `+`.
    public static func integerLiteral(_ text: String) -> SwiftCode? {
        let body = text.hasPrefix("+") ? String(text.dropFirst()) : text
        let digits = body.hasPrefix("-") ? body.dropFirst() : Substring(body)
        let valid: Bool
        if digits.hasPrefix("0x") {
            valid = digits.count > 2 && digits.dropFirst(2).allSatisfy(\.isHexDigit)
        } else if digits.hasPrefix("0o") {
            valid = digits.count > 2 && digits.dropFirst(2).allSatisfy { ("0"..."7").contains($0) }
        } else {
            valid = !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
        }
        return valid ? SwiftCode(escaped: body) : nil
    }

    /// A floating-point literal from a JSON number's text, or nil when it is not a finite number.
    public static func numberLiteral(json text: String) -> SwiftCode? {
        let allowed = Set("0123456789+-.eE")
        guard !text.isEmpty, text.allSatisfy({ allowed.contains($0) }), let value = Double(text), value.isFinite else { return nil }
        return SwiftCode(escaped: text)
    }

    /// The literal for a `const` value given as JSON text, when `type` is a standard type that can
    /// be written as one (`String`, `Bool`, the integer and floating-point types); nil otherwise.
    public static func constantLiteral(json: String, as type: IRTypeReference) -> SwiftCode? {
        guard case .builtin(let name) = type else { return nil }
        switch name {
        case "String":
            guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String else { return nil }
            return stringLiteral(value)
        case "Bool":
            return json == "true" || json == "false" ? SwiftCode(escaped: json) : nil
        case "Int", "Int32", "Int64":
            return Int64(json).map { SwiftCode(escaped: String($0)) }
        case "Double", "Float":
            // JSON numbers (`2`, `-0.5`, `1e3`) are Swift literals as they are.
            return numberLiteral(json: json)
        default:
            return nil
        }
    }

    /// A Boolean literal.
    public static func boolLiteral(_ value: Bool) -> SwiftCode {
        value ? "true" : "false"
    }

    // MARK: Comments

    /// Doc-comment lines (the text after `/// `) from `lines` of spec text: every line break a spec
    /// may hold (`\r\n`, `\r`, `\n`, U+2028, …) starts a new comment line, because a break inside a
    /// `///` line would end the comment and leave the rest as code; other characters a source line
    /// cannot hold are written out (`\u{0}`); trailing whitespace is trimmed.
    public static func documentation(_ lines: [String]) -> [SwiftCode] {
        var result: [SwiftCode] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            // Printable ASCII holds no line break: most lines need no splitting and no rewriting.
            if isPlain(line, orQuote: false), line.utf8.last.map({ $0 != 0x20 }) ?? true {
                result.append(SwiftCode(escaped: line))
            } else {
                result += IRDocumentation.splitAtLineBreaks(Substring(line)).map(commentLine)
            }
        }
        return result
    }

    /// The text of a one-line comment (`// …`): line breaks become spaces, other characters a source
    /// line cannot hold are written out.
    public static func comment(_ text: String) -> SwiftCode {
        // Printable ASCII holds no line break: nothing to replace, character by character.
        if isPlain(text, orQuote: false) { return commentLine(Substring(text)) }
        return commentLine(Substring(String(text.map { lineBreaks.contains($0) ? " " : $0 })))
    }

    private static func commentLine(_ line: Substring) -> SwiftCode {
        if isPlain(line, orQuote: false), line.last.map({ !$0.isWhitespace }) ?? true { return SwiftCode(escaped: String(line)) }
        var result = ""
        for scalar in line.unicodeScalars {
            if scalar == "\t" {
                result += " "
            } else if scalar.value < 0x20 || needsEscape(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return SwiftCode(escaped: result)
    }

    // MARK: Characters

    private static let lineBreaks = IRDocumentation.lineBreaks

    /// Whether `text` is printable ASCII, without `"` and `\` when `orQuote` is set: the common case,
    /// which needs no character-by-character rewriting (that was a tenth of generating a big SDK).
    /// A flag rather than a list of bytes, which cost a search of that list for every byte.
    private static func isPlain(_ text: some StringProtocol, orQuote: Bool) -> Bool {
        UTF8Bytes.with(text) { isPlain($0, orQuote: orQuote) }
    }

    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, orQuote: Bool) -> Bool {
        if orQuote {
            return bytes.allSatisfy { byte in byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C }
        }
        return bytes.allSatisfy { byte in byte >= 0x20 && byte < 0x7F }
    }

    /// Characters kept out of source lines as they are: C0 and C1 controls and DEL (the compiler
    /// rejects or misreads them), line and paragraph separators (editors break lines there), and
    /// the invisible bidirectional controls that make source read differently from how it compiles.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0xFEFF: true
        default: false
        }
    }
}
