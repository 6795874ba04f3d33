import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport
import SpecsmithRuntime
import Testing

private struct Chunk: Codable, Equatable, Sendable {
    var n: Int
    var text: String
}

/// `bytes` cut into pieces of the given sizes (the last piece takes the rest).
private func pieces(_ text: String, sizes: [Int]) -> [Data] {
    var bytes = Array(text.utf8)[...]
    var result: [Data] = []
    for size in sizes where !bytes.isEmpty {
        result.append(Data(bytes.prefix(size)))
        bytes = bytes.dropFirst(size)
    }
    if !bytes.isEmpty { result.append(Data(bytes)) }
    return result
}

private func body(_ pieces: [Data]) -> HTTPBody {
    HTTPBody(AsyncThrowingStream { continuation in
        for piece in pieces { continuation.yield(piece) }
        continuation.finish()
    })
}

/// Typed sequences over bodies that arrive in pieces: server-sent events, JSON Lines, JSON
/// Sequence, and the byte-level helpers.
struct StreamedValuesTests {
    static let events = "data: {\"n\":1,\"text\":\"é\"}\r\n\r\n: ping\n\nevent: chunk\nid: 2\ndata: {\"n\":2,\n"
        + "data: \"text\":\"two\"}\n\ndata: [DONE]\n\ndata: {\"n\":3,\"text\":\"after\"}\n\n"

    @Test(arguments: [[1], [3, 7, 1, 1], [17, 2, 9], [1000]])
    func eventsAreDecodedUpToTheTerminator(sizes: [Int]) async throws {
        var received: [ServerSentEvent<Chunk>] = []
        for try await event in ServerSentEvents(body(pieces(Self.events, sizes: Array(repeating: sizes, count: 40).flatMap { $0 })), of: Chunk.self) {
            received.append(event)
        }
        #expect(received == [
            ServerSentEvent(data: Chunk(n: 1, text: "é")),
            ServerSentEvent(event: "chunk", data: Chunk(n: 2, text: "two"), id: "2"),
        ])
    }

    @Test func textEventsHaveNoTerminatorUnlessGiven() async throws {
        var all: [String] = []
        for try await event in ServerSentEvents(body(pieces("data: a\n\ndata: [DONE]\n\n", sizes: [5]))) { all.append(event.data) }
        #expect(all == ["a", "[DONE]"])
        var upToDone: [String] = []
        for try await event in ServerSentEvents(body(pieces("data: a\n\ndata: [DONE]\n\n", sizes: [5])), terminator: "[DONE]") { upToDone.append(event.data) }
        #expect(upToDone == ["a"])
    }

    @Test func dataThatDoesNotDecodeNamesThePath() async throws {
        let events = ServerSentEvents(body([Data("data: {\"n\":\"x\",\"text\":\"\"}\n\n".utf8)]), of: Chunk.self, status: 200)
        await #expect {
            for try await _ in events {}
        } throws: { error in
            guard case HTTPClientError.decodingFailed(let status, let reason, _) = error else { return false }
            return status == 200 && reason.hasPrefix("$.n")
        }
    }

    @Test(arguments: [[1], [2, 5], [64]])
    func jsonLinesAreDecodedWhateverTheCuts(sizes: [Int]) async throws {
        let text = "{\"n\":1,\"text\":\"a\"}\n\n{\"n\":2,\"text\":\"ü\"}\r\n   \n{\"n\":3,\"text\":\"last, no newline\"}"
        var values: [Chunk] = []
        for try await value in JSONLines(body(pieces(text, sizes: Array(repeating: sizes, count: 100).flatMap { $0 })), of: Chunk.self) {
            values.append(value)
        }
        #expect(values.map(\.n) == [1, 2, 3])
        #expect(values[1].text == "ü")
    }

    @Test func jsonSequenceRecordsStartWithRecordSeparators() async throws {
        let text = "\u{1E}{\"n\":1,\"text\":\"a\"}\n\u{1E}{\"n\":2,\n\"text\":\"b\"}\n\u{1E}\n"
        var values: [Chunk] = []
        for try await value in JSONSequence(body(pieces(text, sizes: [3, 3, 3, 3, 3, 3, 3])), of: Chunk.self) { values.append(value) }
        #expect(values == [Chunk(n: 1, text: "a"), Chunk(n: 2, text: "b")])
    }

    @Test func aBadLineFailsWithItsText() async throws {
        await #expect(throws: HTTPClientError.self) {
            for try await _ in JSONLines(body([Data("{\"n\":1,\"text\":\"a\"}\nnot json\n".utf8)]), of: Chunk.self) {}
        }
    }

    @Test func bodiesAreCollectedWithinALimitAndWrittenToFiles() async throws {
        let parts = pieces(String(repeating: "x", count: 10_000), sizes: Array(repeating: 999, count: 20))
        #expect(try await body(parts).collect(upTo: 10_000).count == 10_000)
        await #expect(throws: HTTPClientError.responseTooLarge(limit: 9_999)) { try await body(parts).collect(upTo: 9_999) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("specsmith-body-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try await body(parts).write(to: file) == 10_000)
        #expect(try Data(contentsOf: file) == Data(repeating: UInt8(ascii: "x"), count: 10_000))
        // A file body reads the file back, in pieces, as often as asked.
        let fromFile = HTTPBody(contentsOf: file)
        #expect(try await fromFile.collect(upTo: .max).count == 10_000)
        #expect(try await fromFile.collect(upTo: .max).count == 10_000)
    }
}

