import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import StreamingClient
import TestSupport

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
        let server = try server { index in index < blocks ? block : (index == blocks ? Data("data: [DONE]\n\n".utf8) : nil) }
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
        let server = try server { index in index < megabytes ? piece : nil }
        defer { server.stop() }
        let client = StreamingClient(serverURL: server.url, transport: URLSessionTransport(session: URLSession(configuration: .ephemeral)), retryPolicy: .none)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("specsmith-benchmark-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let reset = ProcessMemory.resetPeak()
        let before = ProcessMemory.peakResident() ?? 0
        let start = ContinuousClock.now
        let written = try await client.downloadFileStream(name: "big.bin").write(to: file)
        let elapsed = seconds(since: start)
        let after = ProcessMemory.peakResident() ?? 0
        let growth = reset ? "\(max(0, after - before) / 1_024) KiB" : "not measurable here (no /proc/self/clear_refs)"
        print("download of \(written / 1_048_576) MiB to a file: \(String(format: "%.2f", elapsed)) s; peak resident memory grew by \(growth) (peak \(after / 1_048_576) MiB)")
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Answers every request with status 200 and the body `piece(0)`, `piece(1)`, … until nil,
    /// without Content-Length (the body ends when the connection closes).
    private static func server(piece: @escaping @Sendable (Int) -> Data?) throws -> TestHTTPServer {
        try TestHTTPServer { _ in .init(status: 200, headers: [("Content-Type", "text/event-stream")], piece: piece) }
    }
}
