import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import SpecsmithRuntime
import Testing

/// `URLSessionTransport` against real HTTP servers on 127.0.0.1: redirects across origins, the body
/// limit while the body arrives, redacted errors, cancellation.
@Suite(.serialized) struct LoopbackTransportTests {
    static let schemes = [
        SecurityScheme(name: "bearer", kind: .bearer),
        SecurityScheme(name: "header", kind: .apiKey(in: .header, name: "X-API-Key")),
        SecurityScheme(name: "query", kind: .apiKey(in: .query, name: "api_key")),
    ]
    static let credentials: [String: APICredential] = ["bearer": .bearer("s3cret-bearer"), "header": .apiKey("s3cret-header"), "query": .apiKey("s3cret-query")]

    private func core(_ server: URL, limit: Int = APIClientConfiguration.defaultMaxResponseBodySize) -> APIClientCore {
        let session = URLSession(configuration: .ephemeral)
        return APIClientCore(configuration: APIClientConfiguration(
            serverURL: server, transport: URLSessionTransport(session: session), credentials: Self.credentials,
            retryPolicy: .none, timeout: 20, maxResponseBodySize: limit))
    }

    private func send(_ core: APIClientCore, _ path: String) async throws -> HTTPResponse {
        var builder = HTTPRequestBuilder(method: "GET", pathTemplate: path)
        builder.addCookie("session", .primitive("s3cret-cookie"))
        return try await core.send(builder, operationID: "op", security: [["bearer", "header", "query"]], schemes: Self.schemes)
    }

    @Test func sendsAndReceives() async throws {
        let server = try TestHTTPServer { _ in .init(status: 201, headers: [("X-Reply", "yes")], body: Data("hello".utf8)) }
        defer { server.stop() }
        let response = try await send(core(server.url), "/hello")
        #expect(response.status == 201)
        #expect(response.headers["x-reply"] == "yes")
        #expect(String(decoding: response.body, as: UTF8.self) == "hello")
        let received = try #require(server.requests.first)
        #expect(received.target == "/hello?api_key=s3cret-query")
        #expect(received.header("Authorization") == "Bearer s3cret-bearer")
        #expect(received.header("X-API-Key") == "s3cret-header")
    }

    @Test func aRedirectToAnotherPortLosesTheCredentials() async throws {
        let landing = try TestHTTPServer { _ in .init(status: 200, body: Data("landed".utf8)) }
        defer { landing.stop() }
        let target = "http://127.0.0.1:\(landing.port)/landing?api_key=s3cret-query&page=2"
        let origin = try TestHTTPServer { _ in .init(status: 302, headers: [("Location", target)]) }
        defer { origin.stop() }

        let response = try await send(core(origin.url), "/start")
        #expect(response.status == 200)
        #expect(origin.requests.first?.header("Authorization") == "Bearer s3cret-bearer")
        let received = try #require(landing.requests.first)
        #expect(received.target == "/landing?page=2")
        for name in ["Authorization", "X-API-Key", "Cookie"] {
            #expect(received.header(name) == nil, "\(name) was sent to another origin")
        }
        #expect(!received.headers.contains { $0.value.contains("s3cret") })
    }

    @Test func aRedirectWithinTheOriginKeepsThem() async throws {
        let server = try TestHTTPServer { request in
            request.target.hasPrefix("/start") ? .init(status: 307, headers: [("Location", "/landing")]) : .init(status: 200)
        }
        defer { server.stop() }
        #expect(try await send(core(server.url), "/start").status == 200)
        let landing = try #require(server.requests.last)
        #expect(landing.target == "/landing")
        #expect(landing.header("Authorization") == "Bearer s3cret-bearer")
        #expect(landing.header("X-API-Key") == "s3cret-header")
    }

    @Test(arguments: [false, true])
    func aBodyOverTheLimitIsRefused(omitsContentLength: Bool) async throws {
        let server = try TestHTTPServer { _ in .init(status: 200, body: Data(count: 200_000), omitsContentLength: omitsContentLength) }
        defer { server.stop() }
        await #expect(throws: HTTPClientError.responseTooLarge(limit: 1_000)) { try await send(core(server.url, limit: 1_000), "/big") }
        #expect(try await send(core(server.url, limit: 200_000), "/big").body.count == 200_000)
    }

    @Test func connectionErrorsHideTheSecretsOfTheURL() async throws {
        let port = try TestHTTPServer.closedPort()
        do {
            _ = try await send(core(URL(string: "http://127.0.0.1:\(port)")!), "/x")
            Issue.record("nothing listens on port \(port), yet the request succeeded")
        } catch let error as URLError {
            #expect(error.code == .cannotConnectToHost || error.code == .networkConnectionLost || error.code == .cannotFindHost, "\(error.code)")
            for text in ClientSafetyTests.everyRendering(of: error) + ClientSafetyTests.everyRendering(of: error as NSError) {
                #expect(!text.contains("s3cret"), "\(text)")
            }
        }
    }

    @Test func cancellingTheTaskCancelsTheRequest() async throws {
        let server = try TestHTTPServer { _ in .init(status: 200, delay: 90) }
        defer { server.stop() }
        let client = core(server.url)
        let task = Task { try await send(client, "/slow") }
        try await Task.sleep(nanoseconds: 300_000_000)
        let start = Date()
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        // Far below the server's 90 s, with room for a loaded machine.
        #expect(Date().timeIntervalSince(start) < 45)
    }
}
