import Foundation

/// A spec name cut into words, ready to be joined in one of Swift's two casing styles.
///
/// Keeping the words apart until the end is what lets the same split serve properties, enum
/// cases and types, and lets acronym casing depend on a word's position.
struct NameWords {
    enum Style {
        case lowerCamel
        case upperCamel
    }

    private(set) var words: [String]

    /// Splits at every character that is not part of a Swift identifier word (see
    /// ``IdentifierCharacters/isWordScalar(_:)``). A name without any such character is spelled
    /// out symbol by symbol; a blank name gives no words.
    init(splitting name: String) {
        let normalized = Self.nfc(name)
        var words = Self.split(normalized)
        if words.isEmpty {
            words = SymbolNames.words(spelling: normalized)
        } else if Self.isScreaming(words) {
            // All-caps is a constant-naming convention in the spec's language, not a casing a
            // Swift reader expects, so it is undone word by word (acronyms come back in `joined`).
            words = words.map { $0.lowercased() }
        }
        self.words = words
    }

    /// Like ``init(splitting:)``, but a sign directly in front of a digit is spelled out, because
    /// for values such as `-1` and `1` the sign is the only difference.
    init(enumValue value: String) {
        let scalars = Self.nfc(value).unicodeScalars
            .drop { $0.properties.isWhitespace }
        guard let sign = scalars.first, let signWord = SymbolNames.signWords[sign],
              let next = scalars.dropFirst().first, ("0"..."9").contains(next)
        else {
            self.init(splitting: value)
            return
        }
        self.init(splitting: String(String.UnicodeScalarView(scalars.dropFirst())))
        words.insert(signWord, at: 0)
    }

    /// `text` in Unicode normalization form C. ASCII text already is, and most names are ASCII:
    /// asking Foundation to normalize them was a fifth of building the IR.
    private static func nfc(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
    }

    /// The words joined in `style`, or `emptyName` when there are none.
    func joined(_ style: Style, emptyName: String) -> String {
        guard !words.isEmpty else { return emptyName }
        var result = ""
        for (index, word) in words.enumerated() {
            let shaped: String
            if index == 0 && style == .lowerCamel {
                shaped = Self.loweringLeadingCapitals(word)
            } else if let acronym = Acronyms.uppercased(word) {
                shaped = acronym
            } else {
                shaped = Self.capitalizingFirst(word)
            }
            // Case change is what marks a word boundary in camelCase; between two caseless
            // characters (`1.5`, `名前_テスト`) there is none, so the separator is kept as `_`.
            if let last = result.unicodeScalars.last, let first = shaped.unicodeScalars.first,
               !Self.isCased(last, endingCharacterOf: result), !Self.isCased(first, startingCharacterOf: shaped) {
                result += "_"
            }
            result += shaped
        }
        if let first = result.unicodeScalars.first, !IdentifierCharacters.isHead(first) {
            result = "_" + result
        }
        return result
    }

    /// Each word is a run of word scalars, cut out of `name` in one piece rather than built a
    /// scalar at a time (which was a tenth of building the IR).
    private static func split(_ name: String) -> [String] {
        var words: [String] = []
        let scalars = name.unicodeScalars
        var wordStart: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if IdentifierCharacters.isWordScalar(scalar) {
                // A combining mark whose base character was dropped has nothing to combine with.
                if wordStart == nil && (scalar.isASCII || !IdentifierCharacters.isMark(scalar)) { wordStart = index }
            } else if let start = wordStart {
                words.append(String(scalars[start..<index]))
                wordStart = nil
            }
            scalars.formIndex(after: &index)
        }
        if let start = wordStart { words.append(String(scalars[start...])) }
        return words
    }

    /// `text.last.isCased`, without finding the last `Character` when it is ASCII after ASCII
    /// (`scalar` is the last scalar): such a scalar is a character of its own, as words hold no
    /// line breaks.
    private static func isCased(_ scalar: Unicode.Scalar, endingCharacterOf text: String) -> Bool {
        let bytes = text.utf8
        guard scalar.isASCII, bytes.count == 1 || bytes[bytes.index(bytes.endIndex, offsetBy: -2)] < 0x80 else {
            return text.last?.isCased ?? false
        }
        return isASCIILetter(UInt8(scalar.value))
    }

    /// `text.first.isCased`, without finding the first `Character` when it is ASCII followed by
    /// ASCII (`scalar` is the first scalar).
    private static func isCased(_ scalar: Unicode.Scalar, startingCharacterOf text: String) -> Bool {
        let bytes = text.utf8
        guard scalar.isASCII, bytes.count == 1 || bytes[bytes.index(after: bytes.startIndex)] < 0x80 else {
            return text.first?.isCased ?? false
        }
        return isASCIILetter(UInt8(scalar.value))
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isScreaming(_ words: [String]) -> Bool {
        var anyUppercase = false
        for word in words {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII, the common case, without Unicode property look-ups.
                for byte in word.utf8 {
                    if (0x61...0x7A).contains(byte) { return false }
                    if (0x41...0x5A).contains(byte) { anyUppercase = true }
                }
            } else {
                if word.contains(where: \.isLowercase) { return false }
                if word.contains(where: \.isUppercase) { anyUppercase = true }
            }
        }
        return anyUppercase
    }

    /// `URLString` → `urlString`, `ETag` → `eTag`, `PascalCase` → `pascalCase`, `IDs` → `ids`,
    /// `UTF8` → `utf8`, `userID` unchanged: the leading capital run is an acronym (lowered
    /// whole) unless its last capital starts the next camelCase word.
    private static func loweringLeadingCapitals(_ word: String) -> String {
        if let lowered = asciiLoweringLeadingCapitals(word) { return lowered }
        let characters = Array(word)
        var run = 0
        while run < characters.count, characters[run].isUppercase { run += 1 }
        guard run > 0 else { return word }
        let lowered: Int
        if run == 1 || run == characters.count || !characters[run].isLowercase {
            lowered = run
        } else if run == characters.count - 1 && characters[run] == "s" {
            lowered = characters.count   // a plural acronym (`IDs`, `URLs`)
        } else {
            lowered = run - 1
        }
        return characters[..<lowered].map { $0.lowercased() }.joined() + String(characters[lowered...])
    }

    /// ``loweringLeadingCapitals(_:)`` on bytes for an ASCII word (in which every byte is a
    /// character, and only `A`–`Z` are upper case), or nil for any other word.
    private static func asciiLoweringLeadingCapitals(_ word: String) -> String? {
        var bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let isUppercase = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        var run = 0
        while run < bytes.count, isUppercase(bytes[run]) { run += 1 }
        guard run > 0 else { return word }
        let lowered: Int
        if run == 1 || run == bytes.count || !(bytes[run] >= UInt8(ascii: "a") && bytes[run] <= UInt8(ascii: "z")) {
            lowered = run
        } else if run == bytes.count - 1 && bytes[run] == UInt8(ascii: "s") {
            lowered = bytes.count   // a plural acronym (`IDs`, `URLs`)
        } else {
            lowered = run - 1
        }
        for index in 0..<lowered where isUppercase(bytes[index]) { bytes[index] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func capitalizingFirst(_ word: String) -> String {
        if let first = word.utf8.first, first < 0x80 {
            // ASCII: only `a`–`z` change, and into one letter each.
            guard first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") else { return word }
            var bytes = Array(word.utf8)
            bytes[0] -= 0x20
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let first = word.first else { return word }
        let upper = first.uppercased()
        // Some letters upper-case to several (`ß` → `SS`); keeping them is less surprising.
        guard upper.count == 1 else { return word }
        return upper + word.dropFirst()
    }
}
