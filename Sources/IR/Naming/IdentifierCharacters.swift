/// Which Unicode scalars Swift accepts in identifiers, per the "Identifiers" section of
/// The Swift Programming Language (Lexical Structure).
///
/// Written out rather than approximated with `Character.isLetter`, because the compiler checks
/// these ranges, not Unicode letter categories (it rejects a letter-like `·` at the start and
/// accepts `²`), and a generated file that does not compile is the worst outcome of naming.
enum IdentifierCharacters {
    /// A scalar that may start an identifier.
    static func isHead(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
        }
        return headRanges.contains { $0.contains(value) }
    }

    /// A scalar that may appear after the first one.
    static func isContinuation(_ scalar: Unicode.Scalar) -> Bool {
        if isHead(scalar) || ("0"..."9").contains(scalar) { return true }
        return continuationOnlyRanges.contains { $0.contains(scalar.value) }
    }

    /// A scalar that belongs to a word of a name: allowed by Swift *and* a letter, digit or mark.
    /// The second condition drops what Swift tolerates but no reader wants in an API, such as
    /// zero-width spaces, bidirectional controls or `·`, so those separate words instead.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        guard isContinuation(scalar) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    static func isValidIdentifier(_ identifier: String) -> Bool {
        if let ascii = UTF8Bytes.with(identifier, isValidASCIIIdentifier) { return ascii }
        let scalars = identifier.unicodeScalars
        guard let first = scalars.first, identifier != "_", isHead(first) else { return false }
        return scalars.dropFirst().allSatisfy(isContinuation)
    }

    /// The answer for ASCII text, or nil when `bytes` hold anything else. Nearly every identifier
    /// checked is ASCII, and testing bytes against ranges here is a fraction of the scalar walk
    /// (which was 3% of generating a big SDK, for emitters that check every name they write).
    private static func isValidASCIIIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var isFirst = true
        var isLoneUnderscore = true
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isLetter || byte == UInt8(ascii: "_") || (isDigit && !isFirst) else { return false }
            if !isFirst || byte != UInt8(ascii: "_") { isLoneUnderscore = false }
            isFirst = false
        }
        return !isFirst && !isLoneUnderscore
    }

    private static let headRanges: [ClosedRange<UInt32>] = [
        0x00A8...0x00A8, 0x00AA...0x00AA, 0x00AD...0x00AD, 0x00AF...0x00AF,
        0x00B2...0x00B5, 0x00B7...0x00BA, 0x00BC...0x00BE, 0x00C0...0x00D6,
        0x00D8...0x00F6, 0x00F8...0x00FF, 0x0100...0x02FF, 0x0370...0x167F,
        0x1681...0x180D, 0x180F...0x1DBF, 0x1E00...0x1FFF, 0x200B...0x200D,
        0x202A...0x202E, 0x203F...0x2040, 0x2054...0x2054, 0x2060...0x206F,
        0x2070...0x20CF, 0x2100...0x218F, 0x2460...0x24FF, 0x2776...0x2793,
        0x2C00...0x2DFF, 0x2E80...0x2FFF, 0x3004...0x3007, 0x3021...0x302F,
        0x3031...0x303F, 0x3040...0xD7FF, 0xF900...0xFD3D, 0xFD40...0xFDCF,
        0xFDF0...0xFE1F, 0xFE30...0xFE44, 0xFE47...0xFFFD,
        0x10000...0x1FFFD, 0x20000...0x2FFFD, 0x30000...0x3FFFD, 0x40000...0x4FFFD,
        0x50000...0x5FFFD, 0x60000...0x6FFFD, 0x70000...0x7FFFD, 0x80000...0x8FFFD,
        0x90000...0x9FFFD, 0xA0000...0xAFFFD, 0xB0000...0xBFFFD, 0xC0000...0xCFFFD,
        0xD0000...0xDFFFD, 0xE0000...0xEFFFD,
    ]

    /// Combining marks: allowed inside an identifier but not at its start.
    private static let continuationOnlyRanges: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F,
    ]
}
