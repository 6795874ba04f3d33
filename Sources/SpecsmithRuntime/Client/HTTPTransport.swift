import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Transport and middleware

/// Sends requests over the network. ``URLSessionTransport`` is the default; supply your own to use
/// another HTTP stack or to stub the server in tests.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response whatever its status; throws only when no response
    /// arrived (connection failures, timeouts, cancellation).
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// Sees every request on its way out and its response on the way back, to log, measure, sign or
/// change them. The client calls the middlewares in the order they are configured, the first one
/// outermost, once per attempt (so a retried request passes through them again).
public protocol HTTPMiddleware: Sendable {
    /// Handles `request`, usually by calling `next` with it (or with a changed copy) and returning
    /// (or changing) what `next` returns.
    func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse
}

/// Sends requests with `URLSession`'s async API.
///
/// Cancelling the calling task cancels the request: `URLSession.data(for:)` does that on Apple
/// platforms and, since Swift 6, on Linux too. On Apple platforms that API needs macOS 12,
/// iOS 15, tvOS 15 or watchOS 8. `HTTPRequest.timeout` becomes `URLRequest.timeoutInterval`: on Apple
/// platforms the longest the session waits for data, on Linux the longest the whole request may take,
/// in whole seconds. Redirects follow the session's default behaviour.
public struct URLSessionTransport: HTTPTransport {
    /// The session that sends the requests.
    public let session: URLSession

    /// Creates a transport that sends requests through `session`.
    public init(session: URLSession = .shared) {
        self.session = session
    }

    /// Sends `request` and waits for the whole response body.
    /// - Throws: the session's `URLError`, or ``HTTPClientError/transport(_:)`` if the answer is not HTTP.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        if let timeout = request.timeout {
            #if canImport(FoundationNetworking)
            // FoundationNetworking truncates the interval to whole seconds, so a timeout under one second
            // would become zero and fail every request that is not answered at once.
            urlRequest.timeoutInterval = max(1, timeout.rounded(.up))
            #else
            urlRequest.timeoutInterval = timeout
            #endif
        }
        for (name, value) in request.headers {
            urlRequest.addValue(value, forHTTPHeaderField: name)
        }
        // Cookies the client sets itself (cookie parameters, API keys) must reach the server as they
        // are, not be replaced or joined by whatever the shared cookie storage holds.
        if request.headers["Cookie"] != nil { urlRequest.httpShouldHandleCookies = false }
        let (data, response) = try await session.data(for: urlRequest)
        guard let httpResponse = response as? HTTPURLResponse else {
            throw HTTPClientError.transport("The response to \(request.method) \(request.url.path) is not an HTTP response.")
        }
        var headers = HTTPHeaders()
        // Sorted because the session hands them over as an unordered dictionary; a field the session
        // let through that HTTPHeaders would reject is dropped rather than failing the whole response.
        let fields = httpResponse.allHeaderFields.compactMap { name, value -> (String, String)? in
            guard let name = name as? String, let value = value as? String else { return nil }
            return (name, value)
        }
        for (name, value) in fields.sorted(by: { $0.0.lowercased() < $1.0.lowercased() }) {
            try? headers.add(name, value)
        }
        return HTTPResponse(status: httpResponse.statusCode, headers: headers, body: data)
    }
}
