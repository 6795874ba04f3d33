import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - One URLSession task

/// The state of one request sent by ``URLSessionTransport``: the body as it arrives, stopped once it
/// is longer than the limit, and what a redirect may carry (see ``RedirectSafety``). The session's
/// delegate (``DelegatingURLSession``) hands it the events of its task.
final class URLSessionTaskRunner: SessionTaskRunner, @unchecked Sendable {
    // @unchecked: the mutable state is guarded by `lock`; the session calls in on its delegate queue
    // while the caller waits, and cancellation arrives from yet another thread.
    private let lock = NSLock()
    private let originalURL: URL
    private let secretNames: Set<String>
    private let limit: Int?
    private var body = Data()
    private var failure: (any Error)?
    private var task: URLSessionDataTask?
    private var continuation: CheckedContinuation<(Data, URLResponse), any Error>?
    private var outcome: Swift.Result<(Data, URLResponse), any Error>?

    /// Prepares to send `request`, whose `redactedNames` and `maxResponseBodySize` it honours.
    init(for request: HTTPRequest) {
        originalURL = request.url
        secretNames = request.redactedNames
        limit = request.maxResponseBodySize
    }

    /// `body` with the lock held (`NSLock.withLock` needs macOS 14, the runtime supports macOS 13).
    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Starts `task` and waits for the whole body; cancelling the calling task cancels `task`.
    func run(_ task: URLSessionDataTask) async throws -> (Data, URLResponse) {
        locked { self.task = task }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                // The task may be over already, if it was cancelled before it started.
                let finished = locked { () -> Swift.Result<(Data, URLResponse), any Error>? in
                    if outcome == nil { self.continuation = continuation }
                    return outcome
                }
                if let finished { continuation.resume(with: finished) } else { task.resume() }
            }
        } onCancel: {
            cancel()
        }
    }

    private func cancel() {
        locked { task }?.cancel()
    }

    /// The head changes nothing: the whole response is handed over when the task completes.
    func receivedHead(_ response: URLResponse) {}

    /// Appends a piece of the body, cancelling the task once the body is over the limit (or its
    /// Content-Length says it will be).
    func received(_ data: Data, from dataTask: URLSessionDataTask) {
        let exceeded = locked { () -> Bool in
            guard failure == nil else { return false }
            body.append(data)
            let declared = dataTask.response?.expectedContentLength ?? -1
            guard let limit, body.count > limit || declared > Int64(limit) else { return false }
            failure = HTTPClientError.responseTooLarge(limit: limit)
            body = Data()
            return true
        }
        if exceeded { dataTask.cancel() }
    }

    /// The redirected request without the credentials of another origin.
    func redirect(_ request: URLRequest) -> URLRequest {
        // What arrived so far was the body of the redirect response, not of the answer.
        locked { body = Data() }
        return RedirectSafety.request(request, from: originalURL, secretNames: secretNames)
    }

    /// Ends the wait with the body and response, or with the error (the body limit's first).
    func complete(_ task: URLSessionTask, error: (any Error)?) {
        let waiting = locked { () -> (CheckedContinuation<(Data, URLResponse), any Error>, Swift.Result<(Data, URLResponse), any Error>)? in
            guard outcome == nil else { return nil }
            let result: Swift.Result<(Data, URLResponse), any Error>
            if let failure {
                result = .failure(failure)
            } else if let error {
                result = .failure(error)
            } else if let response = task.response {
                result = .success((body, response))
            } else {
                result = .failure(URLError(.badServerResponse))
            }
            outcome = result
            defer { continuation = nil }
            return continuation.map { ($0, result) }
        }
        if let (continuation, result) = waiting { continuation.resume(with: result) }
    }
}
