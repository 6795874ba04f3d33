import Foundation
import ReservedNamesModels
import Testing

/// `Fixtures/reserved-names`' operations: parameters named like the locals and the property the
/// generated operation methods use (`request`, `response`, `core`, `validator`, `body`,
/// `bodyStream`) get a number, common parameter names (`stream`, `fields`, `parts`) keep theirs,
/// and each reaches the wire under its spec name.
@Suite struct ReservedNamesClientTests {
    /// Answers every request with `body` (a JSON object unless told otherwise) and keeps the requests sent.
    final class Transport: HTTPTransport, @unchecked Sendable {
        // @unchecked: the lock guards `sent`.
        private let lock = NSLock()
        private var sent: [HTTPRequest] = []
        let contentType: String
        let body: String

        init(contentType: String = "application/json", body: String = #"{"read": "yes"}"#) {
            self.contentType = contentType
            self.body = body
        }

        var requests: [HTTPRequest] { lock.withLock { sent } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { sent.append(request) }
            return HTTPResponse(status: 200, headers: ["Content-Type": contentType], body: Data(body.utf8))
        }
    }

    static func client(_ transport: Transport) throws -> ReservedNamesClient {
        ReservedNamesClient(serverURL: try #require(URL(string: "https://names.example.com")), transport: transport, retryPolicy: .none)
    }

    @Test func parametersNamedLikeLocalsAreSentUnderTheirSpecNames() async throws {
        let transport = Transport()
        let answer = try await Self.client(transport).shadowLocals(
            response2: "r", body: ShadowLocalsRequest(note: "n"), request2: "q", core2: "c", validator2: "v",
            stream: "s", fields: 1, parts: 2, body2: true, bodyStream2: false)
        #expect(answer == ["read": "yes"])
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString
            == "https://names.example.com/shadows/r?request=q&core=c&validator=v&fields=1&parts=2&body=true&bodyStream=false")
        #expect(request.headers["stream"] == "s")
        #expect(String(decoding: request.body ?? Data(), as: UTF8.self).contains("name=\"note\""))
    }

    @Test func theValidatorLocalChecksTheArgumentNamedValidator() async throws {
        let transport = Transport()
        await #expect(throws: ValidationError.self) {
            _ = try await Self.client(transport).shadowLocals(
                response2: "r", body: ShadowLocalsRequest(), validator2: "longer than five")
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func aFormBodyBesideAParameterNamedFields() async throws {
        let transport = Transport()
        try await Self.client(transport).shadowFormLocals(ShadowFormLocalsRequest(note: "a b"), fields: "f", request2: "q")
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://names.example.com/shadows-form?fields=f&request=q")
        #expect(String(decoding: request.body ?? Data(), as: UTF8.self) == "note=a%20b")
    }

    @Test func aStreamedOperationBesideAParameterNamedStream() async throws {
        let transport = Transport(contentType: "text/event-stream", body: "data: one\n\ndata: two\n\n")
        var received: [String] = []
        for try await event in try await Self.client(transport).shadowStreamLocals(stream: true, response2: "r") {
            received.append(event.data)
        }
        #expect(received == ["one", "two"])
        #expect(transport.requests.map(\.url.absoluteString) == ["https://names.example.com/shadows-stream?stream=true&response=r"])
    }
}
