import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - A session with a delegate of its own

/// What follows one task's events: ``URLSessionTaskRunner`` (whole bodies) or
/// ``URLSessionStreamingTaskRunner`` (bodies read as they arrive).
protocol SessionTaskRunner: AnyObject, Sendable {
    /// The response's head arrived (after any redirects).
    func receivedHead(_ response: URLResponse)
    /// A piece of the body arrived.
    func received(_ data: Data, from dataTask: URLSessionDataTask)
    /// The redirected request without the credentials of another origin.
    func redirect(_ request: URLRequest) -> URLRequest
    /// The task ended, with `error` if it failed.
    func complete(_ task: URLSessionTask, error: (any Error)?)
}

/// A `URLSession` made from a configuration with a delegate that passes the events of each task to
/// its ``URLSessionTaskRunner``.
///
/// A session-wide delegate, because on Linux (FoundationNetworking) a task's own delegate is not told
/// about redirects or data; it is the one way to guard redirects and the body limit on every
/// platform. The session is invalidated when this object goes away.
final class DelegatingURLSession: Sendable {
    /// One for `URLSession.shared`, so clients that use the default transport share connections.
    static let shared = DelegatingURLSession(configuration: .default)

    private let session: URLSession
    private let dispatcher = Dispatcher()

    init(configuration: URLSessionConfiguration) {
        session = URLSession(configuration: configuration, delegate: dispatcher, delegateQueue: nil)
    }

    deinit {
        // The session holds its delegate until it is invalidated; without this both would leak.
        session.finishTasksAndInvalidate()
    }

    /// Sends `request`, with `runner` receiving the task's events, and waits for the whole body.
    /// With `uploadFile`, the body is read from that file while it is sent.
    func send(_ request: URLRequest, uploadFile: URL? = nil, runner: URLSessionTaskRunner) async throws -> (Data, URLResponse) {
        let task = dataTask(request, uploadFile: uploadFile)
        dispatcher.register(runner, for: task)
        return try await runner.run(task)
    }

    /// Sends `request`, with `runner` receiving the task's events, and waits for the response's head;
    /// the body arrives through the runner's ``HTTPBody``.
    func stream(_ request: URLRequest, uploadFile: URL? = nil, runner: URLSessionStreamingTaskRunner) async throws -> (URLResponse, HTTPBody) {
        let task = dataTask(request, uploadFile: uploadFile)
        dispatcher.register(runner, for: task)
        return try await runner.run(task)
    }

    private func dataTask(_ request: URLRequest, uploadFile: URL?) -> URLSessionDataTask {
        // An upload task is a data task whose body is read from the file as it is sent.
        uploadFile.map { session.uploadTask(with: request, fromFile: $0) } ?? session.dataTask(with: request)
    }

    /// The session's delegate: finds the runner of each task.
    private final class Dispatcher: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        // @unchecked: `runners` is guarded by `lock`.
        private let lock = NSLock()
        private var runners: [Int: any SessionTaskRunner] = [:]

        /// `body` with the lock held (`NSLock.withLock` needs macOS 14, the runtime supports macOS 13).
        private func locked<T>(_ body: () throws -> T) rethrows -> T {
            lock.lock()
            defer { lock.unlock() }
            return try body()
        }

        func register(_ runner: any SessionTaskRunner, for task: URLSessionTask) {
            locked { runners[task.taskIdentifier] = runner }
        }

        private func runner(of task: URLSessionTask, removing: Bool = false) -> (any SessionTaskRunner)? {
            locked { removing ? runners.removeValue(forKey: task.taskIdentifier) : runners[task.taskIdentifier] }
        }

        #if canImport(FoundationNetworking)
        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
            runner(of: dataTask)?.receivedHead(response)
            completionHandler(.allow)
        }
        #else
        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
            runner(of: dataTask)?.receivedHead(response)
            completionHandler(.allow)
        }
        #endif

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            runner(of: dataTask)?.received(data, from: dataTask)
        }

        #if canImport(FoundationNetworking)
        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(runner(of: task)?.redirect(request) ?? request)
        }
        #else
        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
            completionHandler(runner(of: task)?.redirect(request) ?? request)
        }
        #endif

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
            runner(of: task, removing: true)?.complete(task, error: error)
        }
    }
}
