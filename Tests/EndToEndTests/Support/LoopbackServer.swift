import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `Scripts/e2e/server.py` running as a child process on 127.0.0.1: it validates every request
/// against a spec with openapi-core, records it, and answers with scripted responses.
///
/// The process stops when ``stop()`` closes its stdin, and by itself when this test process dies
/// (its stdin closes then too) or after ten minutes, so a crashed test run leaves nothing behind.
final class LoopbackServer: @unchecked Sendable {
    /// The server of the suite being run, set by ``LoopbackServerTrait``.
    @TaskLocal static var current: LoopbackServer?

    /// How long the server may take to print its port (Python starting and openapi-core loading the spec).
    static let startTimeout: TimeInterval = 60
    /// The longest any control request may take.
    static let controlTimeout: TimeInterval = 10

    /// `http://127.0.0.1:PORT`.
    let url: URL
    private let process: Process
    private let stdin: Pipe
    private let stdout: Pipe
    /// The server's stderr (tracebacks), shown when it fails to start.
    let logFile: URL
    private let session: URLSession
    private let lock = NSLock()
    private var stopped = false

    /// Starts the server for `spec` and waits for the `listening 127.0.0.1:PORT` line.
    init(python: URL, spec: URL) throws {
        logFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("specsmith-e2e-\(UUID().uuidString).log")
        try Data().write(to: logFile)
        let log = try FileHandle(forWritingTo: logFile)
        defer { try? log.close() }

        process = Process()
        process.executableURL = python
        // -u: unbuffered, so the first line arrives at once.
        process.arguments = ["-u", EndToEnd.serverScript.path, spec.path, "--port", "0", "--max-seconds", "600"]
        stdin = Pipe()
        stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = log

        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = Self.controlTimeout
        configuration.timeoutIntervalForResource = Self.controlTimeout
        session = URLSession(configuration: configuration)

        try process.run()
        let line = Self.firstLine(of: stdout.fileHandleForReading, timeout: Self.startTimeout)
        guard let line, line.hasPrefix("listening 127.0.0.1:"), let port = Int(line.dropFirst("listening 127.0.0.1:".count)),
              let serverURL = URL(string: "http://127.0.0.1:\(port)")
        else {
            let stderr = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
            url = URL(fileURLWithPath: "/")
            stop()
            throw ServerError("the end-to-end server did not start (first line: \(line.map { String(reflecting: $0) } ?? "none")):\n\(stderr)")
        }
        url = serverURL
    }

    deinit {
        stop()
    }

    /// Reads up to the first newline, giving up after `timeout`.
    private static func firstLine(of handle: FileHandle, timeout: TimeInterval) -> String? {
        let box = LineBox()
        let done = DispatchSemaphore(value: 0)
        // A plain thread, because availableData blocks; it ends when the line is complete or the pipe closes.
        Thread.detachNewThread {
            while true {
                let data = handle.availableData
                if data.isEmpty || box.append(data) { break }
            }
            done.signal()
        }
        guard done.wait(timeout: .now() + timeout) == .success else { return nil }
        return box.line
    }

    /// Stops the server: closes its stdin, which makes it exit, then terminates and finally kills
    /// it if it is still running after a few seconds. Safe to call more than once.
    func stop() {
        lock.lock()
        let alreadyStopped = stopped
        stopped = true
        lock.unlock()
        guard !alreadyStopped else { return }
        session.invalidateAndCancel()
        try? stdin.fileHandleForWriting.close()
        for signal in [nil, SIGTERM, SIGKILL] as [Int32?] {
            if let signal, process.isRunning { kill(process.processIdentifier, signal) }
            let deadline = Date().addingTimeInterval(3)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            if !process.isRunning { break }
        }
        try? FileManager.default.removeItem(at: logFile)
    }

    // MARK: Control endpoints

    /// Appends scripted responses to the queue the server answers valid requests from.
    func enqueue(_ responses: ScriptedResponse...) async throws {
        _ = try await control("POST", "enqueue", body: try JSONEncoder().encode(responses))
    }

    /// Forgets the queue and the recorded requests.
    func reset() async throws {
        _ = try await control("POST", "reset")
    }

    /// The requests the server received since the last reset, oldest first.
    func requests() async throws -> [RecordedRequest] {
        try JSONDecoder().decode([RecordedRequest].self, from: try await control("GET", "requests"))
    }

    private func control(_ method: String, _ name: String, body: Data? = nil) async throws -> Data {
        var request = URLRequest(url: url.appendingPathComponent("__control").appendingPathComponent(name))
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = Self.controlTimeout
        let (data, response) = try await session.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw ServerError("\(method) /__control/\(name) failed: \(String(decoding: data, as: UTF8.self))")
        }
        return data
    }
}

/// Collects stdout until the first newline.
private final class LineBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    /// Appends `chunk`; returns whether a whole line has arrived.
    func append(_ chunk: Data) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        data.append(chunk)
        return data.contains(UInt8(ascii: "\n"))
    }

    var line: String? {
        lock.lock()
        defer { lock.unlock() }
        guard let end = data.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        return String(decoding: data[..<end], as: UTF8.self)
    }
}

struct ServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
