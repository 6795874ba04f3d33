import Foundation
import SpecsmithRuntime
import Testing

/// The event stream interpretation of the WHATWG HTML standard (§9.2.6), fed whole and in every
/// split a network could make.
struct ServerSentEventParserTests {
    /// The events of `stream`, fed in one piece.
    private func parse(_ stream: [UInt8]) -> [ServerSentEvent<String>] {
        var parser = ServerSentEventParser()
        return parser.feed(stream)
    }

    private func parse(_ text: String) -> [ServerSentEvent<String>] {
        parse(Array(text.utf8))
    }

    /// The events of `stream`, fed in pieces cut at `cuts`.
    private func parse(_ stream: [UInt8], cutAt cuts: [Int]) -> [ServerSentEvent<String>] {
        var parser = ServerSentEventParser()
        var events: [ServerSentEvent<String>] = []
        var start = 0
        for cut in cuts + [stream.count] {
            events += parser.feed(stream[start..<cut])
            start = cut
        }
        return events
    }

    @Test func dataLinesAreJoinedWithLineFeeds() {
        #expect(parse("data: first\ndata: second\n\n") == [ServerSentEvent(data: "first\nsecond")])
    }

    @Test func fieldsAreKept() {
        let events = parse("event: delta\nid: 7\nretry: 1500\ndata: {\"a\":1}\n\n")
        #expect(events == [ServerSentEvent(event: "delta", data: "{\"a\":1}", id: "7", retry: 1500)])
    }

    @Test func theLastEventIDCarriesOverAndRetryDoesNot() {
        let events = parse("id: 1\nretry: 10\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")
        #expect(events.map(\.id) == ["1", "1", nil])
        #expect(events.map(\.retry) == [10, nil, nil])
    }

    @Test func commentsAndUnknownFieldsAreIgnored() {
        #expect(parse(": keep-alive\nfoo: bar\ndata: x\n:\n\n") == [ServerSentEvent(data: "x")])
    }

    @Test func onlyOneSpaceAfterTheColonIsDropped() {
        #expect(parse("data:  two\n\ndata:none\n\n").map(\.data) == [" two", "none"])
    }

    @Test func aFieldWithoutColonHasAnEmptyValue() {
        #expect(parse("data\n\ndata\ndata\n\n").map(\.data) == ["", "\n"])
    }

    @Test func anEventWithoutDataIsNotDispatchedAndResetsTheType() {
        #expect(parse("event: ping\n\ndata: x\n\n") == [ServerSentEvent(data: "x")])
    }

    @Test func invalidRetryAndIDWithNULAreIgnored() {
        let events = parse("retry: 12a\nid: a\u{0}b\ndata: x\n\nretry: 99999999999999999999999\ndata: y\n\n")
        #expect(events.map(\.retry) == [nil, nil])
        #expect(events.map(\.id) == [nil, nil])
    }

    @Test(arguments: ["\n", "\r", "\r\n"])
    func everyLineEndingEndsLines(ending: String) {
        let text = ["event: e", "data: 1", "data: 2", "", "data: 3", "", ""].joined(separator: ending)
        #expect(parse(text) == [ServerSentEvent(event: "e", data: "1\n2"), ServerSentEvent(data: "3")])
    }

    @Test func aCRThenLFInTheNextPieceIsOneLineEnding() {
        let stream = Array("data: a\r\n\r\ndata: b\r\n\r\n".utf8)
        for cut in 1..<stream.count {
            #expect(parse(stream, cutAt: [cut]) == [ServerSentEvent(data: "a"), ServerSentEvent(data: "b")], "cut at \(cut)")
        }
    }

    @Test func aLeadingByteOrderMarkIsSkippedOnlyAtTheStart() {
        let stream = [0xEF, 0xBB, 0xBF] + Array("data: a\n\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("data: b\n\n".utf8)
        for cut in 0...4 {
            let events = parse(stream, cutAt: cut == 0 ? [] : [cut])
            #expect(events.map(\.data) == ["a"], "cut at \(cut)")
        }
        // After the first event the mark is part of the next line's field name, which is unknown.
        #expect(parse(Array("data: a\n\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("data: b\n\n".utf8)).map(\.data) == ["a"])
    }

    @Test func aSplitUTF8SequenceIsDecodedWhole() {
        let stream = Array("data: grüße 🎉\n\n".utf8)
        for cut in 1..<stream.count {
            #expect(parse(stream, cutAt: [cut]).map(\.data) == ["grüße 🎉"], "cut at \(cut)")
        }
    }

    @Test func everySplitIntoThreePiecesGivesTheSameEvents() {
        let stream = Array("event: a\r\nid: 1\r\ndata: x\r\n\r\n: c\rdata: é\n\ndata\r\rretry: 5\ndata: [DONE]\n\n".utf8)
        let whole = parse(stream)
        #expect(whole.count == 4)
        for first in 1..<stream.count {
            for second in first..<stream.count {
                #expect(parse(stream, cutAt: [first, second]) == whole)
            }
        }
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        #expect(parse(Array("data: a".utf8) + [0xFF] + Array("b\n\n".utf8)).map(\.data) == ["a\u{FFFD}b"])
    }

    @Test func anUnfinishedEventAtTheEndIsDropped() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("data: a\n\ndata: b\n".utf8)).map(\.data) == ["a"])
        parser.finish()
        #expect(parser.feed(Array("\n".utf8)).isEmpty)
    }
}
