import Foundation
import SpecsmithRuntime
import Testing

/// `HTTPHeaders`: ordered pairs, names compared case-insensitively, and nothing that could split a request.
@Suite struct HTTPHeadersTests {
    @Test func looksUpNamesCaseInsensitively() throws {
        var headers = HTTPHeaders()
        try headers.add("Content-Type", "application/json")
        #expect(headers["content-type"] == "application/json")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers["Accept"] == nil)
    }

    @Test func addKeepsEveryValueInOrderAndSetReplacesThem() throws {
        var headers = HTTPHeaders()
        try headers.add("Accept", "a")
        try headers.add("X-Other", "o")
        try headers.add("accept", "b")
        #expect(headers.values(for: "ACCEPT") == ["a", "b"])
        #expect(headers.map(\.name) == ["Accept", "X-Other", "accept"])
        try headers.set("Accept", "c")
        #expect(headers.values(for: "accept") == ["c"])
        headers.remove("x-other")
        #expect(headers.map(\.name) == ["Accept"])
    }

    @Test func equalityIsOrderedAndExact() throws {
        let first: HTTPHeaders = ["A": "1", "B": "2"]
        let second: HTTPHeaders = ["B": "2", "A": "1"]
        #expect(first != second)
        #expect(first == ["A": "1", "B": "2"])
        #expect(first.hashValue == HTTPHeaders(dictionaryLiteral: ("A", "1"), ("B", "2")).hashValue)
    }

    @Test(arguments: ["X-Value\r\nX-Injected: 1", "line\nfeed", "carriage\rreturn", "nul\u{0}byte"])
    func refusesLineBreaksAndNULInValues(_ value: String) {
        var headers = HTTPHeaders()
        #expect(throws: HTTPClientError.invalidHeader(name: "X-Test")) { try headers.add("X-Test", value) }
        #expect(throws: HTTPClientError.invalidHeader(name: "X-Test")) { try headers.set("X-Test", value) }
        #expect(headers.map(\.name).isEmpty)
    }

    /// RFC 9110 `token`: `!#$%&'*+-.^_`|~`, digits and letters, nothing else, at least one.
    @Test(arguments: ["", "X Test", "X-Test:", "X\r\nY", "Ünïcode", "(comment)", "a/b", "a\"b", "a\u{0}", "a{b}", "a@b", "a,b", "a;b", "a=b", "a\tb"])
    func refusesNamesThatAreNotTokens(_ name: String) {
        var headers = HTTPHeaders()
        #expect(throws: HTTPClientError.invalidHeader(name: name)) { try headers.add(name, "v") }
    }

    @Test func acceptsEveryTokenCharacter() throws {
        var headers = HTTPHeaders()
        try headers.add("!#$%&'*+-.^_`|~09azAZ", "value with spaces, commas; and\ttabs")
        #expect(headers["!#$%&'*+-.^_`|~09azAZ"] == "value with spaces, commas; and\ttabs")
    }

    @Test func setLeavesHeadersUnchangedWhenItThrows() throws {
        var headers: HTTPHeaders = ["X-Keep": "1"]
        #expect(throws: HTTPClientError.self) { try headers.set("X-Keep", "2\r\n") }
        #expect(headers["X-Keep"] == "1")
    }

    @Test func descriptionAndMirrorHideCredentials() throws {
        var headers = HTTPHeaders()
        try headers.add("Authorization", "Bearer s3cret-token")
        try headers.add("proxy-authorization", "Basic s3cret-proxy")
        try headers.add("Cookie", "session=s3cret-cookie")
        try headers.add("Set-Cookie", "id=s3cret-set")
        try headers.add("Accept", "application/json")
        let text = headers.description
        #expect(!text.contains("s3cret"))
        #expect(text.contains("Authorization: <redacted>"))
        #expect(text.contains("Accept: application/json"))
        var dumped = ""
        dump(headers, to: &dumped)
        #expect(!dumped.contains("s3cret"))
        #expect(!String(reflecting: headers).contains("s3cret"))
        #expect(!"\([headers])".contains("s3cret"))
    }
}
