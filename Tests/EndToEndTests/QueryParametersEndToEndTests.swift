import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import QueryParametersClient
import Testing

/// One operation of `query-parameters.yaml` called with given arguments, and the request target
/// the server must receive, written out by hand from the OpenAPI style tables.
struct ParameterCase: Sendable, CustomTestStringConvertible {
    let name: String
    let method: String
    /// The path and query exactly as they must arrive, percent-encoding included.
    let target: String
    /// The query parameters as openapi-core reads and casts them from that target.
    let query: LooseJSON
    let call: @Sendable (TestQueryParametersClient) async throws -> Void

    var testDescription: String { name }
}

/// The generated client for kean/CreateAPI's query-parameter spec (plus Specsmith's path, header
/// and cookie extension) against a loopback server that validates each request with openapi-core.
@Suite(
    .enabled(if: EndToEnd.isAvailable, "skipping end-to-end tests: run Scripts/e2e/setup.sh"),
    .loopbackServer(spec: "query-parameters/query-parameters.yaml"),
    .serialized,
    .timeLimit(.minutes(1))
)
struct QueryParametersEndToEndTests {
    static func client(_ server: LoopbackServer, retryPolicy: RetryPolicy = .none, timeout: TimeInterval = 10) -> TestQueryParametersClient {
        TestQueryParametersClient(
            serverURL: server.url,
            transport: URLSessionTransport(session: URLSession(configuration: .ephemeral)),
            retryPolicy: retryPolicy, timeout: timeout)
    }

