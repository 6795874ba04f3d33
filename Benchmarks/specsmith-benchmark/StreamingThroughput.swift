import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StreamingClient

/// Streaming with the client generated from Fixtures/streaming, against a loopback server in this
/// process: server-sent events decoded per second (and the parser alone, on the same bytes in
/// memory), and the peak resident memory while a 200 MiB body is written to a file. Run in a
/// release build.
enum StreamingThroughput {
    static func run() async {
        do {
            try await events(count: 200_000)
            try await download(megabytes: 200)
        } catch {
            print("streaming benchmark failed: \(error)")
        }
    }

    private static func events(count: Int) async throws {
        let event = "data: {\"id\":\"cmpl-42\",\"delta\":\"Hello, wörld\",\"finish_reason\":null}\n\n"
        let block = Data(String(repeating: event, count: 1_000).utf8)
        let blocks = count / 1_000
        let server = try LoopbackServer { index in index < blocks ? block : (index == blocks ? Data("data: [DONE]\n\n".utf8) : nil) }
        defer { server.stop() }
        let client = StreamingClient(serverURL: server.url, transport: URLSessionTransport(session: URLSession(configuration: .ephemeral)), retryPolicy: .none)
        let start = ContinuousClock.now
        var decoded = 0
        for try await chunk in try await client.createChatCompletionStream(ChatRequest(prompt: "benchmark", stream: true)) {
            decoded += chunk.data.delta.isEmpty ? 0 : 1
        }
        let elapsed = seconds(since: start)
        print("server-sent events over loopback: \(decoded) events (\(block.count * blocks / 1_048_576) MiB) in \(String(format: "%.2f", elapsed)) s: \(Int(Double(decoded) / elapsed)) events/s decoded as CompletionChunk")

        var parser = ServerSentEventParser()
        let parseStart = ContinuousClock.now
        var parsed = 0
        for _ in 0..<blocks { parsed += parser.feed(block).count }
        let parseSeconds = seconds(since: parseStart)
        print("  the parser alone, in memory:   \(Int(Double(parsed) / parseSeconds)) events/s (\(String(format: "%.0f", Double(block.count * blocks) / 1_048_576 / parseSeconds)) MiB/s)")
    }

    private static func download(megabytes: Int) async throws {
        let piece = Data(repeating: 0x5A, count: 1_048_576)
        let server = try LoopbackServer { index in index < megabytes ? piece : nil }
        defer { server.stop() }
        let client = StreamingClient(serverURL: server.url, transport: URLSessionTransport(session: URLSession(configuration: .ephemeral)), retryPolicy: .none)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("specsmith-benchmark-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let reset = resetPeak()
        let before = peakResident()
        let start = ContinuousClock.now
        let written = try await client.downloadFileStream(name: "big.bin").write(to: file)
        let elapsed = seconds(since: start)
        let after = peakResident()
        let growth = reset ? "\(max(0, after - before) / 1_024) KiB" : "not measurable here (no /proc/self/clear_refs)"
        print("download of \(written / 1_048_576) MiB to a file: \(String(format: "%.2f", elapsed)) s; peak resident memory grew by \(growth) (peak \(after / 1_048_576) MiB)")
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// `VmHWM` of this process, in bytes (0 where /proc is missing).
    private static func peakResident() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
        else { return 0 }
        return kilobytes * 1_024
    }

    /// Resets `VmHWM` to the current resident memory (Linux 4.0 and later).
    private static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }
}

/// Answers every request on 127.0.0.1 with status 200 and the body `piece(0)`, `piece(1)`, … until
/// nil, without Content-Length (the body ends when the connection closes).
private final class LoopbackServer: @unchecked Sendable {
    // @unchecked: `socket` and `port` are set once in init; threads only read them.
    let port: Int
    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }
    private let socket: Int32
    private let piece: @Sendable (Int) -> Data?

    init(piece: @escaping @Sendable (Int) -> Data?) throws {
        self.piece = piece
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard fd >= 0, ok, listen(fd, 16) == 0 else { throw CocoaError(.featureUnsupported) }
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in
            while true {
                let connection = accept(socket, nil, nil)
                guard connection >= 0 else { return }
                Thread.detachNewThread { [self] in serve(connection) }
            }
        }
    }

    func stop() {
        _ = shutdown(socket, Int32(SHUT_RDWR))
        _ = close(socket)
    }

    private func serve(_ connection: Int32) {
        defer { _ = close(connection) }
        // The request itself does not matter, but it is read whole: closing a connection with
        // unread bytes resets it.
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var request = Data()
        let separator = Data("\r\n\r\n".utf8)
        while request.range(of: separator) == nil {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            request.append(contentsOf: buffer[..<count])
        }
        guard let end = request.range(of: separator) else { return }
        let head = String(decoding: request[..<end.lowerBound], as: UTF8.self).lowercased()
        let length = head.components(separatedBy: "\r\n").first { $0.hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        var bodyCount = request.count - end.upperBound
        while bodyCount < length {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            bodyCount += count
        }
        var index = 0
        guard write(Data("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/event-stream\r\n\r\n".utf8), to: connection) else { return }
        while let next = piece(index), write(next, to: connection) { index += 1 }
    }

    private func write(_ bytes: Data, to connection: Int32) -> Bool {
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
}
