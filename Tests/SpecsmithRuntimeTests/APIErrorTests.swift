import Foundation
@testable import SpecsmithRuntime
import Testing

/// RFC 9457 problem details and the error a client throws for an undocumented status.
@Suite struct APIErrorTests {
    private func problem(_ json: String) throws -> ProblemDetails {
        try JSONDecoder().decode(ProblemDetails.self, from: Data(json.utf8))
    }

    @Test func decodesStandardMembersAndKeepsExtensions() throws {
        let details = try problem(#"{"type":"https://e.x/out-of-credit","title":"Out of credit","status":403,"detail":"Balance 30","instance":"/acct/1","balance":30,"accounts":["/a","/b"]}"#)
        #expect(details.type == "https://e.x/out-of-credit")
        #expect(details.title == "Out of credit")
        #expect(details.status == 403)
        #expect(details.detail == "Balance 30")
        #expect(details.instance == "/acct/1")
        #expect(details.extensions == ["balance": 30, "accounts": ["/a", "/b"]])
    }

    @Test func ignoresStandardMembersOfTheWrongType() throws {
        let details = try problem(#"{"title":7,"status":"400","detail":null,"type":["x"]}"#)
        #expect(details.title == nil)
        #expect(details.status == nil)
        #expect(details.detail == nil)
        #expect(details.type == nil)
        #expect(details.extensions.isEmpty)
        #expect(try problem(#"{"status":400.0}"#).status == 400)
        #expect(try problem(#"{"status":400.5}"#).status == nil)
    }

    @Test func refusesAnythingButAnObject() {
        #expect(throws: DecodingError.self) { try problem("[]") }
        #expect(throws: DecodingError.self) { try problem(#""oops""#) }
    }

    @Test func encodesSetMembersAndExtensions() throws {
        let details = ProblemDetails(title: "T", status: 409, extensions: ["code": "E1"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(details), as: UTF8.self) == #"{"code":"E1","status":409,"title":"T"}"#)
        #expect(try problem(String(decoding: try encoder.encode(details), as: UTF8.self)) == details)
    }

    @Test func apiErrorDecodesProblemOnlyForProblemJSON() {
        let body = Data(#"{"title":"Bad","detail":"name is required"}"#.utf8)
        let problemError = APIError(operationID: "createPet", response: HTTPResponse(status: 400, headers: ["Content-Type": "Application/Problem+JSON; charset=utf-8"], body: body))
        #expect(problemError.problem?.title == "Bad")
        #expect(problemError.description == "createPet failed with status 400: Bad: name is required")
        let plain = APIError(operationID: "createPet", response: HTTPResponse(status: 400, headers: ["Content-Type": "application/json"], body: body))
        #expect(plain.problem == nil)
        #expect(plain.description == #"createPet failed with status 400: {"title":"Bad","detail":"name is required"}"#)
    }

    @Test func descriptionShowsAShortPreviewOfTheBody() {
        let long = APIError(operationID: "op", response: HTTPResponse(status: 500, body: Data(String(repeating: "x", count: 500).utf8)))
        #expect(long.description == "op failed with status 500: " + String(repeating: "x", count: 200) + "…")
        let binary = APIError(operationID: "op", response: HTTPResponse(status: 502, body: Data([0xFF, 0xFE, 0x00])))
        #expect(binary.description == "op failed with status 502: (3 bytes)")
        #expect(binary.bodyText == nil)
        let empty = APIError(operationID: "op", response: HTTPResponse(status: 404))
        #expect(empty.description == "op failed with status 404")
    }

    @Test func decodedBodyIsTyped() {
        struct NotFound: Sendable, Equatable { var id: String }
        let error = APIError(operationID: "op", response: HTTPResponse(status: 404), decodedBody: NotFound(id: "7"))
        #expect(error.decodedBody(as: NotFound.self) == NotFound(id: "7"))
        #expect(error.decodedBody(as: String.self) == nil)
    }

    @Test func decodeJSONNamesThePathThatFailed() throws {
        struct Item: Decodable { var id: Int }
        struct Page: Decodable { var items: [Item] }
        let core = makeCore(FakeTransport(status: 200))
        let response = HTTPResponse(status: 200, body: Data(#"{"items":[{"id":1},{"id":"two"}]}"#.utf8))
        do {
            _ = try core.decodeJSON(Page.self, from: response)
            Issue.record("decoding should have failed")
        } catch HTTPClientError.decodingFailed(let status, let reason, let preview) {
            #expect(status == 200)
            #expect(reason.hasPrefix("$.items[1].id: "))
            #expect(preview.contains("two"))
        }
        let missing = HTTPResponse(status: 201, body: Data(#"{"items":[{}]}"#.utf8))
        #expect(throws: HTTPClientError.decodingFailed(status: 201, reason: "$.items[0].id: the required value is missing.", bodyPreview: #"{"items":[{}]}"#)) {
            try core.decodeJSON(Page.self, from: missing)
        }
    }

    @Test func clientErrorDescriptions() {
        #expect(HTTPClientError.invalidHeader(name: "X\r\n").description.contains(#""X\r\n""#))
        #expect(HTTPClientError.missingPathParameter("id").description == #"The path parameter "id" has no value."#)
        #expect(HTTPClientError.decodingFailed(status: 200, reason: "r.", bodyPreview: "").description == "Could not decode the body of the status 200 response: r.")
    }
}
