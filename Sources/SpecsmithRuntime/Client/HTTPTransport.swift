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

    /// Sends `request` and returns once the response's head has arrived, with a body that is read as
    /// it arrives (server-sent events, JSON Lines, large downloads). Throws only when no response
    /// arrived. The default implementation waits for the whole body with ``send(_:)``, so a transport
    /// that cannot stream still works, holding each body in memory.
    func stream(_ request: HTTPRequest) async throws -> HTTPStreamedResponse

    /// Whether the transport sends ``HTTPRequest/bodyStream`` itself; when not (the default), the
    /// client reads the stream into ``HTTPRequest/body`` before handing the request over.
    var streamsRequestBodies: Bool { get }
}

/// Sees every request on its way out and its response on the way back, to log, measure, sign or
/// change them. The client calls the middlewares in the order they are configured, the first one
/// outermost, once per attempt (so a retried request passes through them again).
public protocol HTTPMiddleware: Sendable {
    /// Handles `request`, usually by calling `next` with it (or with a changed copy) and returning
    /// (or changing) what `next` returns.
    func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse

    /// Handles a request whose response body is read as it arrives. The default implementation calls
    /// ``intercept(_:next:)`` with a response holding the status and headers but an empty body, so a
    /// middleware that signs, logs or measures requests works unchanged; the body then passes it by.
    func interceptStream(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPStreamedResponse
    ) async throws -> HTTPStreamedResponse
}

/// Sends requests with `URLSession`, through a session of its own made from the given session's
/// configuration (timeouts, caching, cookies, proxies, TLS settings), with a delegate of its own.
///
/// The given session's delegate is not consulted: the transport's delegate is what guards redirects
/// and the body limit (below). For client certificates or certificate pinning, which need a
/// delegate, supply a transport of your own. Cancelling the calling task cancels the request.
/// `HTTPRequest.timeout` becomes `URLRequest.timeoutInterval`: on Apple platforms the
/// longest the session waits for data, on Linux the longest the whole request may take, in whole
/// seconds.
///
/// Safety: redirects are followed, but one to another origin (scheme, host or port) loses the
/// `Authorization`, `Proxy-Authorization` and `Cookie` headers and the headers and query items named
/// in `HTTPRequest.redactedNames` (API keys); a body longer than `HTTPRequest.maxResponseBodySize` is
/// cancelled as soon as it is too long and fails with ``HTTPClientError/responseTooLarge(limit:)``;
/// and a `URLError`'s failing URL is given with its secrets redacted, since the error's description
/// prints it.
public struct URLSessionTransport: HTTPTransport {
    /// The session whose configuration requests are sent with.
    public let session: URLSession
    private let delegatingSession: DelegatingURLSession

    /// Creates a transport that sends requests with `session`'s configuration.
    public init(session: URLSession = .shared) {
        self.session = session
        delegatingSession = session === URLSession.shared ? .shared : DelegatingURLSession(configuration: session.configuration)
    }

    /// Sends `request` and waits for the whole response body.
    /// - Throws: the session's `URLError`, or ``HTTPClientError/transport(_:)`` if the answer is not HTTP.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let (urlRequest, upload) = try await Self.urlRequest(for: request)
        defer { upload?.removeIfTemporary() }
        let (data, response): (Data, URLResponse)
        do {
            (data, response) = try await delegatingSession.send(urlRequest, uploadFile: upload?.url, runner: URLSessionTaskRunner(for: request))
        } catch let error as URLError {
            throw Self.redacting(error, of: request)
        }
        let (status, headers) = try Self.head(of: response, for: request)
        return HTTPResponse(status: status, headers: headers, body: data)
    }

    /// Sends `request` and returns as soon as the response's head arrives, with a body read as it
    /// arrives: a slow reader suspends the transfer rather than letting the body pile up in memory,
    /// and cancelling the reading task (or dropping the body) cancels the request. The body is not
    /// limited by `maxResponseBodySize`, since it is never held whole.
    /// - Throws: the session's `URLError`, or ``HTTPClientError/transport(_:)`` if the answer is not HTTP.
    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamedResponse {
        let (urlRequest, upload) = try await Self.urlRequest(for: request)
        defer { upload?.removeIfTemporary() }
        let (response, body): (URLResponse, HTTPBody)
        do {
            (response, body) = try await delegatingSession.stream(urlRequest, uploadFile: upload?.url, runner: URLSessionStreamingTaskRunner(for: request))
        } catch let error as URLError {
            throw Self.redacting(error, of: request)
        }
        let (status, headers) = try Self.head(of: response, for: request)
        return HTTPStreamedResponse(status: status, headers: headers, body: body)
    }

    /// The transport sends ``HTTPRequest/bodyStream`` as it is read.
    public var streamsRequestBodies: Bool { true }

    /// `request` as a `URLRequest`, and the file its streamed body is uploaded from, if it has one.
    private static func urlRequest(for request: HTTPRequest) async throws -> (URLRequest, UploadFile?) {
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
        guard let bodyStream = request.bodyStream else { return (urlRequest, nil) }
        return (urlRequest, try await UploadFile(bodyStream))
    }

    /// The status and headers of `response`.
    private static func head(of response: URLResponse, for request: HTTPRequest) throws -> (Int, HTTPHeaders) {
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
        return (httpResponse.statusCode, headers)
    }

    /// `error` with the same code, but with the failing URL's password and API keys redacted: the
    /// session puts the whole URL in the error, whose description prints it.
    static func redacting(_ error: URLError, of request: HTTPRequest) -> URLError {
        let text = HTTPRequest.redacted(error.failingURL ?? request.url, hiding: request.redactedNames)
        var userInfo: [String: Any] = [:]
        // `<` and `>` may not stand in a URL; escaped, the redacted text still is one.
        if let url = URL(string: text.replacingOccurrences(of: "<redacted>", with: "%3Credacted%3E")) {
            userInfo[NSURLErrorFailingURLErrorKey] = url
        }
        // The message usually names only the problem ("Could not connect to the server."); one that
        // quotes the URL is left out rather than trusted.
        let message = error.localizedDescription
        if !message.contains(error.failingURL?.absoluteString ?? request.url.absoluteString), !message.contains(request.url.absoluteString) {
            userInfo[NSLocalizedDescriptionKey] = message
        }
        return URLError(error.code, userInfo: userInfo)
    }
}
