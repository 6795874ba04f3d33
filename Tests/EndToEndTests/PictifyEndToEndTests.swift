import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PictifyBindingsModels
import Testing

/// The generated Pictify client against a real HTTP server on loopback that checks every request
/// against `pictify-bindings.yaml` with openapi-core.
@Suite(
    .enabled(if: EndToEnd.isAvailable, "skipping end-to-end tests: run Scripts/e2e/setup.sh"),
    .loopbackServer(spec: "pictify-bindings/pictify-bindings.yaml"),
    .serialized,
    .timeLimit(.minutes(1))
)
struct PictifyEndToEndTests {
    static let token = "pk_test_4eC39HqLyjWDarjtT1zdp7dc"

    /// A request that sets every property the spec has.
    static let fullRequest = CreateBindingRequest(
        templateId: "tmpl_123",
        name: "Daily product card",
        dataSource: .init(
            type: .http, url: URL(string: "https://example.com/feed.json"), method: .get,
            headers: ["Accept": "application/json"], credentials: .init(type: .bearerToken, value: "feed-token")),
        mapping: ["title": "$.name", "price": "$.price"],
        defaults: ["title": .string("Untitled"), "price": .integer(0), "tags": .array([.string("new")])],
        refreshPolicy: .init(type: .ttl, ttlSeconds: 300, onError: .serveStale),
        outputConfig: .init(format: .png, quality: 90))

    /// `fullRequest` as the spec spells it, written out by hand rather than by an encoder.
    static let fullRequestJSON = """
        {
          "templateId": "tmpl_123",
          "name": "Daily product card",
          "dataSource": {
            "type": "http", "url": "https://example.com/feed.json", "method": "GET",
            "headers": {"Accept": "application/json"},
            "credentials": {"type": "bearer_token", "value": "feed-token"}
          },
          "mapping": {"title": "$.name", "price": "$.price"},
          "defaults": {"title": "Untitled", "price": 0, "tags": ["new"]},
          "refreshPolicy": {"type": "ttl", "ttlSeconds": 300, "onError": "serve_stale"},
          "outputConfig": {"format": "png", "quality": 90}
        }
        """

    /// A 201 body for scripted answers.
    static let createdBody = """
        {"binding": {"uid": "bnd_1", "templateId": "tmpl_123", "status": "paused",
          "renderUrl": "https://api.pictify.io/bindings/bnd_1/render.png", "createdAt": "2025-11-25T09:30:00Z"}}
        """

    static func client(_ server: LoopbackServer, auth: APICredential? = .bearer(token), retryPolicy: RetryPolicy = .none) -> PictifyClient {
        PictifyClient(
            serverURL: server.url, auth: auth,
            transport: URLSessionTransport(session: URLSession(configuration: .ephemeral)),
            retryPolicy: retryPolicy, timeout: 10)
    }

    @Test func createBindingSendsAValidRequestAndDecodesTheBinding() async throws {
        let server = try await LoopbackServer.forTest()
        let response = try await Self.client(server).createBinding(Self.fullRequest)

        let requests = try await server.requests()
        try #require(requests.count == 1, "\(requests)")
        let request = requests[0]
        #expect(request.valid, "openapi-core: \(request.errors)")
        #expect(request.method == "POST")
        #expect(request.target == "/bindings")
        #expect(request.operationId == "createBinding")
        #expect(request.header("Authorization") == "Bearer \(Self.token)")
        #expect(request.header("Content-Type") == "application/json")
        #expect(try request.jsonBody() == LooseJSON(json: Self.fullRequestJSON))

        // The server's default answer: a 201 with a realistic binding.
        let binding = try #require(response.binding)
        #expect(binding.uid == "bnd_2f9c1a7e")
        #expect(binding.templateId == "tmpl_123")
        #expect(binding.status == .active)
        #expect(binding.dataSource?.method == .get)
        #expect(binding.refreshPolicy?.onError == .serveStale)
        #expect(binding.mapping == ["title": "$.name", "price": "$.price"])
        #expect(binding.renderUrl == URL(string: "https://api.pictify.io/bindings/bnd_2f9c1a7e/render.png"))
        #expect(binding.createdAt == Date(timeIntervalSince1970: 1_764_063_000))  // 2025-11-25T09:30:00Z
    }

    @Test func retriesAfterTooManyRequestsAsRetryAfterSays() async throws {
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(
            ScriptedResponse(status: 429, headers: ["Retry-After": "1", "Content-Type": "text/plain"], body: "slow down"),
            ScriptedResponse(status: 201, headers: ["Content-Type": "application/json"], body: Self.createdBody))
        let client = Self.client(server, retryPolicy: RetryPolicy(maxAttempts: 2, initialDelay: 0.01, maxDelay: 5))

        let start = Date()
        let response = try await client.createBinding(Self.fullRequest)
        let elapsed = Date().timeIntervalSince(start)

        #expect(response.binding?.uid == "bnd_1")
        #expect(response.binding?.status == .paused)
        #expect(elapsed >= 0.95, "waited only \(elapsed) s despite Retry-After: 1")
        let requests = try await server.requests()
        #expect(requests.count == 2, "\(requests)")
        #expect(requests.map(\.valid) == [true, true], "\(requests)")
        #expect(requests.map(\.responseStatus) == [429, 201])
        #expect(Set(requests.map(\.body)).count == 1, "the retry sent a different body")
    }

