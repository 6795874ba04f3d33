import Foundation
import SpecsmithRuntime
import Testing

/// Which credentials are applied where, and that none of them shows up when a request is printed.
@Suite struct AuthenticationTests {
    static let schemes = [
        SecurityScheme(name: "bearerAuth", kind: .bearer),
        SecurityScheme(name: "basicAuth", kind: .basic),
        SecurityScheme(name: "headerKey", kind: .apiKey(in: .header, name: "X-API-Key")),
        SecurityScheme(name: "queryKey", kind: .apiKey(in: .query, name: "api_key")),
        SecurityScheme(name: "cookieKey", kind: .apiKey(in: .cookie, name: "key")),
    ]

    private func sent(_ security: [[String]], credentials: [String: APICredential] = [:], default credential: APICredential? = nil,
                      configure: (inout HTTPRequestBuilder) -> Void = { _ in }) async throws -> HTTPRequest {
        let transport = FakeTransport(status: 200)
        let core = makeCore(transport, credentials: credentials, defaultCredential: credential)
        var builder = HTTPRequestBuilder(method: "GET", pathTemplate: "/me")
        configure(&builder)
        _ = try await core.send(builder, operationID: "me", security: security, schemes: Self.schemes)
        return try #require(transport.requests.first)
    }

    @Test func bearerAndBasic() async throws {
        #expect(try await sent([["bearerAuth"]], default: .bearer("tok")).headers["Authorization"] == "Bearer tok")
        let basic = try await sent([["basicAuth"]], credentials: ["basicAuth": .basic(username: "u", password: "p:w")])
        #expect(basic.headers["Authorization"] == "Basic " + Data("u:p:w".utf8).base64EncodedString())
    }

    @Test func apiKeysInHeaderQueryAndCookie() async throws {
        let header = try await sent([["headerKey"]], default: .apiKey("k1"))
        #expect(header.headers["X-API-Key"] == "k1")
        let query = try await sent([["queryKey"]], default: .apiKey("k 2&x")) { $0.addQueryParameter("q", .primitive("1")) }
        #expect(query.url.query(percentEncoded: true) == "q=1&api_key=k%202%26x")
        let cookie = try await sent([["cookieKey"]], default: .apiKey("k3")) { $0.addCookie("a", .primitive("1")) }
        #expect(cookie.headers["Cookie"] == "a=1; key=k3")
    }

    @Test func firstSatisfiableAlternativeWins() async throws {
        let request = try await sent([["bearerAuth", "headerKey"], ["basicAuth"]], credentials: ["basicAuth": .basic(username: "u", password: "p")])
        #expect(request.headers["Authorization"]?.hasPrefix("Basic ") == true)
        #expect(request.headers["X-API-Key"] == nil)
        let both = try await sent([["bearerAuth", "headerKey"]], credentials: ["bearerAuth": .bearer("t"), "headerKey": .apiKey("k")])
        #expect(both.headers["Authorization"] == "Bearer t")
        #expect(both.headers["X-API-Key"] == "k")
    }

    @Test func aCredentialOfTheWrongKindIsNotApplied() async throws {
        let request = try await sent([["headerKey"]], default: .bearer("tok"))
        #expect(request.headers["Authorization"] == nil)
        #expect(request.headers["X-API-Key"] == nil)
    }

    @Test func anInvalidCredentialIsRefusedBeforeSending() async throws {
        let transport = FakeTransport(status: 200)
        let core = makeCore(transport, defaultCredential: .bearer("tok\r\nX-Admin: 1"))
        await #expect(throws: HTTPClientError.self) {
            try await core.send(HTTPRequestBuilder(method: "GET", pathTemplate: "/"), operationID: "op", security: [["bearerAuth"]], schemes: Self.schemes)
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func sentRequestsDescribeWithoutSecrets() async throws {
        let request = try await sent(
            [["bearerAuth", "headerKey", "queryKey", "cookieKey"]],
            credentials: ["bearerAuth": .bearer("s3cret-bearer"), "headerKey": .apiKey("s3cret-header"),
                          "queryKey": .apiKey("s3cret-query"), "cookieKey": .apiKey("s3cret-cookie")]
        ) { $0.addQueryParameter("page", .primitive("2")) }
        #expect(request.url.absoluteString.contains("s3cret-query"))
        for text in [request.description, String(reflecting: request), "\([request])", Self.dumped(request)] {
            #expect(!text.contains("s3cret"), "\(text)")
        }
        #expect(request.description.contains("page=2"))
        #expect(request.description.contains("api_key=<redacted>"))
    }

    @Test func urlPasswordsAreRedacted() {
        let request = HTTPRequest(method: "GET", url: URL(string: "https://user:s3cret@example.com/x")!)
        #expect(!request.description.contains("s3cret"))
        #expect(request.description.contains("user:<redacted>@"))
    }

    @Test func credentialsNeverDescribeTheirSecret() {
        for credential in [APICredential.bearer("s3cret"), .basic(username: "u", password: "s3cret"), .apiKey("s3cret")] {
            for text in [credential.description, String(reflecting: credential), "\([credential])", Self.dumped(credential), "\(["k": credential])"] {
                #expect(!text.contains("s3cret"), "\(text)")
            }
        }
    }

    static func dumped(_ value: some Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }
}
