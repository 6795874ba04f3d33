import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - A session with a delegate of its own

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
    func send(_ request: URLRequest, runner: URLSessionTaskRunner) async throws -> (Data, URLResponse) {
        let task = session.dataTask(with: request)
        dispatcher.register(runner, for: task)
        return try await runner.run(task)
    }

    /// The session's delegate: finds the runner of each task.
    private final class Dispatcher: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        // @unchecked: `runners` is guarded by `lock`.
        private let lock = NSLock()
        private var runners: [Int: URLSessionTaskRunner] = [:]

        /// `body` with the lock held (`NSLock.withLock` needs macOS 14, the runtime supports macOS 13).
        private func locked<T>(_ body: () throws -> T) rethrows -> T {
            lock.lock()
            defer { lock.unlock() }
            return try body()
        }

        func register(_ runner: URLSessionTaskRunner, for task: URLSessionTask) {
            locked { runners[task.taskIdentifier] = runner }
        }

        private func runner(of task: URLSessionTask, removing: Bool = false) -> URLSessionTaskRunner? {
            locked { removing ? runners.removeValue(forKey: task.taskIdentifier) : runners[task.taskIdentifier] }
        }

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
