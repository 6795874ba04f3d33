extension IRDocumentation {
    /// `text` cut at each of `lineBreaks` (`\r\n` counting as one break), exactly as
    /// `split(omittingEmptySubsequences: false)` on `Character`s would cut it, but reading UTF-8
    /// bytes: every one of those breaks is a grapheme of its own, so no grapheme breaking is
    /// needed, and going through `Character`s was a tenth of generating a big SDK.
    public static func splitAtLineBreaks(_ text: Substring) -> [Substring] {
        let utf8 = text.utf8
        let end = utf8.endIndex
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var index = start
        func byte(after position: Substring.UTF8View.Index) -> UInt8? {
            let next = utf8.index(after: position)
            return next == end ? nil : utf8[next]
        }
        while index != end {
            let length: Int
            switch utf8[index] {
            case 0x0A, 0x0B, 0x0C: length = 1
            case 0x0D: length = byte(after: index) == 0x0A ? 2 : 1
            case 0xC2: length = byte(after: index) == 0x85 ? 2 : 0  // U+0085 NEXT LINE
            case 0xE2:  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                let second = utf8.index(after: index)
                if second != end, utf8[second] == 0x80, let third = byte(after: second), third == 0xA8 || third == 0xA9 {
                    length = 3
                } else {
                    length = 0
                }
            default: length = 0
            }
            if length == 0 {
                index = utf8.index(after: index)
            } else {
                pieces.append(text[start..<index])
                index = utf8.index(index, offsetBy: length)
                start = index
            }
        }
        pieces.append(text[start..<end])
        return pieces
    }
}