/// A recorder of what a middleware saw.
private final class SeenStatuses: @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [Int] = []
    func add(_ status: Int) { lock.withLock { statuses.append(status) } }
    var all: [Int] { lock.withLock { statuses } }
}

private struct RecordingMiddleware: HTTPMiddleware {
    let seen: SeenStatuses
    func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
        var request = request
        try request.headers.set("X-Signed", "yes")
        let response = try await next(request)
        seen.add(response.status)
        return response
    }
}

/// Streaming through the client core: real URLSession transport on 127.0.0.1, and custom
/// transports that only know `send`.
@Suite(.serialized) struct StreamingTransportTests {
    private func core(_ server: URL, transport: (any HTTPTransport)? = nil, middlewares: [any HTTPMiddleware] = [], limit: Int = 1_000_000) -> APIClientCore {
        APIClientCore(configuration: APIClientConfiguration(
            serverURL: server, transport: transport ?? URLSessionTransport(session: URLSession(configuration: .ephemeral)),
            retryPolicy: .none, timeout: 30, middlewares: middlewares, maxResponseBodySize: limit))
    }

    private func stream(_ core: APIClientCore, _ path: String, method: String = "GET", upload: (any HTTPBodySource)? = nil) async throws -> (HTTPResponse, HTTPBody) {
        var builder = HTTPRequestBuilder(method: method, pathTemplate: path)
        if let upload { builder.setBody(upload, contentType: "application/octet-stream") }
        return try await core.stream(builder, operationID: "op", security: [], schemes: [])
    }

