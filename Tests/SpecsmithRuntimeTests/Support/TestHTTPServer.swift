import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (a random free port) for tests of the real URLSession
/// transport: it records every request and answers each with what `respond` returns, closing the
/// connection after every response. Nothing leaves the machine, and `stop()` (or deinit) ends it.
final class TestHTTPServer: @unchecked Sendable {
    // @unchecked: `received` and `stopped` are guarded by `lock`; the socket is only closed once.
    struct Request: Sendable {
        var method: String
        var target: String
        var headers: [(name: String, value: String)]
        var body: Data

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    struct Reply: Sendable {
        var status: Int
        var headers: [(String, String)] = []
        var body: Data = Data()
        /// Leaves out Content-Length, so the body ends when the connection closes.
        var omitsContentLength = false
        /// How long to wait before answering.
        var delay: TimeInterval = 0
        /// Sent after `body`, one at a time with `pieceDelay` between them, without Content-Length:
        /// a body that arrives in pieces.
        var pieces: [Data] = []
        var pieceDelay: TimeInterval = 0
    }

    let port: Int
    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }
    private let socket: Int32
    private let respond: @Sendable (Request) -> Reply
    private let lock = NSLock()
    private var received: [Request] = []
    private var stopped = false
    private var unfinished = 0

    /// How many replies stopped early because the client closed the connection.
    var abandonedReplies: Int { lock.withLock { unfinished } }

    init(respond: @escaping @Sendable (Request) -> Reply) throws {
        self.respond = respond
        (socket, port) = try Self.listen()
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit { stop() }

    /// The requests received so far, oldest first.
    var requests: [Request] { lock.withLock { received } }

    func stop() {
        let wasStopped = lock.withLock { () -> Bool in
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        _ = shutdown(socket, Int32(SHUT_RDWR))
        _ = close(socket)
    }

    /// A port on 127.0.0.1 that nothing listens on (bound, then closed at once).
    static func closedPort() throws -> Int {
        let (socket, port) = try listen()
        _ = close(socket)
        return port
    }

    private static func listen() throws -> (Int32, Int) {
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServerError("socket() failed") }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, startListening(fd) == 0 else {
            _ = close(fd)
            throw ServerError("bind() or listen() failed")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            _ = close(fd)
            throw ServerError("getsockname() failed")
        }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    private func acceptLoop() {
        while true {
            let connection = accept(socket, nil, nil)
            guard connection >= 0 else { return }
            Thread.detachNewThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { _ = close(connection) }
        guard let request = Self.read(connection) else { return }
        lock.withLock { received.append(request) }
        let reply = respond(request)
        if reply.delay > 0 { Thread.sleep(forTimeInterval: reply.delay) }
        var head = "HTTP/1.1 \(reply.status) Status\r\nConnection: close\r\n"
        if !reply.omitsContentLength && reply.pieces.isEmpty { head += "Content-Length: \(reply.body.count)\r\n" }
        for (name, value) in reply.headers { head += "\(name): \(value)\r\n" }
        var bytes = Data((head + "\r\n").utf8)
        bytes.append(reply.body)
        guard Self.write(bytes, to: connection) else { return }
        for piece in reply.pieces {
            if reply.pieceDelay > 0 { Thread.sleep(forTimeInterval: reply.pieceDelay) }
            guard Self.write(piece, to: connection) else {
                lock.withLock { unfinished += 1 }
                return
            }
        }
    }

    /// Writes all of `bytes`; false once the peer has closed the connection.
    private static func write(_ bytes: Data, to connection: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = send(connection, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                #else
                let written = send(connection, buffer.baseAddress! + offset, buffer.count - offset, 0)
                #endif
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    /// Reads one request: the head up to the blank line, then Content-Length bytes of body.
    private static func read(_ connection: Int32) -> Request? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4_096)
        let separator = Data("\r\n\r\n".utf8)
        while data.range(of: separator) == nil {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            data.append(contentsOf: buffer[..<count])
        }
        guard let end = data.range(of: separator) else { return nil }
        let lines = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines.first?.split(separator: " ") ?? []
        guard requestLine.count >= 2 else { return nil }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var body = Data(data[end.upperBound...])
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        while body.count < length {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            body.append(contentsOf: buffer[..<count])
        }
        return Request(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: body)
    }
}

/// `listen(2)`, outside the server type, whose own `listen()` would hide it there.
private func startListening(_ fd: Int32) -> Int32 {
    listen(fd, 16)
}

struct ServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
