import Foundation
import StreamingClient
import Testing

/// `Fixtures/streaming` through a transport of the user's own that only implements `send`: the
/// streaming operations still work (the default `stream` holds the body in memory), and the
/// typed sequences are what the spec describes.
@Suite struct StreamingClientTests {
    /// Answers every request with `status` and `body`, and keeps what it was sent.
    final class Transport: HTTPTransport, @unchecked Sendable {
        // @unchecked: the lock guards `sent`.
        private let lock = NSLock()
        private var sent: [HTTPRequest] = []
        let status: Int
        let body: String

        init(status: Int = 200, body: String) {
            self.status = status
            self.body = body
        }

        var requests: [HTTPRequest] { lock.withLock { sent } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { sent.append(request) }
            return HTTPResponse(status: status, body: Data(body.utf8))
        }
    }

    @Test func eventsOfAWholeEventSchemaDecodeAsItsDataProperty() async throws {
        let transport = Transport(body: "event: message.delta\ndata: {\"type\":\"message.delta\",\"content\":\"hi\"}\n\nevent: response.done\ndata: {\"type\":\"response.done\",\"tokens\":3}\n\n")
        let client = StreamingClient(transport: transport, retryPolicy: .none)
        var kinds: [String] = []
        for try await event in try await client.streamConversationEvents(conversationID: "c1") {
            switch event.data {
            case .messageDelta(let delta): kinds.append("delta \(delta.content)")
            case .responseDone(let done): kinds.append("done \(done.tokens)")
            }
            #expect(event.event != nil)
        }
        #expect(kinds == ["delta hi", "done 3"])
    }

    @Test func theJSONMethodAndTheStreamMethodShareTheRequest() async throws {
        let json = Transport(body: "{\"id\":\"c\",\"text\":\"whole\"}")
        #expect(try await StreamingClient(transport: json, retryPolicy: .none).createChatCompletion(ChatRequest(prompt: "p")).text == "whole")
        let events = Transport(body: "data: {\"id\":\"c\",\"delta\":\"a\"}\n\ndata: [DONE]\n\n")
        var deltas: [String] = []
        for try await event in try await StreamingClient(transport: events, retryPolicy: .none).createChatCompletionStream(ChatRequest(prompt: "p", stream: true)) {
            deltas.append(event.data.delta)
        }
        #expect(deltas == ["a"])
        #expect(json.requests.first?.url == events.requests.first?.url)
        #expect(json.requests.first?.method == "POST")
    }

    @Test func aRangeStreamsButAnExactStatusBesideItDoesNot() async throws {
        let records = Transport(status: 206, body: "\u{1E}{\"id\":1,\"name\":\"a\"}\n")
        guard case .status2XX(let sequence) = try await StreamingClient(transport: records, retryPolicy: .none).exportRecordSequence() else {
            Issue.record("206 is in the streamed 2XX range")
            return
        }
        var names: [String] = []
        for try await record in sequence { names.append(record.name) }
        #expect(names == ["a"])
        let empty = Transport(status: 204, body: "")
        guard case .status204 = try await StreamingClient(transport: empty, retryPolicy: .none).exportRecordSequence() else {
            Issue.record("204 is documented on its own")
            return
        }
    }

    @Test func textEventsAndBytesAreKeptAsTheyAre() async throws {
        var logs: [String] = []
        for try await event in try await StreamingClient(transport: Transport(body: "data: [DONE]\n\n"), retryPolicy: .none).tailLogs() {
            logs.append(event.data)
        }
        #expect(logs == ["[DONE]"])  // text data has no terminator
        let bytes = try await StreamingClient(transport: Transport(body: "raw bytes"), retryPolicy: .none).downloadFileStream(name: "f")
        #expect(try await bytes.collect(upTo: 100) == Data("raw bytes".utf8))
    }

    @Test func aStreamedUploadReachesASendOnlyTransportAsItsBody() async throws {
        let transport = Transport(body: "{\"name\":\"f\",\"size\":6}")
        let upload = HTTPBody(AsyncThrowingStream { continuation in
            continuation.yield(Data("up".utf8))
            continuation.yield(Data("load".utf8))
            continuation.finish()
        })
        #expect(try await StreamingClient(transport: transport, retryPolicy: .none).uploadFile(name: "f", body: upload).size == 6)
        #expect(transport.requests.first?.body == Data("upload".utf8))
        #expect(transport.requests.first?.headers["Content-Type"] == "application/octet-stream")
    }
}
