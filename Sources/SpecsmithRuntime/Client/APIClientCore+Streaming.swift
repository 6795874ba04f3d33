import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Sending with a body read as it arrives

extension APIClientCore {
    /// Like ``send(_:operationID:security:schemes:)``, but a response whose status `streams`
    /// accepts keeps its body as an ``HTTPBody`` read as it arrives (server-sent events, JSON Lines,
    /// downloads), unlimited by ``APIClientConfiguration/maxResponseBodySize`` since it is never held
    /// whole; any other response (an error) is read whole, within that limit, into the returned
    /// `HTTPResponse`, and its streamed body is empty.
    ///
    /// Cancelling the task that reads the body, or dropping the body, cancels the request.
    /// - Throws: what ``send(_:operationID:security:schemes:)`` throws.
    public func stream(
        _ builder: HTTPRequestBuilder, operationID: String, security: [[String]], schemes: [SecurityScheme],
        streams: @Sendable (Int) -> Bool = { (200..<300).contains($0) }
    ) async throws -> (HTTPResponse, HTTPBody) {
        var request = try builder.build(serverURL: configuration.serverURL)
        request.operationID = operationID
        request.timeout = configuration.timeout
        request.maxResponseBodySize = configuration.maxResponseBodySize
        try authenticate(&request, security: security, schemes: schemes)
        let chain = streamingPipeline()
        let policy = configuration.retryPolicy
        let limit = configuration.maxResponseBodySize
        var attempt = 1
        while true {
            let delay: TimeInterval
            do {
                let response = try await chain(request)
                let isRetried = attempt < policy.maxAttempts && request.canBeSentAgain && (response.status == 429 || response.status == 503)
                if !isRetried {
                    let head = HTTPResponse(status: response.status, headers: response.headers)
                    guard !streams(response.status) else { return (head, response.body) }
                    var whole = head
                    whole.body = try await response.body.collect(upTo: limit)
                    return (whole, HTTPBody(Data()))
                }
                delay = policy.delay(afterAttempt: attempt, retryAfter: response.headers["Retry-After"])
            } catch {
                if _Concurrency.Task.isCancelled { throw CancellationError() }
                guard attempt < policy.maxAttempts, request.canBeSentAgain, Self.isIdempotent(request.method), Self.isTransient(error) else { throw error }
                delay = policy.delay(afterAttempt: attempt, retryAfter: nil)
            }
            try await _Concurrency.Task.sleep(nanoseconds: UInt64(min(max(delay, 0), 1e9) * 1e9))
            attempt += 1
        }
    }

    /// The middlewares wrapped around the transport's streaming entry point, the first one outermost.
    private func streamingPipeline() -> @Sendable (HTTPRequest) async throws -> HTTPStreamedResponse {
        let transport = configuration.transport
        var next: @Sendable (HTTPRequest) async throws -> HTTPStreamedResponse = { request in
            guard HTTPHeaders.isToken(request.method) else { throw HTTPClientError.invalidMethod(request.method) }
            return try await transport.stream(request.readingBodyStream(unless: transport.streamsRequestBodies))
        }
        for middleware in configuration.middlewares.reversed() {
            let inner = next
            next = { try await middleware.interceptStream($0, next: inner) }
        }
        return next
    }
}

extension HTTPRequest {
    /// Whether sending the request again sends the same body: not so for a byte stream, which the
    /// first attempt has read.
    var canBeSentAgain: Bool {
        bodyStream.map { $0.fileURL != nil || $0.data != nil } ?? true
    }

    /// The request with its streamed body read into `body`, for a transport that does not send
    /// streamed bodies itself; unchanged if `transportStreams` or it has none.
    func readingBodyStream(unless transportStreams: Bool) async throws -> HTTPRequest {
        guard !transportStreams, let bodyStream else { return self }
        var request = self
        request.body = try await bodyStream.collect(upTo: Int.max)
        request.bodyStream = nil
        return request
    }
}
