import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An HTTP/1.1 server on 127.0.0.1 (a random free port) that answers with bodies written in
/// pieces, paced, without Content-Length (the body ends when the connection closes), the way a
/// server streams events, lines or a large download. It records each request and notices when a
/// client closes the connection before the body is over.
final class StreamingServer: @unchecked Sendable {
    // @unchecked: `received` and `abandoned` are guarded by `lock`; the socket is closed once.
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
        /// The body's pieces by index, until it returns nil; made on demand so a large body is
        /// never held whole by the server either.
        var piece: @Sendable (Int) -> Data? = { _ in nil }
        var pause: TimeInterval = 0

        /// A reply whose body is `pieces`, in order.
        static func pieces(_ status: Int, _ headers: [(String, String)] = [], _ pieces: [Data], pause: TimeInterval = 0) -> Reply {
            Reply(status: status, headers: headers, piece: { $0 < pieces.count ? pieces[$0] : nil }, pause: pause)
        }
    }

    let port: Int
    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }
    private let socket: Int32
    private let respond: @Sendable (Request) -> Reply
    private let lock = NSLock()
    private var received: [Request] = []
    private var abandoned = 0
    private var stopped = false

    init(respond: @escaping @Sendable (Request) -> Reply) throws {
        self.respond = respond
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw StreamingServerError("socket() failed") }
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
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard bound == 0, named == 0, listenOn(fd) == 0 else {
            _ = close(fd)
            throw StreamingServerError("bind(), getsockname() or listen() failed")
        }
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit { stop() }

    /// The requests received so far, oldest first.
    var requests: [Request] { lock.withLock { received } }

    /// How many bodies stopped early because the client closed the connection.
    var abandonedReplies: Int { lock.withLock { abandoned } }

    /// Waits up to `seconds` for a client to abandon a reply; whether one did.
    func waitForAbandonedReply(seconds: TimeInterval = 10) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while abandonedReplies == 0 && Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
        return abandonedReplies > 0
    }

    func stop() {
        let wasStopped = lock.withLock { () -> Bool in
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        _ = shutdown(socket, Int32(SHUT_RDWR))
        _ = close(socket)
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
        var head = "HTTP/1.1 \(reply.status) Status\r\nConnection: close\r\n"
        for (name, value) in reply.headers { head += "\(name): \(value)\r\n" }
        guard Self.write(Data((head + "\r\n").utf8), to: connection) else { return }
        var index = 0
        while let piece = reply.piece(index) {
            if reply.pause > 0 { Thread.sleep(forTimeInterval: reply.pause) }
            guard Self.write(piece, to: connection) else {
                lock.withLock { abandoned += 1 }
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

/// `listen(2)`, outside the server type.
private func listenOn(_ fd: Int32) -> Int32 {
    listen(fd, 16)
}

struct StreamingServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `text` cut into pieces of the sizes given, cycling through them: every cut lands somewhere
/// else in the text (within a line ending, a field name, a multi-byte character).
func awkwardPieces(_ text: String, sizes: [Int] = [1, 7, 2, 13, 3, 5, 1, 11]) -> [Data] {
    var bytes = Array(text.utf8)[...]
    var pieces: [Data] = []
    var index = 0
    while !bytes.isEmpty {
        let size = sizes[index % sizes.count]
        pieces.append(Data(bytes.prefix(size)))
        bytes = bytes.dropFirst(size)
        index += 1
    }
    return pieces
}

/// This process's peak resident memory so far (`VmHWM`), in bytes; nil where /proc is missing.
func peakResidentMemory() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
    else { return nil }
    return kilobytes * 1_024
}

/// Resets the peak to the current resident memory (Linux 4.0 and later), so a measurement is not
/// hidden by what earlier tests used; false where that is not possible.
func resetPeakResidentMemory() -> Bool {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
    defer { try? handle.close() }
    return (try? handle.write(contentsOf: Data("5".utf8))) != nil
}
