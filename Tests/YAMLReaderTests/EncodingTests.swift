import Testing
import YAMLReader

/// UTF-8 with and without a byte order mark, UTF-16, and non-ASCII text.
@Suite struct EncodingTests {
    @Test func utf8ByteOrderMarkIsSkippedAndTakesNoColumn() throws {
        let root = try parse("\u{FEFF}a: b\nc: [d]\n")
        #expect(root.outline == #"1:1 {1:1 "a": 1:4 "b", 2:1 "c": 2:4 [2:5 "d"]}"#)
        #expect(root.keys == ["a", "c"])
    }

    @Test func utf8ByteOrderMarkAsRawBytes() throws {
        let root = try YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("key: value".utf8), file: testFile)
        #expect(root["key"]?.text == "value")
        #expect(root["key"]?.location == at(1, 6))
    }

    @Test func nonASCIITextIsKept() throws {
        let root = try parse("héllo: wörld\n日本語: \"データ\"\nemoji: 😀 ok\ncombining: e\u{301}\n")
        #expect(root.keys == ["héllo", "日本語", "emoji", "combining"])
        #expect(root["héllo"]?.text == "wörld")
        #expect(root["日本語"]?.text == "データ")
        #expect(root["emoji"]?.text == "😀 ok")
        #expect(root["combining"]?.text?.unicodeScalars.map(\.value) == [0x65, 0x301])
    }

    /// Columns count characters, not bytes: `é` is two bytes, `日` three, `😀` four.
    @Test func columnsCountCharactersNotBytes() throws {
        let root = try parse("héllo: wörld\n日本語: [x, ü]\n😀: y\n")
        #expect(root["héllo"]?.location == at(1, 8))
        #expect(root["日本語"]?.location == at(2, 6))
        #expect(root["日本語"]?.items?.map(\.location) == [at(2, 7), at(2, 10)])
        #expect(root["😀"]?.location == at(3, 4))
    }

    @Test func byteOrderMarkAndNonASCIITogether() throws {
        let root = try parse("\u{FEFF}ключ: значение\n")
        #expect(root["ключ"]?.text == "значение")
        #expect(root["ключ"]?.location == at(1, 7))
    }

    /// libyaml decodes in chunks; characters that straddle a chunk boundary must survive.
    @Test func largeNonASCIIFileKeepsTextAndLocations() throws {
        let text = (1...5000).map { "ключ\($0): значение 😀 \($0)" }.joined(separator: "\n")
        let root = try parse(text)
        #expect(root.pairs?.count == 5000)
        let last = try #require(root.pairs?.last)
        #expect(last.keyText == "ключ5000")
        #expect(last.value.text == "значение 😀 5000")
        #expect(last.value.location == at(5000, 11))
    }

    @Test func utf16LittleEndianWithByteOrderMark() throws {
        let units = Array("a: é\nb: [😀]\n".utf16)
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let root = try YAMLParser.parse(bytes, file: testFile)
        #expect(root["a"]?.text == "é")
        #expect(root["b"]?.items?.first?.text == "😀")
        #expect(root.outline == #"1:1 {1:1 "a": 1:4 "é", 2:1 "b": 2:4 [2:5 "😀"]}"#)
    }

    @Test func utf16BigEndianWithByteOrderMark() throws {
        let units = Array("ä: ö\n".utf16)
        let bytes: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let root = try YAMLParser.parse(bytes, file: testFile)
        #expect(root["ä"]?.text == "ö")
        #expect(root["ä"]?.location == at(1, 4))
    }
}
