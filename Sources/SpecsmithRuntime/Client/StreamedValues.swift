import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Values decoded from a body as it arrives

/// The events of a `text/event-stream` response, each with its data decoded, as they arrive.
///
/// A data line equal to the terminator (`[DONE]`, as LLM APIs send, by default for JSON payloads)
/// ends the sequence and the request. Leaving the loop early, or cancelling its task, cancels the
/// request. Can be iterated once.
public struct ServerSentEvents<Payload: Sendable>: AsyncSequence, Sendable {
    /// An event with its data decoded.
    public typealias Element = ServerSentEvent<Payload>

    private let body: HTTPBody
    private let status: Int
    private let terminator: String?
    private let decode: @Sendable (String) throws -> Payload

    /// Events whose data is kept as text.
    /// - Parameter terminator: data that ends the stream instead of being an event; none by default.
    public init(_ body: HTTPBody, status: Int = 200, terminator: String? = nil) where Payload == String {
        self.body = body
        self.status = status
        self.terminator = terminator
        decode = { $0 }
    }

    /// Events whose data is JSON decoded as `Payload` with the decoder `makeDecoder` makes.
    /// - Parameter terminator: data that ends the stream instead of being an event: `[DONE]` by
    ///   default, which no JSON value can be; `nil` for none.
    public init(
        _ body: HTTPBody, of type: Payload.Type = Payload.self, status: Int = 200, terminator: String? = "[DONE]",
        decoder makeDecoder: @escaping @Sendable () -> JSONDecoder = APIClientConfiguration.defaultJSONDecoder
    ) where Payload: Decodable {
        self.body = body
        self.status = status
        self.terminator = terminator
        decode = { text in try makeDecoder().decode(Payload.self, from: Data(text.utf8)) }
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// Reads the events in order.
    public struct Iterator: AsyncIteratorProtocol {
        private let sequence: ServerSentEvents
        private var pieces: HTTPBody.Iterator
        private var parser = ServerSentEventParser()
        private var parsed: [ServerSentEvent<String>] = []
        private var nextParsed = 0
        private var isDone = false

        init(sequence: ServerSentEvents) {
            self.sequence = sequence
            pieces = sequence.body.makeAsyncIterator()
        }

        /// The next event, or `nil` once the stream or the terminator has come.
        /// - Throws: ``HTTPClientError/decodingFailed(status:reason:bodyPreview:)`` for data that does
        ///   not decode (the request is cancelled), the transport's error, or `CancellationError`.
        public mutating func next() async throws -> ServerSentEvent<Payload>? {
            while !isDone {
                if nextParsed < parsed.count {
                    let event = parsed[nextParsed]
                    nextParsed += 1
                    if let terminator = sequence.terminator, event.data == terminator {
                        end()
                        return nil
                    }
                    do {
                        let data = try sequence.decode(event.data)
                        return ServerSentEvent(event: event.event, data: data, id: event.id, retry: event.retry)
                    } catch {
                        end()
                        throw HTTPClientError.decodingFailed(
                            status: sequence.status, reason: APIClientCore.reason(error), bodyPreview: APIError.preview(of: Data(event.data.utf8)))
                    }
                }
                guard let piece = try await pieces.next() else {
                    parser.finish()
                    isDone = true
                    return nil
                }
                parsed = parser.feed(piece)
                nextParsed = 0
            }
            return nil
        }

        private mutating func end() {
            isDone = true
            sequence.body.cancel()
        }
    }
}

/// The values of an `application/jsonl` or `application/x-ndjson` response (one JSON text per
/// line, blank lines skipped, a final line without a line feed included), decoded as they arrive.
/// Leaving the loop early, or cancelling its task, cancels the request. Can be iterated once.
public struct JSONLines<Element: Decodable & Sendable>: AsyncSequence, Sendable {
    private let records: JSONRecords<Element>

