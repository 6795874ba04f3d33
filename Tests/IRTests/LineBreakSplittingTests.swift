import IR
import TestSupport
import Testing

/// The byte-level splitter must cut documentation exactly where splitting `Character`s would,
/// or doc comments would change (or a break would slip into a `///` line).
@Suite struct LineBreakSplittingTests {
    static let alphabet: [String] = [
        "a", "Z", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{2027}",
        "\u{0301}", "é", "e\u{0301}", "\u{200D}", "👩‍👩‍👧", "🇫🇷", "\u{A0}", "\u{C2}", "\u{E2}", "\u{2080}", "\0", "#",
    ]

    static func characterSplit(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { IRDocumentation.lineBreaks.contains($0) }).map(String.init)
    }

    @Test func cutsWhereCharacterSplittingCuts() {
        var generator = SplitMix64(seed: 20_261_204)
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator) ?? "" }.joined()
            let pieces = IRDocumentation.splitAtLineBreaks(Substring(text)).map(String.init)
            #expect(pieces == Self.characterSplit(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func crLFIsOneBreakAndEdgesKeepEmptyPieces() {
        #expect(IRDocumentation.splitAtLineBreaks("\r\na\rb\n").map(String.init) == ["", "a", "b", ""])
        #expect(IRDocumentation.splitAtLineBreaks("").map(String.init) == [""])
    }
}
