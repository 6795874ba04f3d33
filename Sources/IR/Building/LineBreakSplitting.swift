extension IRDocumentation {
    /// `text` cut at each of `lineBreaks` (`\r\n` counting as one break), exactly as
    /// `split(omittingEmptySubsequences: false)` on `Character`s would cut it, but reading UTF-8
    /// bytes: every one of those breaks is a grapheme of its own, so no grapheme breaking is
    /// needed, and going through `Character`s was a tenth of generating a big SDK.
    public static func splitAtLineBreaks(_ text: Substring) -> [Substring] {
        // Found on the bytes, then cut out of `text`.
        let pieces = UTF8Bytes.with(text, pieceOffsets)
        guard pieces.count > 1 else { return [text] }
        let utf8 = text.utf8
        return pieces.map { piece in
            let start = utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)
            return text[start..<utf8.index(start, offsetBy: piece.count)]
        }
    }

    /// The byte ranges of the pieces between line breaks in `bytes`.
    private static func pieceOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        var index = 0
        let end = bytes.count
        while index < end {
            let length: Int
            switch bytes[index] {
            case 0x0A, 0x0B, 0x0C: length = 1
            case 0x0D: length = index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
            case 0xC2: length = index + 1 < end && bytes[index + 1] == 0x85 ? 2 : 0  // U+0085 NEXT LINE
            case 0xE2:  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                length = index + 2 < end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
            default: length = 0
            }
            if length == 0 {
                index += 1
            } else {
                pieces.append(start..<index)
                index += length
                start = index
            }
        }
        pieces.append(start..<end)
        return pieces
    }
}