    /// Values of `body`, decoded as `Element` with the decoder `makeDecoder` makes.
    public init(
        _ body: HTTPBody, of type: Element.Type = Element.self, status: Int = 200,
        decoder makeDecoder: @escaping @Sendable () -> JSONDecoder = APIClientConfiguration.defaultJSONDecoder
    ) {
        records = JSONRecords(body: body, separator: UInt8(ascii: "\n"), status: status, makeDecoder: makeDecoder)
    }

    public func makeAsyncIterator() -> JSONRecords<Element>.Iterator {
        records.makeAsyncIterator()
    }
}

/// The values of an `application/json-seq` response (RFC 7464: each JSON text after a record
/// separator, U+001E), decoded as they arrive. Leaving the loop early, or cancelling its task,
/// cancels the request. Can be iterated once.
public struct JSONSequence<Element: Decodable & Sendable>: AsyncSequence, Sendable {
    private let records: JSONRecords<Element>

    /// Values of `body`, decoded as `Element` with the decoder `makeDecoder` makes.
    public init(
        _ body: HTTPBody, of type: Element.Type = Element.self, status: Int = 200,
        decoder makeDecoder: @escaping @Sendable () -> JSONDecoder = APIClientConfiguration.defaultJSONDecoder
    ) {
        records = JSONRecords(body: body, separator: 0x1E, status: status, makeDecoder: makeDecoder)
    }

    public func makeAsyncIterator() -> JSONRecords<Element>.Iterator {
        records.makeAsyncIterator()
    }
}

/// JSON texts separated by one byte, decoded as they arrive: what ``JSONLines`` and
/// ``JSONSequence`` share.
public struct JSONRecords<Element: Decodable & Sendable>: AsyncSequence, Sendable {
    let body: HTTPBody
    let separator: UInt8
    let status: Int
    let makeDecoder: @Sendable () -> JSONDecoder

    public func makeAsyncIterator() -> Iterator {
        Iterator(records: self)
    }

    /// Reads the values in order.
    public struct Iterator: AsyncIteratorProtocol {
        private let records: JSONRecords
        private var pieces: HTTPBody.Iterator
        private var buffer: [UInt8] = []
        /// Where the next record starts in `buffer`.
        private var start = 0
        /// Where the search for the next separator goes on, so a long record is scanned once.
        private var scanned = 0
        private var isDone = false
        private let decoder: JSONDecoder

        init(records: JSONRecords) {
            self.records = records
            pieces = records.body.makeAsyncIterator()
            decoder = records.makeDecoder()
        }

        /// The next value, or `nil` at the end of the body.
        /// - Throws: ``HTTPClientError/decodingFailed(status:reason:bodyPreview:)`` for a record that
        ///   does not decode (the request is cancelled), the transport's error, or `CancellationError`.
        public mutating func next() async throws -> Element? {
            while !isDone {
                if let end = buffer[Swift.max(start, scanned)...].firstIndex(of: records.separator) {
                    let record = buffer[start..<end]
                    start = end + 1
                    scanned = start
                    if let value = try decode(record) { return value }
                    continue
                }
                scanned = buffer.count
                guard let piece = try await pieces.next() else {
                    isDone = true
                    return try decode(buffer[start...])
                }
                // Records already read are dropped once per piece, not once per record.
                buffer.removeSubrange(..<start)
                scanned -= start
                start = 0
                buffer.append(contentsOf: piece)
            }
            return nil
        }

        /// The value of one record; nil for a blank one.
        private mutating func decode(_ record: ArraySlice<UInt8>) throws -> Element? {
            let isBlank = record.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            guard !isBlank else { return nil }
            let data = Data(record)
            do {
                return try decoder.decode(Element.self, from: data)
            } catch {
                isDone = true
                records.body.cancel()
                throw HTTPClientError.decodingFailed(status: records.status, reason: APIClientCore.reason(error), bodyPreview: APIError.preview(of: data))
            }
        }
    }
}
