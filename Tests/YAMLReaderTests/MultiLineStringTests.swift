import Testing
import YAMLReader

/// Block scalars, folding, chomping, multi-line flow scalars and escapes give exactly the spec's text.
@Suite struct MultiLineStringTests {
    private func text(of yaml: String) throws -> String? {
        try parse(yaml)["v"]?.text
    }

    @Test func literalKeepsLineBreaksAndExtraIndentation() throws {
        #expect(try text(of: "v: |\n  line 1\n    indented\n\n  line 3\nw: 1\n") == "line 1\n  indented\n\nline 3\n")
    }

    @Test func literalStripChomping() throws {
        #expect(try text(of: "v: |-\n  a\n  b\n\n\nw: 1\n") == "a\nb")
    }

    @Test func literalKeepChomping() throws {
        #expect(try text(of: "v: |+\n  a\n  b\n\n\nw: 1\n") == "a\nb\n\n\n")
    }

    @Test func literalClipChompingKeepsOneLineBreak() throws {
        #expect(try text(of: "v: |\n  a\n\n\nw: 1\n") == "a\n")
    }

    @Test func literalWithIndentationIndicator() throws {
        #expect(try text(of: "v: |2\n    four\n   three\n") == "  four\n three\n")
    }

    /// Clip chomping keeps the final line break only when there is one.
    @Test func literalAtEndOfFileWithoutFinalLineBreak() throws {
        #expect(try text(of: "v: |\n  last") == "last")
        #expect(try text(of: "v: |\n  last\n") == "last\n")
    }

    @Test func foldedJoinsLinesAndKeepsParagraphs() throws {
        #expect(try text(of: "v: >\n  one\n  two\n\n  three\n    more\n  four\nw: 1\n") == "one two\nthree\n  more\nfour\n")
    }

    @Test func foldedStripChomping() throws {
        #expect(try text(of: "v: >-\n  a\n  b\n\nw: 1\n") == "a b")
    }

    @Test func foldedKeepChomping() throws {
        #expect(try text(of: "v: >+\n  a\n  b\n\n\nw: 1\n") == "a b\n\n\n")
    }

    @Test func foldedKeepChompingAtEndOfFile() throws {
        #expect(try text(of: "v: >+\n  a\n\n") == "a\n\n")
    }

    @Test func blockScalarInASequence() throws {
        let items = try #require(try parse("- |\n  x\n  y\n- >\n  x\n  y\n").items)
        #expect(items.map(\.text) == ["x\ny\n", "x y\n"])
        #expect(items.map(\.location) == [at(1, 3), at(4, 3)])
    }

    @Test func multiLinePlainScalarFolds() throws {
        #expect(try text(of: "v: one\n  two\n\n  three   \n  four\nw: 1\n") == "one two\nthree four")
    }

    @Test func multiLineDoubleQuotedFoldsAndUnescapes() throws {
        let yaml = #"""
            v: "a\tb\n
              c \
              d\u00e9\x41\"\\ \U0001F600
            
              e"

            """#
        #expect(try text(of: yaml) == "a\tb\n c d\u{e9}A\"\\ \u{1F600}\ne")
    }

    @Test func doubleQuotedNulEscapeIsKept() throws {
        let value = try #require(try text(of: #"v: "a\0b""#))
        #expect(value == "a\u{0}b")
        #expect(value.unicodeScalars.count == 3)
    }

    @Test func singleQuotedDoublesItsQuoteAndFolds() throws {
        #expect(try text(of: "v: 'it''s\n  folded\n\n  here \\n'\n") == "it's folded\nhere \\n")
    }

    @Test func multiLineFlowScalarsStartOnTheirFirstLine() throws {
        let root = try parse("a: \"x\n  y\"\nb: plain\n  more\n")
        #expect(root["a"]?.location == at(1, 4))
        #expect(root["b"]?.location == at(3, 4))
        #expect(root["b"]?.text == "plain more")
    }
}
