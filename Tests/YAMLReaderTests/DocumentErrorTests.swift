import Testing
import YAMLReader

/// Problems with the document as a whole: duplicate keys, several documents, nothing at all.
@Suite struct DocumentErrorTests {
    @Test func duplicateKeyErrorsAtSecondKeyWithNoteAtFirst() throws {
        let error = try #require(parseError("a: 1\nb: 2\na: 3\n"))
        #expect(error.severity == .error)
        #expect(error.location == at(3, 1))
        #expect(error.message == "duplicate key 'a' in this mapping")
        #expect(error.notes.count == 1)
        #expect(error.notes.first?.severity == .note)
        #expect(error.notes.first?.location == at(1, 1))
        #expect(error.notes.first?.message == "'a' is first defined here")
    }

    @Test func duplicateKeyInNestedMapping() throws {
        let error = try #require(parseError("outer:\n  inner:\n    x: 1\n    y: 2\n    x: 3\n"))
        #expect(error.description == "spec.yaml:5:5: error: duplicate key 'x' in this mapping\nspec.yaml:3:5: note: 'x' is first defined here")
    }

    @Test func quotedAndPlainSpellingsOfAKeyAreDuplicates() throws {
        let error = try #require(parseError("name: 1\n\"name\": 2\n"))
        #expect(error.location == at(2, 1))
        #expect(error.notes.first?.location == at(1, 1))
    }

    /// Past 16 keys the reader looks keys up in an index; the diagnostic must not change.
    @Test func duplicateKeyInLargeMapping() throws {
        let lines = (1...40).map { "k\($0): \($0)" } + ["k7: again", "k40: again"]
        let error = try #require(parseError(lines.joined(separator: "\n")))
        #expect(error.description == "spec.yaml:41:1: error: duplicate key 'k7' in this mapping\nspec.yaml:7:1: note: 'k7' is first defined here")
    }

    @Test func duplicateLastKeyInLargeMapping() throws {
        let lines = (1...40).map { "k\($0): \($0)" } + ["k40: again"]
        let error = try #require(parseError(lines.joined(separator: "\n")))
        #expect(error.location == at(41, 1))
        #expect(error.notes.first?.location == at(40, 1))
    }

    /// Keys are compared as Swift compares strings: canonically equivalent spellings are the same key,
    /// whether the mapping is small (bytes compared one by one) or large (hashed).
    @Test(arguments: [1, 40])
    func canonicallyEquivalentKeysAreDuplicates(keysBefore: Int) throws {
        let lines = (1...keysBefore).map { "k\($0): \($0)" } + ["caf\u{E9}: 1", "cafe\u{301}: 2"]
        let error = try #require(parseError(lines.joined(separator: "\n")))
        #expect(error.location == at(keysBefore + 2, 1))
        #expect(error.notes.first?.location == at(keysBefore + 1, 1))
    }

    /// The Kelvin sign is canonically a Latin capital K: an ASCII key and a non-ASCII one can be the same.
    @Test(arguments: [1, 40])
    func asciiKeyAndItsNonASCIIEquivalentAreDuplicates(keysBefore: Int) throws {
        let lines = (1...keysBefore).map { "k\($0): \($0)" } + ["K: 1", "\u{212A}: 2"]
        let error = try #require(parseError(lines.joined(separator: "\n")))
        #expect(error.location == at(keysBefore + 2, 1))
        #expect(error.notes.first?.location == at(keysBefore + 1, 1))
    }

    /// Thousands of distinct keys (the hash table grows several times) are read, in order, without a false duplicate.
    @Test func manyDistinctKeysAreRead() throws {
        let root = try parse((1...5000).map { "key\($0): \($0)" }.joined(separator: "\n"))
        #expect(root.pairs?.count == 5000)
        #expect(root["key4999"]?.text == "4999")
        #expect(root.pairs?.last?.keyText == "key5000")
    }

    @Test func sameKeyInDifferentMappingsIsFine() throws {
        let root = try parse("a: {x: 1}\nb: {x: 2}\nc: [{x: 3}, {x: 4}]\n")
        #expect(root["b"]?["x"]?.text == "2")
        #expect(root["c"]?.items?.map { $0["x"]?.text } == ["3", "4"])
    }

    @Test func moreThanOneDocument() throws {
        let error = try #require(parseError("a: 1\n---\nb: 2\n"))
        #expect(error.description == "spec.yaml:2:1: error: the file holds more than one YAML document; an OpenAPI description is one document")
    }

    @Test func moreThanOneExplicitDocument() throws {
        let error = try #require(parseError("---\na: 1\n...\n---\nb: 2\n"))
        #expect(error.location == at(4, 1))
        #expect(error.message == "the file holds more than one YAML document; an OpenAPI description is one document")
    }

    @Test func explicitSingleDocumentIsFine() throws {
        let root = try parse("---\na: 1\n...\n")
        #expect(root["a"]?.text == "1")
    }

    @Test(arguments: ["", "\n\n", "   \n  \n", "# only a comment\n", "# one\n\n# two\n   # three", "\u{FEFF}"])
    func emptyFileIsAnErrorAtTheStartOfTheFile(_ text: String) throws {
        let error = try #require(parseError(text))
        #expect(error.description == "spec.yaml:1:1: error: the file is empty; expected an OpenAPI document")
    }
}