    @Test func problemDetailsBecomeAPIErrorProblem() async throws {
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(ScriptedResponse(
            status: 400, headers: ["Content-Type": "application/problem+json"],
            body: #"{"type": "https://pictify.io/problems/template", "title": "Unknown template", "status": 400, "detail": "No template tmpl_123.", "field": "templateId"}"#))

        let error = try await #require(throws: APIError.self) {
            try await Self.client(server).createBinding(Self.fullRequest)
        }
        #expect(error.status == 400)
        #expect(error.operationID == "createBinding")
        #expect(error.problem?.title == "Unknown template")
        #expect(error.problem?.detail == "No template tmpl_123.")
        #expect(error.problem?.status == 400)
        #expect(error.problem?.type == "https://pictify.io/problems/template")
        #expect(error.problem?.extensions["field"] == .string("templateId"))
        #expect(error.description.contains("Unknown template"))
        Self.expectNoToken(in: error)
        #expect(try await server.requests().map(\.valid) == [true])
    }

    @Test func serverErrorWithHTMLIsNotRetried() async throws {
        let server = try await LoopbackServer.forTest()
        let html = "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
        try await server.enqueue(ScriptedResponse(status: 500, headers: ["Content-Type": "text/html"], body: html))
        // The default policy retries 429 and 503 only; a 500 must come back at once.
        let client = Self.client(server, retryPolicy: .default)

        let error = try await #require(throws: APIError.self) {
            try await client.createBinding(Self.fullRequest)
        }
        #expect(error.status == 500)
        #expect(error.problem == nil)
        #expect(error.bodyText?.contains(html) == true)
        #expect(error.headers["Content-Type"] == "text/html")
        Self.expectNoToken(in: error)
        let requests = try await server.requests()
        #expect(requests.count == 1, "\(requests)")
    }

    @Test func exhaustedRetriesReportTheLastResponseWithoutTheToken() async throws {
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(
            ScriptedResponse(status: 503, headers: ["Retry-After": "0"], body: "down for maintenance"),
            ScriptedResponse(status: 503, headers: ["Retry-After": "0"], body: "still down"))
        let client = Self.client(server, retryPolicy: RetryPolicy(maxAttempts: 2, initialDelay: 0.01))

        let error = try await #require(throws: APIError.self) {
            try await client.createBinding(Self.fullRequest)
        }
        #expect(error.status == 503)
        #expect(error.bodyText == "still down")
        Self.expectNoToken(in: error)
        #expect(try await server.requests().count == 2)
    }

    @Test func timedOutPostIsNotRetried() async throws {
        // A POST may have reached the server before the answer was lost; sending it again could
        // create a second binding.
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(ScriptedResponse(
            status: 201, headers: ["Content-Type": "application/json"], body: Self.createdBody, delaySeconds: 4))
        let client = PictifyClient(
            serverURL: server.url, auth: .bearer(Self.token),
            transport: URLSessionTransport(session: URLSession(configuration: .ephemeral)),
            retryPolicy: RetryPolicy(maxAttempts: 3, initialDelay: 0.01), timeout: 1)

        let start = Date()
        let error = await #expect(throws: (any Error).self) {
            try await client.createBinding(Self.fullRequest)
        }
        #expect(Date().timeIntervalSince(start) < 3.5, "the 1 s timeout did not end the request")
        #expect((error as? URLError)?.code == .timedOut, "\(String(describing: error))")
        #expect(try await server.requests().count == 1)
    }

    @Test func headerInjectionIsRejectedBeforeSending() async throws {
        let server = try await LoopbackServer.forTest()
        let client = Self.client(server, auth: .bearer("abc\r\nX-Evil: 1"))

        let error = try await #require(throws: HTTPClientError.self) {
            try await client.createBinding(Self.fullRequest)
        }
        #expect(error == .invalidHeader(name: "Authorization"))
        #expect(!error.description.contains("X-Evil"))
        #expect(!String(reflecting: error).contains("X-Evil"))
        #expect(try await server.requests().isEmpty, "the request reached the server")
    }

    @Test func withResponseExposesResponseHeaders() async throws {
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(ScriptedResponse(
            status: 201,
            headers: ["Content-Type": "application/json", "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59"],
            body: Self.createdBody))

        let response = try await Self.client(server).createBindingWithResponse(Self.fullRequest)

        #expect(response.status == 201)
        #expect(response.headers["X-RateLimit-Limit"] == "60")
        #expect(response.headers["x-ratelimit-remaining"] == "59")
        #expect(response.body.binding?.uid == "bnd_1")
        #expect(try await server.requests().map(\.valid) == [true])
    }

    @Test func requestWithoutCredentialsIsRejectedByTheServer() async throws {
        // The other direction: the server does check security, so the valid verdicts above mean something.
        let server = try await LoopbackServer.forTest()
        let error = try await #require(throws: APIError.self) {
            try await Self.client(server, auth: nil).createBinding(Self.fullRequest)
        }
        #expect(error.status == 400)
        #expect(error.problem?.title == "Request does not match the API description")
        let requests = try await server.requests()
        #expect(requests.count == 1)
        #expect(requests.first?.valid == false)
        #expect(requests.first?.errors.joined().contains("SecurityValidationError") == true, "\(requests)")
    }

    /// Neither the error's description nor its debug description shows the bearer token.
    static func expectNoToken(in error: some Error & CustomStringConvertible, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in [error.description, String(describing: error), String(reflecting: error), "\(error)"] {
            #expect(!text.contains(token), "the token leaked into \(String(reflecting: text))", sourceLocation: sourceLocation)
        }
    }
}
