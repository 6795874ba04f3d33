import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SpecsmithRuntime
import Testing

/// The generated client's safety rules that need no network: nothing invalid is sent, nothing
/// secret is printed, no body is accepted past the limit.
@Suite struct ClientSafetyTests {
    private func send(_ core: APIClientCore, _ builder: HTTPRequestBuilder = HTTPRequestBuilder(method: "GET", pathTemplate: "/x"),
                      security: [[String]] = [], schemes: [SecurityScheme] = []) async throws -> HTTPResponse {
        try await core.send(builder, operationID: "op", security: security, schemes: schemes)
    }

    // MARK: Nothing invalid is sent

    @Test(arguments: ["GET /admin HTTP/1.1\r\nHost: evil", "GE T", "", "GET\n", "PÖST"])
    func invalidMethodsAreRefusedBeforeSending(_ method: String) async {
        let transport = FakeTransport(status: 200)
        await #expect(throws: HTTPClientError.invalidMethod(method)) {
            try await send(makeCore(transport), HTTPRequestBuilder(method: method, pathTemplate: "/x"))
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func aMiddlewareCannotSendAnInvalidMethod() async {
        struct Rewrite: HTTPMiddleware {
            func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
                var request = request
                request.method = "GET\r\nX-Injected: 1"
                return try await next(request)
            }
        }
        let transport = FakeTransport(status: 200)
        await #expect(throws: HTTPClientError.self) { try await send(makeCore(transport, middlewares: [Rewrite()])) }
        #expect(transport.requests.isEmpty)
    }

    @Test func anAPIKeyThatWouldSplitTheRequestIsRefused() async {
        let transport = FakeTransport(status: 200)
        let core = makeCore(transport, defaultCredential: .apiKey("key\r\nX-Admin: true"))
        await #expect(throws: HTTPClientError.invalidHeader(name: "X-API-Key")) {
            try await send(core, security: [["key"]], schemes: [SecurityScheme(name: "key", kind: .apiKey(in: .header, name: "X-API-Key"))])
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func anAPIKeySchemeWhoseNameIsNotATokenIsRefused() async {
        let transport = FakeTransport(status: 200)
        let core = makeCore(transport, defaultCredential: .apiKey("k"))
        await #expect(throws: HTTPClientError.invalidHeader(name: "X Key")) {
            try await send(core, security: [["key"]], schemes: [SecurityScheme(name: "key", kind: .apiKey(in: .header, name: "X Key"))])
        }
        #expect(transport.requests.isEmpty)
    }

    // MARK: Body size

    @Test func bodiesOverTheLimitAreRefusedWhateverTheTransport() async throws {
        let limit = 10
        let atLimit = FakeTransport(status: 200, body: Data(count: limit))
        let configuration = APIClientConfiguration(serverURL: URL(string: "https://api.example.com")!, transport: atLimit, maxResponseBodySize: limit)
        #expect(try await send(APIClientCore(configuration: configuration)).body.count == limit)
        #expect(atLimit.requests.first?.maxResponseBodySize == limit)

        let over = FakeTransport(status: 200, body: Data(count: limit + 1))
        var large = configuration
        large.transport = over
        await #expect(throws: HTTPClientError.responseTooLarge(limit: limit)) { try await send(APIClientCore(configuration: large)) }
        // Not a transient failure: asking again would only fetch the same body.
        #expect(over.requests.count == 1)
    }

    @Test func theDefaultLimitIsDocumented() {
        let configuration = APIClientConfiguration(serverURL: URL(string: "https://api.example.com")!)
        #expect(configuration.maxResponseBodySize == 104_857_600)
        #expect(APIClientConfiguration.defaultMaxResponseBodySize == 100 * 1_024 * 1_024)
        #expect(HTTPClientError.responseTooLarge(limit: 5).description.contains("5 bytes"))
    }

    // MARK: Nothing secret is printed

    static func everyRendering(of value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\([value])", dumped]
    }

