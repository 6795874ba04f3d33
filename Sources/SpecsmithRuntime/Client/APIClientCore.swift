import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Sending

/// Sends the requests of a generated client: applies credentials, runs the middlewares, retries, and
/// decodes JSON bodies. Generated clients wrap one.
public struct APIClientCore: Sendable {
    /// The configuration requests are sent with.
    public let configuration: APIClientConfiguration

    /// Creates a core that sends requests with `configuration`.
    public init(configuration: APIClientConfiguration) {
        self.configuration = configuration
    }

    /// Builds the request, authenticates it, and sends it through the middlewares and the transport,
    /// retrying as the ``RetryPolicy`` says.
    ///
    /// - Parameters:
    ///   - operationID: the operation's `operationId`, set on the request for middlewares.
    ///   - security: the operation's security requirements: alternatives, each a list of scheme names
    ///     that must all be applied. The first non-empty alternative whose schemes all have a fitting
    ///     credential is applied. When none has (or the list is empty, or an empty alternative makes
    ///     authentication optional) the request goes without credentials and the server's answer,
    ///     usually 401, says what is missing.
    ///   - schemes: the schemes the names refer to.
    /// - Returns: the response, whatever its status.
    /// - Throws: what building the request or the transport throws; ``HTTPClientError/invalidMethod(_:)``
    ///   (nothing is sent) if the method, as the middlewares leave it, is not a token;
    ///   ``HTTPClientError/responseTooLarge(limit:)`` for a body over the configured limit, whatever the
    ///   transport; or `CancellationError` when the task is cancelled.
    public func send(_ builder: HTTPRequestBuilder, operationID: String, security: [[String]], schemes: [SecurityScheme]) async throws -> HTTPResponse {
        var request = try builder.build(serverURL: configuration.serverURL)
        request.operationID = operationID
        request.timeout = configuration.timeout
        request.maxResponseBodySize = configuration.maxResponseBodySize
        try authenticate(&request, security: security, schemes: schemes)
        let chain = pipeline()
        let policy = configuration.retryPolicy
        var attempt = 1
        while true {
            let delay: TimeInterval
            do {
                let response = try await chain(request)
                guard attempt < policy.maxAttempts, request.canBeSentAgain, response.status == 429 || response.status == 503 else { return response }
                delay = policy.delay(afterAttempt: attempt, retryAfter: response.headers["Retry-After"])
            } catch {
                // URLSession reports cancellation as URLError.cancelled; callers expect CancellationError.
                // (Task is qualified because a spec may well have a schema named Task.)
                if _Concurrency.Task.isCancelled { throw CancellationError() }
                guard attempt < policy.maxAttempts, request.canBeSentAgain, Self.isIdempotent(request.method), Self.isTransient(error) else { throw error }
                delay = policy.delay(afterAttempt: attempt, retryAfter: nil)
            }
            // Task.sleep throws CancellationError as soon as the task is cancelled, ending the wait.
            try await _Concurrency.Task.sleep(nanoseconds: UInt64(min(max(delay, 0), 1e9) * 1e9))
            attempt += 1
        }
    }

    /// Decodes a JSON response body with the configuration's decoder.
    /// - Throws: ``HTTPClientError/decodingFailed(status:reason:bodyPreview:)`` naming the JSON path that failed.
    public func decodeJSON<T: Decodable>(_ type: T.Type, from response: HTTPResponse) throws -> T {
        do {
            return try configuration.makeJSONDecoder().decode(T.self, from: response.body)
        } catch {
            throw HTTPClientError.decodingFailed(status: response.status, reason: Self.reason(error), bodyPreview: APIError.preview(of: response.body))
        }
    }

    // Reading responses. Each generated operation reads its statuses through these few generic
    // functions rather than spelling the same steps out: one call per status compiles to far less
    // (a debug build pays for every inline `APIResponse`, optional and existential it builds).

    /// The documented success `response` with its JSON body decoded as `Body`.
    public func documentedResponse<Body: Decodable & Sendable>(_ response: HTTPResponse, decoding type: Body.Type) throws -> APIResponse<Body> {
        APIResponse(status: response.status, headers: response.headers, body: try decodeJSON(Body.self, from: response))
    }

    /// The error for a documented error status of operation `operationID`, its JSON body decoded as
    /// `ErrorBody` where it is one (else the error carries no decoded body).
    public func apiError<ErrorBody: Decodable & Sendable>(_ response: HTTPResponse, operationID: String, decoding type: ErrorBody.Type) -> APIError {
        APIError(operationID: operationID, response: response, decodedBody: try? decodeJSON(ErrorBody.self, from: response))
    }

