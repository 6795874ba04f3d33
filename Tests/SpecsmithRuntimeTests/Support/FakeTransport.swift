import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SpecsmithRuntime

/// A transport that answers from a script and records what it was sent, so client behaviour
/// (retries, authentication, redaction) is tested without a network.
final class FakeTransport: HTTPTransport, @unchecked Sendable {
    // @unchecked: every stored property is guarded by `lock`.
    private let lock = NSLock()
    private var script: [Result<HTTPResponse, any Error>]
    private var sent: [HTTPRequest] = []

    /// Answers with `script` in order, repeating the last entry once the script runs out.
    init(_ script: [Result<HTTPResponse, any Error>]) {
        self.script = script
    }

    /// Always answers `status`.
    convenience init(status: Int, headers: HTTPHeaders = [:], body: Data = Data()) {
        self.init([.success(HTTPResponse(status: status, headers: headers, body: body))])
    }

    /// The requests received, oldest first.
    var requests: [HTTPRequest] {
        lock.withLock { sent }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let answer = lock.withLock { () -> Result<HTTPResponse, any Error> in
            sent.append(request)
            return script.count > 1 ? script.removeFirst() : script.first ?? .failure(URLError(.badServerResponse))
        }
        return try answer.get()
    }
}

extension HTTPResponse {
    static func reply(_ status: Int, _ headers: HTTPHeaders = [:], body: String = "") -> Result<HTTPResponse, any Error> {
        .success(HTTPResponse(status: status, headers: headers, body: Data(body.utf8)))
    }
}

/// A core with `transport` and no waiting between attempts unless a test asks for it.
func makeCore(
    _ transport: any HTTPTransport, server: String = "https://api.example.com",
    retry: RetryPolicy = RetryPolicy(maxAttempts: 3, initialDelay: 0, maxDelay: 0),
    credentials: [String: APICredential] = [:], defaultCredential: APICredential? = nil,
    middlewares: [any HTTPMiddleware] = []
) -> APIClientCore {
    APIClientCore(configuration: APIClientConfiguration(
        serverURL: URL(string: server)!, transport: transport, credentials: credentials,
        defaultCredential: defaultCredential, retryPolicy: retry, middlewares: middlewares))
}
