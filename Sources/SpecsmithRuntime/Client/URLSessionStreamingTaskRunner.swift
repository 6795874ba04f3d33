import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - One URLSession task whose body is read as it arrives

/// The state of one request sent by ``URLSessionTransport/stream(_:)``: hands over the response's
/// head as soon as it arrives and then each piece of the body to an ``HTTPBody``, suspending the
/// task while the reader is far behind (on Apple platforms; see `init`) and cancelling it when the
/// reader stops. Works from the session delegate's data events, which FoundationNetworking
/// delivers too (it has no `URLSession.bytes`).
final class URLSessionStreamingTaskRunner: SessionTaskRunner, @unchecked Sendable {
    // @unchecked: the mutable state is guarded by `lock`; the session calls in on its delegate queue
    // while the caller waits, and cancellation arrives from yet another thread.
    private let lock = NSLock()
    private let request: HTTPRequest
    private var task: URLSessionDataTask?
    private var head: CheckedContinuation<URLResponse, any Error>?
    private var headOutcome: Swift.Result<URLResponse, any Error>?
    let buffer: HTTPBodyBuffer

    /// Prepares to send `request`, whose `redactedNames` it honours.
    init(for request: HTTPRequest) {
        self.request = request
        let taskBox = TaskBox()
        #if canImport(FoundationNetworking)
        // FoundationNetworking's suspend() does not stop a transfer in progress (and resuming it
        // again is not safe), so a slow reader is not paused there; `HTTPBody.write(to:)` writes
        // each piece as it arrives instead, which keeps downloads to files out of memory.
        let onPause: (@Sendable (Bool) -> Void)? = nil
        #else
        let onPause: (@Sendable (Bool) -> Void)? = { paused in
            guard let task = taskBox.task else { return }
            if paused { task.suspend() } else { task.resume() }
        }
        #endif
        buffer = HTTPBodyBuffer(onPause: onPause, onCancel: { taskBox.task?.cancel() })
        self.taskBox = taskBox
    }

    /// The task, for the buffer's callbacks, which must not hold the runner (it holds the buffer).
    private final class TaskBox: @unchecked Sendable {
        // @unchecked: set once, before the task starts, and only read afterwards.
        var task: URLSessionDataTask?
    }

    private let taskBox: TaskBox

    /// `body` with the lock held (`NSLock.withLock` needs macOS 14, the runtime supports macOS 13).
    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Starts `task` and waits for the response's head; cancelling the calling task meanwhile
    /// cancels `task`. The body follows through the returned ``HTTPBody``.
    func run(_ task: URLSessionDataTask) async throws -> (URLResponse, HTTPBody) {
        taskBox.task = task
        locked { self.task = task }
        let response = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<URLResponse, any Error>) in
                let finished = locked { () -> Swift.Result<URLResponse, any Error>? in
                    if headOutcome == nil { head = continuation }
                    return headOutcome
                }
                if let finished { continuation.resume(with: finished) } else { task.resume() }
            }
        } onCancel: {
            locked { self.task }?.cancel()
        }
        return (response, HTTPBody(buffer: buffer))
    }

    func receivedHead(_ response: URLResponse) {
        resolveHead(.success(response))
    }

    private func resolveHead(_ outcome: Swift.Result<URLResponse, any Error>) {
        let waiting = locked { () -> CheckedContinuation<URLResponse, any Error>? in
            guard headOutcome == nil else { return nil }
            headOutcome = outcome
            defer { head = nil }
            return head
        }
        waiting?.resume(with: outcome)
    }

    func received(_ data: Data, from dataTask: URLSessionDataTask) {
        // Some platforms deliver data before (or without) the head event; the task has it by now.
        if let response = dataTask.response { resolveHead(.success(response)) }
        buffer.append(data)
    }

    func redirect(_ request: URLRequest) -> URLRequest {
        RedirectSafety.request(request, from: self.request.url, secretNames: self.request.redactedNames)
    }

    func complete(_ task: URLSessionTask, error: (any Error)?) {
        // A failure while the body arrives reaches the reader, who may print it: the URL's secrets go.
        let error = error.map { ($0 as? URLError).map { URLSessionTransport.redacting($0, of: request) } ?? $0 }
        if let error {
            resolveHead(.failure(error))
        } else {
            resolveHead(task.response.map { .success($0) } ?? .failure(URLError(.badServerResponse)))
        }
        buffer.finish(throwing: error)
    }
}
