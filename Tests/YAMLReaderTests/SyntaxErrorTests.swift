import Testing
import YAMLReader

/// libyaml's syntax errors come back as located diagnostics with libyaml's wording.
@Suite struct SyntaxErrorTests {
    @Test func unclosedFlowSequence() throws {
        let error = try #require(parseError("a: [1, 2\n"))
        #expect(error.severity == .error)
        #expect(error.location == at(2, 1))
        #expect(error.message == "did not find expected ',' or ']' while parsing a flow sequence")
        #expect(error.notes.map(\.location) == [at(1, 4)])
        #expect(error.notes.map(\.message) == ["the construct starts here"])
        #expect(error.notes.map(\.severity) == [.note])
    }

    @Test func badIndentation() throws {
        let error = try #require(parseError("a:\n  b: 1\n c: 2\n"))
        #expect(error.description == """
            spec.yaml:3:2: error: did not find expected key while parsing a block mapping
            spec.yaml:1:1: note: the construct starts here
            """)
    }

    @Test func mappingValueInPlainScalar() throws {
        let error = try #require(parseError("key: value\nother: a: b\n"))
        #expect(error.description == "spec.yaml:2:9: error: mapping values are not allowed in this context")
        #expect(error.notes.isEmpty)
    }

    @Test func unterminatedDoubleQuotedString() throws {
        let error = try #require(parseError("a: 1\nkey: \"unterminated\n"))
        #expect(error.description == """
            spec.yaml:3:1: error: found unexpected end of stream while scanning a quoted scalar
            spec.yaml:2:6: note: the construct starts here
            """)
    }

    @Test func tabIndentation() throws {
        let error = try #require(parseError("a:\n\tb: 1\n"))
        #expect(error.location == at(2, 1))
        #expect(error.message.hasPrefix("found character that cannot start any token"))
    }

    @Test func sequenceEntryInsideMapping() throws {
        let error = try #require(parseError("- a\nb: c\n"))
        #expect(error.description == """
            spec.yaml:2:1: error: did not find expected '-' indicator while parsing a block collection
            spec.yaml:1:1: note: the construct starts here
            """)
    }

    @Test func unclosedFlowMapping() throws {
        let error = try #require(parseError("root:\n  m: {a: 1, b: 2\n"))
        #expect(error.location?.line == 3)
        #expect(error.message.contains("while parsing a flow mapping"))
        #expect(error.notes.map(\.location) == [at(2, 6)])
    }

    @Test func missingFlowNodeHasNoNoteRepeatingTheErrorLocation() throws {
        let error = try #require(parseError("a: 1\nbroken: [\n"))
        #expect(error.description == "spec.yaml:3:1: error: did not find expected node content while parsing a flow node")
        #expect(error.notes.isEmpty)
    }

    @Test func tabAtLineStartHasNoNoteRepeatingTheErrorLocation() throws {
        let error = try #require(parseError("\t- a\n"))
        #expect(error.description == "spec.yaml:1:1: error: found character that cannot start any token while scanning for the next token")
    }

    @Test func syntaxErrorDeepInTheFileHasItsLine() throws {
        let lines = (1...200).map { "key\($0): value" } + ["broken: [1, 2", ""]
        let error = try #require(parseError(lines.joined(separator: "\n")))
        #expect(error.location == at(202, 1))
        #expect(error.notes.map(\.location) == [at(201, 9)])
    }
}