    /// Every style and explode combination the spec has.
    static let cases: [ParameterCase] = [
        ParameterCase(
            name: "form, exploded integers, optional one given", method: "GET",
            target: "/form/test-primitive?id2=1&id3=2&id=3", query: ["id2": 1, "id3": 2, "id": 3],
            call: { try await $0.getFormTestPrimitive(id2: 1, id3: 2, id: 3) }),
        ParameterCase(
            name: "form, exploded integers, optional one left out", method: "GET",
            target: "/form/test-primitive?id2=-1&id3=0", query: ["id2": -1, "id3": 0],
            call: { try await $0.getFormTestPrimitive(id2: -1, id3: 0) }),
        ParameterCase(
            name: "form, string with reserved and non-ASCII characters", method: "POST",
            target: "/form/test-primitive?name=Zo%C3%AB%20%26%20Co%20%3D%20100%25%2B%2C%3B%2F", query: ["name": "Zoë & Co = 100%+,;/"],
            call: { try await $0.postFormTestPrimitive(name: "Zoë & Co = 100%+,;/") }),
        ParameterCase(
            name: "form, enum", method: "PATCH",
            target: "/form/test-primitive?type=dog", query: ["type": "dog"],
            call: { try await $0.patchFormTestPrimitive(type: .dog) }),
        ParameterCase(
            name: "form, unexploded primitives, allowReserved", method: "GET",
            target: "/form/test-primitive-unexploded?id=7&text=a%20b%26c%3Dd%2F%C3%A9%3F%23&flag=true&link=https://example.com/a/b?c%3Dd,e",
            query: ["id": 7, "text": "a b&c=d/é?#", "flag": true, "link": "https://example.com/a/b?c=d,e"],
            call: { try await $0.getUnexplodedPrimitives(id: 7, text: "a b&c=d/é?#", flag: true, link: "https://example.com/a/b?c=d,e") }),
        ParameterCase(
            name: "form, exploded array", method: "GET",
            target: "/form/test-array?type=a%20b&type=c%2Cd&type=%C3%A9", query: ["type": ["a b", "c,d", "é"]],
            call: { try await $0.getFormTestArray(type: ["a b", "c,d", "é"]) }),
        ParameterCase(
            name: "form, unexploded array", method: "POST",
            target: "/form/test-array?type=a,b%20c,%C3%A9", query: ["type": ["a", "b c", "é"]],
            call: { try await $0.postFormTestArray(type: ["a", "b c", "é"]) }),
        ParameterCase(
            name: "form, exploded object", method: "GET",
            target: "/form/test-object?id=42&name=Zo%C3%AB%20K", query: ["type": ["id": "42", "name": "Zoë K"]],
            call: { try await $0.getFormTestObject(type: .init(id: "42", name: "Zoë K")) }),
        ParameterCase(
            name: "form, exploded object, optional member left out", method: "GET",
            target: "/form/test-object?id=42", query: ["type": ["id": "42"]],
            call: { try await $0.getFormTestObject(type: .init(id: "42")) }),
        ParameterCase(
            name: "form, unexploded object", method: "POST",
            target: "/form/test-object?type=id,42,name,Zo%C3%AB", query: ["type": ["id": "42", "name": "Zoë"]],
            call: { try await $0.postFormTestObject(type: .init(id: "42", name: "Zoë")) }),
        ParameterCase(
            name: "spaceDelimited, unexploded array", method: "GET",
            target: "/delimeters/test-array?type=a%20b%20c", query: ["type": ["a", "b", "c"]],
            call: { try await $0.getDelimetersTestArray(type: ["a", "b", "c"]) }),
        ParameterCase(
            name: "pipeDelimited, unexploded array", method: "POST",
            target: "/delimeters/test-array?type=a%7Cb%7C%C3%A9", query: ["type": ["a", "b", "é"]],
            call: { try await $0.postDelimetersTestArray(type: ["a", "b", "é"]) }),
        ParameterCase(
            name: "pipeDelimited, optional array left out", method: "POST",
            target: "/delimeters/test-array", query: [:],
            call: { try await $0.postDelimetersTestArray() }),
        ParameterCase(
            name: "spaceDelimited, exploded array (as form)", method: "PUT",
            target: "/delimeters/test-array?type=a&type=b", query: ["type": ["a", "b"]],
            call: { try await $0.putDelimetersTestArray(type: ["a", "b"]) }),
        ParameterCase(
            name: "pipeDelimited, exploded array (as form)", method: "PATCH",
            target: "/delimeters/test-array?type=a%7Cb&type=c", query: ["type": ["a|b", "c"]],
            call: { try await $0.patchDelimetersTestArray(type: ["a|b", "c"]) }),
        ParameterCase(
            name: "deepObject", method: "GET",
            target: "/deep-object?type%5Bid%5D=42&type%5Bname%5D=x%20y", query: ["type": ["id": "42", "name": "x y"]],
            call: { try await $0.getDeepObject(type: .init(id: "42", name: "x y")) }),
    ]

    @Test(arguments: cases)
    func queryArrivesExactlyAsSerializedAndValid(_ parameterCase: ParameterCase) async throws {
        let server = try await LoopbackServer.forTest()
        try await parameterCase.call(Self.client(server))

        let requests = try await server.requests()
        try #require(requests.count == 1, "\(requests)")
        let request = requests[0]
        #expect(request.valid, "openapi-core: \(request.errors)")
        #expect(request.method == parameterCase.method)
        #expect(request.target == parameterCase.target)
        #expect(request.parameters?["query"] == parameterCase.query, "openapi-core read \(request.parameters.map(String.init(describing:)) ?? "nothing")")
    }