    @Test func eventsArriveInAwkwardPiecesOverURLSession() async throws {
        let text = StreamedValuesTests.events
        let server = try TestHTTPServer { _ in
            .init(status: 200, headers: [("Content-Type", "text/event-stream")], pieces: pieces(text, sizes: [1, 2, 3, 5, 8, 13, 21]), pieceDelay: 0.005)
        }
        defer { server.stop() }
        let seen = SeenStatuses()
        let (response, body) = try await stream(core(server.url, middlewares: [RecordingMiddleware(seen: seen)]), "/events")
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "text/event-stream")
        var received: [Int] = []
        for try await event in ServerSentEvents(body, of: Chunk.self) { received.append(event.data.n) }
        #expect(received == [1, 2])
        #expect(seen.all == [200])
        #expect(server.requests.first?.header("X-Signed") == "yes")
    }

    @Test func leavingTheLoopCancelsTheRequest() async throws {
        let line = Data("{\"n\":1,\"text\":\"tick\"}\n".utf8)
        let server = try TestHTTPServer { _ in .init(status: 200, pieces: Array(repeating: line, count: 2_000), pieceDelay: 0.01) }
        defer { server.stop() }
        let (_, body) = try await stream(core(server.url), "/ticks")
        var count = 0
        for try await _ in JSONLines(body, of: Chunk.self) {
            count += 1
            if count == 3 { break }
        }
        #expect(count == 3)
        // The server notices the closed connection on its next write.
        let deadline = Date().addingTimeInterval(10)
        while server.abandonedReplies == 0 && Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
        #expect(server.abandonedReplies == 1)
    }

    @Test func cancellingTheReadingTaskCancelsTheRequest() async throws {
        let server = try TestHTTPServer { _ in .init(status: 200, pieces: Array(repeating: Data("data: 1\n\n".utf8), count: 2_000), pieceDelay: 0.01) }
        defer { server.stop() }
        let client = core(server.url)
        let reader = Task {
            let (_, body) = try await stream(client, "/events")
            var count = 0
            for try await _ in ServerSentEvents(body) { count += 1 }
            return count
        }
        try await Task.sleep(nanoseconds: 200_000_000)
        reader.cancel()
        await #expect(throws: CancellationError.self) { try await reader.value }
        let deadline = Date().addingTimeInterval(10)
        while server.abandonedReplies == 0 && Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
        #expect(server.abandonedReplies == 1)
    }

    @Test func anErrorStatusIsReadWhole() async throws {
        let server = try TestHTTPServer { _ in .init(status: 422, pieces: pieces("{\"detail\":\"bad\"}", sizes: [3]), pieceDelay: 0.001) }
        defer { server.stop() }
        let (response, body) = try await stream(core(server.url), "/events")
        #expect(response.status == 422)
        #expect(String(decoding: response.body, as: UTF8.self) == "{\"detail\":\"bad\"}")
        #expect(try await body.collect(upTo: 10).isEmpty)
    }

    @Test func aFileAndAByteStreamAreUploaded() async throws {
        let server = try TestHTTPServer { _ in .init(status: 204) }
        defer { server.stop() }
        let payload = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("specsmith-upload-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try payload.write(to: file)
        let client = core(server.url)
        #expect(try await stream(client, "/file", method: "PUT", upload: HTTPBody(contentsOf: file)).0.status == 204)
        var builder = HTTPRequestBuilder(method: "POST", pathTemplate: "/stream")
        builder.setBody(body(pieces(String(repeating: "ab", count: 50_000), sizes: Array(repeating: 4_096, count: 30))), contentType: "application/octet-stream")
        #expect(try await client.send(builder, operationID: "op", security: [], schemes: []).status == 204)
        let requests = server.requests
        #expect(requests.count == 2)
        #expect(requests.first?.body == payload)
        #expect(requests.last?.body == Data(String(repeating: "ab", count: 50_000).utf8))
    }

    @Test func aTransportThatOnlySendsStillStreams() async throws {
        let transport = FakeTransport(status: 200, body: Data("data: {\"n\":5,\"text\":\"t\"}\n\n".utf8))
        let client = makeCore(transport)
        var builder = HTTPRequestBuilder(method: "POST", pathTemplate: "/upload")
        builder.setBody(body([Data("up".utf8), Data("load".utf8)]), contentType: "application/octet-stream")
        let (response, streamed) = try await client.stream(builder, operationID: "op", security: [], schemes: [])
        #expect(response.status == 200)
        var values: [Int] = []
        for try await event in ServerSentEvents(streamed, of: Chunk.self) { values.append(event.data.n) }
        #expect(values == [5])
        // The streamed request body reached it as `body`, since it does not stream bodies itself.
        #expect(transport.requests.first?.body == Data("upload".utf8))
        #expect(transport.requests.first?.bodyStream == nil)
    }
}