    static func expectNoSecret(in value: Any, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in everyRendering(of: value) {
            #expect(!text.contains("s3cret"), "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func responsesHideCookiesAndBodies() {
        let response = HTTPResponse(status: 200, headers: ["Set-Cookie": "session=s3cret", "ETag": "\"v1\""], body: Data(#"{"access_token":"s3cret"}"#.utf8))
        Self.expectNoSecret(in: response)
        #expect(response.description == #"200 [Set-Cookie: <redacted>, ETag: "v1"] (25-byte body)"#)
    }

    @Test func configurationsAndCoresHideEverySecret() {
        struct SecretMiddleware: HTTPMiddleware {
            let token = "s3cret-middleware"
            func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
                try await next(request)
            }
        }
        struct SecretTransport: HTTPTransport {
            let key = "s3cret-transport"
            func send(_ request: HTTPRequest) async throws -> HTTPResponse { HTTPResponse(status: 200) }
        }
        let configuration = APIClientConfiguration(
            serverURL: URL(string: "https://user:s3cret-url@api.example.com/v1")!, transport: SecretTransport(),
            credentials: ["basicAuth": .basic(username: "u", password: "s3cret-basic"), "key": .apiKey("s3cret-key")],
            defaultCredential: .bearer("s3cret-bearer"), middlewares: [SecretMiddleware()])
        Self.expectNoSecret(in: configuration)
        Self.expectNoSecret(in: APIClientCore(configuration: configuration))
        #expect(configuration.description.contains("basicAuth: basic(<redacted>)"))
        #expect(configuration.description.contains("https://user:<redacted>@api.example.com/v1"))
        #expect(configuration.description.contains("middlewares: 1"))
    }

    @Test func errorsHideSecrets() {
        let response = HTTPResponse(status: 401, headers: ["WWW-Authenticate": "Bearer", "Set-Cookie": "id=s3cret"], body: Data("denied".utf8))
        let error = APIError(operationID: "me", response: response)
        Self.expectNoSecret(in: error)
        #expect(error.description == "me failed with status 401: denied")
        Self.expectNoSecret(in: HTTPClientError.invalidHeader(name: "Authorization"))
    }

    /// What a logging middleware writes: the request, the response and any error, interpolated.
    @Test func middlewareLogsHideSecrets() async throws {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var lines: [String] = []
            func add(_ line: String) { lock.withLock { lines.append(line) } }
        }
        struct Logging: HTTPMiddleware {
            let log: Log
            func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
                log.add("→ \(request)")
                var dumped = ""
                dump(request, to: &dumped)
                log.add(dumped)
                do {
                    let response = try await next(request)
                    log.add("← \(response) \(String(reflecting: response))")
                    return response
                } catch {
                    log.add("✗ \(error) \(String(reflecting: error))")
                    throw error
                }
            }
        }
        let log = Log()
        let transport = FakeTransport([HTTPResponse.reply(503, ["Set-Cookie": "a=s3cret-cookie"]), .failure(URLError(.timedOut))])
        let core = makeCore(transport, credentials: ["bearer": .bearer("s3cret-bearer"), "query": .apiKey("s3cret-query"), "header": .apiKey("s3cret-header")],
                            middlewares: [Logging(log: log)])
        let schemes = [SecurityScheme(name: "bearer", kind: .bearer), SecurityScheme(name: "query", kind: .apiKey(in: .query, name: "key")),
                       SecurityScheme(name: "header", kind: .apiKey(in: .header, name: "X-Key"))]
        await #expect(throws: URLError.self) { try await send(core, security: [["bearer", "query", "header"]], schemes: schemes) }
        #expect(log.lines.count >= 6)
        for line in log.lines {
            #expect(!line.contains("s3cret"), "\(line)")
        }
        #expect(transport.requests.first?.headers["Authorization"] == "Bearer s3cret-bearer")
    }

    @Test func transportErrorsHideTheFailingURLsSecrets() {
        let request = HTTPRequest(method: "GET", url: URL(string: "https://u:s3cret-pw@api.example.com/x?key=s3cret-key&page=2")!, redactedNames: ["key"])
        let original = URLError(.cannotConnectToHost, userInfo: [NSURLErrorFailingURLErrorKey: request.url, NSLocalizedDescriptionKey: "Could not connect to the server."])
        let redacted = URLSessionTransport.redacting(original, of: request)
        #expect(redacted.code == .cannotConnectToHost)
        Self.expectNoSecret(in: redacted)
        Self.expectNoSecret(in: redacted as NSError)
        #expect(redacted.localizedDescription == "Could not connect to the server.")
        #expect(redacted.failingURL?.absoluteString.contains("page=2") == true)
        let quoting = URLError(.badURL, userInfo: [NSURLErrorFailingURLErrorKey: request.url, NSLocalizedDescriptionKey: "bad \(request.url.absoluteString)"])
        Self.expectNoSecret(in: URLSessionTransport.redacting(quoting, of: request))
    }
}
