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
            if let last = result.last, let first = shaped.first, !last.isCased, !first.isCased {
                result += "_"
            }
            result += shaped
        }
        if let first = result.unicodeScalars.first, !IdentifierCharacters.isHead(first) {
            result = "_" + result
        }
        return result
    }

    private static func split(_ name: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if IdentifierCharacters.isWordScalar(scalar) {
                // A combining mark whose base character was dropped has nothing to combine with.
                if current.isEmpty && IdentifierCharacters.isMark(scalar) { continue }
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
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

    private static func capitalizingFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        let upper = first.uppercased()
        // Some letters upper-case to several (`ß` → `SS`); keeping them is less surprising.
        guard upper.count == 1 else { return word }
        return upper + word.dropFirst()
    }
}