    /// A status operation `operationID` does not document: a 2XX whose JSON body decodes as the
    /// documented success `Body` is that success while the configuration's `acceptsUndocumentedSuccess`
    /// is on (servers drift); anything else is an `APIError` without a decoded body.
    public func undocumentedResponse<Body: Decodable & Sendable>(_ response: HTTPResponse, operationID: String, decoding type: Body.Type) throws -> APIResponse<Body> {
        if configuration.acceptsUndocumentedSuccess, (200..<300).contains(response.status),
           let body = try? decodeJSON(Body.self, from: response) {
            return APIResponse(status: response.status, headers: response.headers, body: body)
        }
        throw APIError(operationID: operationID, response: response, decodedBody: nil)
    }

    /// Applies the credentials of the first satisfiable security alternative.
    func authenticate(_ request: inout HTTPRequest, security: [[String]], schemes: [SecurityScheme]) throws {
        for alternative in security where !alternative.isEmpty {
            let resolved = alternative.compactMap { name -> (SecurityScheme, APICredential)? in
                guard let scheme = schemes.first(where: { $0.name == name }),
                      let credential = configuration.credentials[name] ?? configuration.defaultCredential,
                      credential.fits(scheme.kind)
                else { return nil }
                return (scheme, credential)
            }
            guard resolved.count == alternative.count else { continue }
            for (scheme, credential) in resolved {
                try Self.apply(credential, kind: scheme.kind, to: &request)
            }
            return
        }
    }

    private static func apply(_ credential: APICredential, kind: SecurityScheme.Kind, to request: inout HTTPRequest) throws {
        switch (credential, kind) {
        case (.bearer(let token), _):
            try request.headers.set("Authorization", "Bearer \(token)")
        case (.basic(let username, let password), _):
            try request.headers.set("Authorization", "Basic " + Data("\(username):\(password)".utf8).base64EncodedString())
        case (.apiKey(let key), .apiKey(let location, let name)):
            request.redactedNames.insert(name)
            let pair = HTTPRequestBuilder.escape(name) + "=" + HTTPRequestBuilder.escape(key)
            switch location {
            case .header:
                try request.headers.set(name, key)
            case .query:
                let text = request.url.absoluteString
                guard let url = URL(string: text + (text.contains("?") ? "&" : "?") + pair) else {
                    throw HTTPClientError.invalidURL(HTTPRequest.redacted(request.url, hiding: request.redactedNames))
                }
                request.url = url
            case .cookie:
                try request.headers.set("Cookie", request.headers["Cookie"].map { $0 + "; " + pair } ?? pair)
            }
        case (.apiKey, _):
            break // `fits` only pairs an API key with an API-key scheme.
        }
    }

    /// The middlewares wrapped around the transport, the first one outermost.
    private func pipeline() -> @Sendable (HTTPRequest) async throws -> HTTPResponse {
        let transport = configuration.transport
        let limit = configuration.maxResponseBodySize
        var next: @Sendable (HTTPRequest) async throws -> HTTPResponse = { request in
            // Checked here, innermost, because a middleware may have changed the method; headers
            // cannot be made invalid, since HTTPHeaders refuses invalid fields when they are added.
            guard HTTPHeaders.isToken(request.method) else { throw HTTPClientError.invalidMethod(request.method) }
            let response = try await transport.send(request.readingBodyStream(unless: transport.streamsRequestBodies))
            // A transport of one's own may not stop a long body while it arrives; this still refuses it.
            guard response.body.count <= limit else { throw HTTPClientError.responseTooLarge(limit: limit) }
            return response
        }
        for middleware in configuration.middlewares.reversed() {
            let inner = next
            next = { try await middleware.intercept($0, next: inner) }
        }
        return next
    }

    static func isIdempotent(_ method: String) -> Bool {
        ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"].contains(method.uppercased())
    }

    /// Whether `error` is a transport failure that may not happen again.
    static func isTransient(_ error: any Error) -> Bool {
        if let error = error as? URLError { return ![.cancelled, .badURL, .unsupportedURL].contains(error.code) }
        if case HTTPClientError.transport = error { return true }
        return false
    }

    /// A decoding error as `$.path.to[0].value: what went wrong`.
    static func reason(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            "$" + keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        }
        switch error as? DecodingError {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return path(context.codingPath) + ": " + context.debugDescription
        case .keyNotFound(let key, let context):
            return path(context.codingPath + [key]) + ": the required value is missing."
        default:
            return String(describing: error)
        }
    }
}

/// A decoded response together with its status and headers, for callers that need those too
/// (`X-RateLimit-Remaining`, `ETag`, …).
public struct APIResponse<Body: Sendable>: Sendable {
    /// The status code.
    public let status: Int
    /// The header fields.
    public let headers: HTTPHeaders
    /// The decoded body.
    public let body: Body

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaders, body: Body) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

extension APIResponse: Equatable, Hashable where Body: Hashable {}
