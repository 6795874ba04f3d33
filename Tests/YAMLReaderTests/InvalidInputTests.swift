import TestSupport
import Testing
import YAMLReader

/// Bytes that are not text: invalid UTF-8, forbidden characters, noise.
@Suite struct InvalidInputTests {
    @Test func invalidLeadingByte() throws {
        let error = try #require(parseError(Array("a: ".utf8) + [0xFF]))
        #expect(error.description == "spec.yaml:1:4: error: invalid leading UTF-8 octet (byte 0xFF)")
    }

    @Test func invalidByteOnALaterLineAfterNonASCII() throws {
        let error = try #require(parseError(Array("ok: 1\nnäme: ".utf8) + [0xF8, 0x80]))
        #expect(error.description == "spec.yaml:2:7: error: invalid leading UTF-8 octet (byte 0xF8)")
    }

    @Test func invalidTrailingByte() throws {
        let error = try #require(parseError(Array("a: x".utf8) + [0xC3, 0x28]))
        #expect(error.message == "invalid trailing UTF-8 octet (byte 0x28)")
        #expect(error.location?.line == 1)
    }

    @Test func truncatedSequenceAtEndOfInput() throws {
        let error = try #require(parseError(Array("a\n".utf8) + [0xE6, 0x97]))
        #expect(error.description == "spec.yaml:2:1: error: incomplete UTF-8 octet sequence")
    }

    @Test func invalidByteAfterByteOrderMarkIsCountedWithoutTheMark() throws {
        let error = try #require(parseError([0xEF, 0xBB, 0xBF] + Array("a: ".utf8) + [0xFF]))
        #expect(error.description == "spec.yaml:1:4: error: invalid leading UTF-8 octet (byte 0xFF)")
    }

    @Test func encodedSurrogateIsNamedByItsCodePoint() throws {
        let error = try #require(parseError(Array("a: ".utf8) + [0xED, 0xA0, 0x80]))
        #expect(error.description == "spec.yaml:1:4: error: invalid Unicode character (U+D800)")
    }

    @Test func controlCharacterIsNamedByItsCodePoint() throws {
        let error = try #require(parseError("a: 1\nb: x\u{1B}y\n"))
        #expect(error.description == "spec.yaml:2:5: error: control characters are not allowed (U+001B)")
    }

    @Test func nonCharacterIsNamedByItsCodePoint() throws {
        let error = try #require(parseError("é: \u{FFFE}\n"))
        #expect(error.description == "spec.yaml:1:4: error: control characters are not allowed (U+FFFE)")
    }

    @Test func nulByteIsRejected() throws {
        let error = try #require(parseError(Array("a: b".utf8) + [0x00] + Array("c\n".utf8)))
        #expect(error.description == "spec.yaml:1:5: error: control characters are not allowed (U+0000)")
    }

    @Test func unpairedUTF16SurrogateIsLocatedInCharacters() throws {
        let units = Array("x: 1\nab: ".utf16) + [0xDC00]
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let error = try #require(parseError(bytes))
        #expect(error.description == "spec.yaml:2:5: error: unexpected low surrogate area (U+DC00)")
    }

    @Test func invalidByteFarIntoALargeFile() throws {
        let lines = (1...5000).map { "ключ\($0): значение \($0)" }.joined(separator: "\n")
        let error = try #require(parseError(Array((lines + "\nlast: ab").utf8) + [0xFF]))
        #expect(error.description == "spec.yaml:5001:9: error: invalid leading UTF-8 octet (byte 0xFF)")
    }

    @Test func invalidByteAfterWindowsAndOldMacLineEndings() throws {
        let error = try #require(parseError(Array("a: 1\r\nb: 2\rc: ".utf8) + [0xFF]))
        #expect(error.description == "spec.yaml:3:4: error: invalid leading UTF-8 octet (byte 0xFF)")
    }

    @Test func controlCharacterInUTF16IsLocatedInCharacters() throws {
        let units = Array("x: 😀\r\ny: ".utf16) + [0x0007]
        let bytes: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let error = try #require(parseError(bytes))
        #expect(error.description == "spec.yaml:2:4: error: control characters are not allowed (U+0007)")
    }

    /// Noise must come back as a located diagnostic, never a crash or a hang.
    @Test(arguments: [1, 2, 3, 42, 1234, 99_999])
    func randomBytesGiveALocatedError(_ seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let error = try #require(parseError(bytes))
        #expect(error.severity == .error)
        let location = try #require(error.location)
        #expect(location.file == testFile)
        #expect(location.line >= 1)
        #expect(location.column >= 1)
        #expect(!error.message.isEmpty)
    }

    @Test func randomPrintableNoiseNeverCrashes() {
        var generator = SplitMix64(seed: 7)
        let alphabet = Array("abc :-[]{},&*!|>'\"#?%@`\n\t  ".utf8)
        var failures = 0
        for _ in 0..<300 {
            let bytes = (0..<64).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            do {
                _ = try YAMLParser.parse(bytes, file: testFile)
            } catch {
                failures += 1
                #expect(error.location?.file == testFile)
                #expect((error.location?.line ?? 0) >= 1)
            }
        }
        #expect(failures > 0)
    }
}