    @Test func pathHeaderAndCookieParametersArriveIntact() async throws {
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(ScriptedResponse(
            status: 200, headers: ["Content-Type": "application/json"], body: #"{"id": "a/b?c#d e é", "version": 3}"#))
        let itemID = "a/b?c#d e é"

        let response = try await Self.client(server).getItemVersion(
            itemId: itemID, version: 3, xRequestID: "req-1", session: "s3cr3t", xTags: ["x", "y z"], theme: .dark)

        #expect(response.id == itemID)
        #expect(response.version == 3)
        let requests = try await server.requests()
        try #require(requests.count == 1, "\(requests)")
        let request = requests[0]
        #expect(request.valid, "openapi-core: \(request.errors)")
        #expect(request.operationId == "getItemVersion")
        #expect(request.target == "/items/a%2Fb%3Fc%23d%20e%20%C3%A9/versions/3")
        #expect(request.path.removingPercentEncoding == "/items/a/b?c#d e é/versions/3")
        #expect(request.header("X-Request-ID") == "req-1")
        #expect(request.header("X-Tags") == "x,y z")
        #expect(request.header("Cookie") == "session=s3cr3t; theme=dark")
        #expect(request.parameters?["path"] == ["itemId": .string(itemID), "version": 3])
        #expect(request.parameters?["header"] == ["X-Request-ID": "req-1", "X-Tags": ["x", "y z"]])
        #expect(request.parameters?["cookie"] == ["session": "s3cr3t", "theme": "dark"])
    }

    @Test func optionalHeaderAndCookieParametersAreLeftOut() async throws {
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(ScriptedResponse(
            status: 200, headers: ["Content-Type": "application/json"], body: #"{"id": "plain", "version": 1}"#))

        _ = try await Self.client(server).getItemVersion(itemId: "plain", version: 1, xRequestID: "req-2", session: "s")

        let request = try #require(try await server.requests().first)
        #expect(request.valid, "openapi-core: \(request.errors)")
        #expect(request.target == "/items/plain/versions/1")
        #expect(request.header("X-Tags") == nil)
        #expect(request.header("Cookie") == "session=s")
    }

    @Test func idempotentRequestIsRetriedAfterATimeout() async throws {
        let server = try await LoopbackServer.forTest()
        let body = #"{"id": "slow", "version": 1}"#
        try await server.enqueue(
            ScriptedResponse(status: 200, headers: ["Content-Type": "application/json"], body: body, delaySeconds: 4),
            ScriptedResponse(status: 200, headers: ["Content-Type": "application/json"], body: body))
        let client = Self.client(server, retryPolicy: RetryPolicy(maxAttempts: 2, initialDelay: 0.01), timeout: 1)

        let start = Date()
        let response = try await client.getItemVersion(itemId: "slow", version: 1, xRequestID: "req-4", session: "s")
        let elapsed = Date().timeIntervalSince(start)

        #expect(response.id == "slow")
        #expect(elapsed < 3.5, "the first attempt was not cut off by the 1 s timeout (took \(elapsed) s)")
        let requests = try await server.requests()
        #expect(requests.count == 2, "\(requests)")
        #expect(requests.map(\.valid) == [true, true], "\(requests)")
    }

    @Test func headerParameterWithLineBreakIsRejectedBeforeSending() async throws {
        let server = try await LoopbackServer.forTest()

        let error = try await #require(throws: HTTPClientError.self) {
            _ = try await Self.client(server).getItemVersion(
                itemId: "item", version: 1, xRequestID: "req\r\nX-Evil: 1", session: "s")
        }
        #expect(error == .invalidHeader(name: "X-Request-ID"))
        #expect(try await server.requests().isEmpty, "the request reached the server")
    }

    @Test func serverRejectsARequestThatBreaksTheSpec() async throws {
        // The other direction: openapi-core does reject what the spec forbids, so the valid verdicts
        // above mean something. `version` has `minimum: 1`; a client that validates requests stops
        // this itself, so it is sent raw here.
        let server = try await LoopbackServer.forTest()
        var request = URLRequest(url: server.url.appendingPathComponent("items/x/versions/0"))
        request.setValue("req-3", forHTTPHeaderField: "X-Request-ID")
        request.setValue("session=s", forHTTPHeaderField: "Cookie")
        request.httpShouldHandleCookies = false
        let (data, response) = try await URLSession(configuration: .ephemeral).data(for: request)

        #expect((response as? HTTPURLResponse)?.statusCode == 400)
        #expect(String(decoding: data, as: UTF8.self).contains("version"))
        let recorded = try #require(try await server.requests().first)
        #expect(!recorded.valid)
    }
}
