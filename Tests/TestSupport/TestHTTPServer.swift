import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (a random free port) for tests of the real URLSession
/// transport and of generated clients: it records every request and answers each with what
/// `respond` returns, closing the connection after every response. A reply's body can arrive in
/// paced pieces without Content-Length (the body ends when the connection closes), the way a
/// server streams events, lines or a large download; the server notices when a client closes the
/// connection before such a body is over. Nothing leaves the machine, and `stop()` (or deinit) ends it.
public final class TestHTTPServer: @unchecked Sendable {
    // @unchecked: `received`, `stopped` and `unfinished` are guarded by `lock`; the socket is only closed once.
    public struct Request: Sendable {
        public var method: String
        public var target: String
        public var headers: [(name: String, value: String)]
        public var body: Data

        /// The first value of the header `name`, compared without case.
        public func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    public struct Reply: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: Data
        /// Leaves out Content-Length, so the body ends when the connection closes.
        public var omitsContentLength: Bool
        /// How long to wait before answering.
        public var delay: TimeInterval
        /// The pieces sent after `body`, by index, until it returns nil; made on demand so a large
        /// body is never held whole by the server either. Set, the reply has no Content-Length.
        public var piece: (@Sendable (Int) -> Data?)?
        /// The pause before each piece.
        public var pieceDelay: TimeInterval

        /// A reply whose whole body is `body`.
        public init(status: Int, headers: [(String, String)] = [], body: Data = Data(), omitsContentLength: Bool = false, delay: TimeInterval = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.omitsContentLength = omitsContentLength
            self.delay = delay
            self.piece = nil
            self.pieceDelay = 0
        }

        /// A reply whose body is `pieces`, sent one at a time with `pieceDelay` before each.
        public init(status: Int, headers: [(String, String)] = [], pieces: [Data], pieceDelay: TimeInterval = 0) {
            self.init(status: status, headers: headers, piece: { $0 < pieces.count ? pieces[$0] : nil }, pieceDelay: pieceDelay)
        }

        /// A reply whose body is the pieces `piece` makes, by index, until it returns nil.
        public init(status: Int, headers: [(String, String)] = [], piece: @escaping @Sendable (Int) -> Data?, pieceDelay: TimeInterval = 0) {
            self.init(status: status, headers: headers)
            self.piece = piece
            self.pieceDelay = pieceDelay
        }
    }

    public let port: Int
    public var url: URL {
        var components = URLComponents()
        components.scheme = "http"
        components.host = "127.0.0.1"
        components.port = port
        return components.url ?? URL(fileURLWithPath: "/")
    }
    private let socket: Int32
    private let respond: @Sendable (Request) -> Reply
    private let lock = NSLock()
    private var received: [Request] = []
    private var stopped = false
    private var unfinished = 0

    public init(respond: @escaping @Sendable (Request) -> Reply) throws {
        self.respond = respond
        (socket, port) = try Self.listen()
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit { stop() }

    /// The requests received so far, oldest first.
    public var requests: [Request] { lock.withLock { received } }

    /// How many replies stopped early because the client closed the connection.
    public var abandonedReplies: Int { lock.withLock { unfinished } }

    /// Waits up to `seconds` for a client to abandon a reply; whether one did.
    public func waitForAbandonedReply(seconds: TimeInterval = 10) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while abandonedReplies == 0 && Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
        return abandonedReplies > 0
    }

    public func stop() {
        let wasStopped = lock.withLock { () -> Bool in
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        _ = shutdown(socket, Int32(SHUT_RDWR))
        _ = close(socket)
    }

    /// A port on 127.0.0.1 that nothing listens on (bound, then closed at once).
    public static func closedPort() throws -> Int {
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
        guard fd >= 0 else { throw TestHTTPServerError("socket() failed") }
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
            throw TestHTTPServerError("bind() or listen() failed")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            _ = close(fd)
            throw TestHTTPServerError("getsockname() failed")
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
        if !reply.omitsContentLength && reply.piece == nil { head += "Content-Length: \(reply.body.count)\r\n" }
        for (name, value) in reply.headers { head += "\(name): \(value)\r\n" }
        var bytes = Data((head + "\r\n").utf8)
        bytes.append(reply.body)
        guard Self.write(bytes, to: connection), let makePiece = reply.piece else { return }
        var index = 0
        while let piece = makePiece(index) {
            if reply.pieceDelay > 0 { Thread.sleep(forTimeInterval: reply.pieceDelay) }
            guard Self.write(piece, to: connection) else {
                lock.withLock { unfinished += 1 }
                return
            }
            index += 1
        }
    }

    /// Writes all of `bytes`; false once the peer has closed the connection.
    private static func write(_ bytes: Data, to connection: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = send(connection, base + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                #else
                let written = send(connection, base + offset, buffer.count - offset, 0)
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
        var buffer = [UInt8](repeating: 0, count: 65_536)
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

/// Why the server could not start.
public struct TestHTTPServerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
