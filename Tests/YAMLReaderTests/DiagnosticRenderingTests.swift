import Diagnostics
import Testing
import YAMLReader

/// Reader diagnostics render as `file:LINE:COL: error: message`, notes on following lines.
@Suite struct DiagnosticRenderingTests {
    @Test func errorWithoutNotesIsOneLine() throws {
        let error = try #require(parseError("a: *missing\n"))
        #expect(error.description == "spec.yaml:1:4: error: alias '*missing' refers to an anchor that is not defined before it")
        #expect(!error.description.contains("\n"))
    }

    /// Spec text quoted in a message cannot break the line or reach the terminal as control codes.
    @Test func quotedSpecTextStaysOnOneVisibleLine() {
        let diagnostic = Diagnostic.error("no 'a\nb\r\u{1B}[2J\u{202E}c\tö' here", at: nil,
                                          notes: [.note("see '\u{0}'", at: nil)])
        #expect(diagnostic.description == #"""
            specsmith: error: no 'a\nb\r\u{1b}[2J\u{202e}c\tö' here
            specsmith: note: see '\u{0}'
            """#)
    }

    @Test func notesFollowOnTheirOwnLines() throws {
        let error = try #require(parseError("x: 0\nname: 1\nname: 2\n"))
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "spec.yaml:3:1: error: duplicate key 'name' in this mapping",
            "spec.yaml:2:1: note: 'name' is first defined here",
        ])
    }

    @Test func syntaxErrorNoteRendersAsNote() throws {
        let error = try #require(parseError("list: [a, b\n"))
        #expect(error.description == """
            spec.yaml:2:1: error: did not find expected ',' or ']' while parsing a flow sequence
            spec.yaml:1:7: note: the construct starts here
            """)
    }

    @Test func displayPathAppearsVerbatim() throws {
        do {
            _ = try YAMLParser.parse("a: [b", file: "../specs/My API.yaml")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.description == """
                ../specs/My API.yaml:2:1: error: did not find expected ',' or ']' while parsing a flow sequence
                ../specs/My API.yaml:1:4: note: the construct starts here
                """)
        }
    }

    /// Every kind of reader error follows the same `file:LINE:COL: severity: message` shape.
    @Test(arguments: [
        "",
        "a: [1",
        "a: 1\na: 2",
        "a: 1\n---\nb: 1",
        "a: *x",
        "m:\n  <<: 1",
        "a:\n  b: 1\n c: 2",
    ])
    func everyLineHasTheCompilerShape(_ text: String) throws {
        let error = try #require(parseError(text))
        let lines = error.description.split(separator: "\n")
        #expect(lines.count == 1 + error.notes.count)
        for (index, line) in lines.enumerated() {
            let severity = index == 0 ? "error" : "note"
            let location = try #require(index == 0 ? error.location : error.notes[index - 1].location)
            #expect(line.hasPrefix("spec.yaml:\(location.line):\(location.column): \(severity): "))
            #expect(line.count > "spec.yaml:\(location.line):\(location.column): \(severity): ".count)
        }
    }
}
