import Diagnostics

/// Locations and wording for libyaml's reader errors (bad encoding, forbidden characters).
///
/// Those errors carry only a byte offset into the raw input and the offending value, so the
/// line and column are counted here the way libyaml counts its own marks: one column per
/// character, CR, LF and CRLF (and NEL, LS, PS) each end a line, and a byte order mark takes
/// no column. That keeps them consistent with every other location the reader reports.
enum YAMLReaderErrorPosition {
    /// The line and column of the character at byte `offset` of `input` (UTF-8, or UTF-16 with a byte order mark).
    static func location(ofByteOffset offset: Int, in input: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        let end = max(0, min(offset, input.count))
        let text: String
        if input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF]) {
            let littleEndian = input[0] == 0xFF
            let units = stride(from: 2, to: end - 1, by: 2).map { index in
                let (low, high) = littleEndian ? (input[index], input[index + 1]) : (input[index + 1], input[index])
                return UInt16(high) << 8 | UInt16(low)
            }
            text = String(decoding: units, as: UTF16.self)
        } else {
            let start = input.starts(with: [0xEF, 0xBB, 0xBF]) ? min(3, end) : 0
            text = String(decoding: input[start..<end], as: UTF8.self)
        }
        var line = 1
        var column = 1
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where previous == "\r":
                break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                line += 1
                column = 1
            default:
                column += 1
            }
            previous = scalar
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The offending value for the message: libyaml reports a raw byte for malformed UTF-8
    /// ("invalid leading UTF-8 octet") and a code point for everything else
    /// ("control characters are not allowed"), so the two are shown as `byte 0xFF` and `U+FFFE`.
    static func describe(problemValue value: Int32, problem: String) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        if problem.hasSuffix("octet") {
            return "byte 0x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
        }
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
