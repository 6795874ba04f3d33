import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Server-sent events

/// One server-sent event: its data (text, or decoded with the operation's schema) and the fields
/// that came with it.
public struct ServerSentEvent<Payload: Sendable>: Sendable {
    /// The `event` field: the event's type, `nil` when the server named none (a "message").
    public var event: String?
    /// The `data` field (its lines joined with line feeds), decoded.
    public var data: Payload
    /// The last event ID: the `id` field of this event or the latest one before it that had one.
    public var id: String?
    /// The reconnection time in milliseconds, if a `retry` field came since the previous event.
    public var retry: Int?

    /// Creates an event.
    public init(event: String? = nil, data: Payload, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}

extension ServerSentEvent: Equatable where Payload: Equatable {}
extension ServerSentEvent: Hashable where Payload: Hashable {}

/// Reads a `text/event-stream` as the WHATWG HTML standard's event stream interpretation says:
/// lines end with CR, LF or CRLF; a leading byte order mark is skipped; a line starting with `:` is a
/// comment; `field: value` drops one space after the colon; `data` lines are joined with LF; `id`
/// (without NUL) sets the last event ID; `retry` takes ASCII digits only; a blank line dispatches the
/// event, unless it has no data; an event the stream ends in the middle of is dropped.
///
/// Bytes may be fed in pieces split anywhere, within a line ending or a UTF-8 sequence too: lines
/// are decoded (invalid UTF-8 as U+FFFD) only once they are complete.
public struct ServerSentEventParser: Sendable {
    private var line: [UInt8] = []
    private var afterCR = false
    private var bomChecked = false
    private var pendingBOM: [UInt8] = []
    private var data = ""
    private var hasData = false
    private var eventType = ""
    private var lastEventID = ""
    private var retry: Int?

    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// Creates a parser at the start of a stream.
    public init() {}

    /// Reads `bytes`, the next piece of the stream, and returns the events it completes.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent<String>] {
        var events: [ServerSentEvent<String>] = []
        for byte in bytes {
            if !bomChecked {
                // The mark may itself arrive split; until it is whole or ruled out, hold its bytes.
                pendingBOM.append(byte)
                if Self.bom.starts(with: pendingBOM) {
                    guard pendingBOM.count == Self.bom.count else { continue }
                    bomChecked = true
                    pendingBOM = []
                    continue
                }
                bomChecked = true
                let held = pendingBOM
                pendingBOM = []
                for heldByte in held { take(heldByte, into: &events) }
                continue
            }
            take(byte, into: &events)
        }
        return events
    }

    /// Ends the stream: bytes of an unfinished line and an undispatched event are dropped, as the
    /// standard says. Returns no events; it exists so readers state where the stream ended.
    public mutating func finish() {
        self = ServerSentEventParser()
    }

    private mutating func take(_ byte: UInt8, into events: inout [ServerSentEvent<String>]) {
        if byte == Self.lf && afterCR {
            // The LF of a CRLF: its CR ended the line already.
            afterCR = false
            return
        }
        afterCR = byte == Self.cr
        if byte == Self.cr || byte == Self.lf {
            if let event = process(line) { events.append(event) }
            line.removeAll(keepingCapacity: true)
        } else {
            line.append(byte)
        }
    }

    /// Interprets one complete line; returns the event a blank line dispatches.
    private mutating func process(_ bytes: [UInt8]) -> ServerSentEvent<String>? {
        if bytes.isEmpty { return dispatch() }
        if bytes[0] == UInt8(ascii: ":") { return nil }
        let field: String
        let value: String
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) {
            field = String(decoding: bytes[..<colon], as: UTF8.self)
            var start = colon + 1
            if start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
            value = String(decoding: bytes[start...], as: UTF8.self)
        } else {
            field = String(decoding: bytes, as: UTF8.self)
            value = ""
        }
        switch field {
        case "event":
            eventType = value
        case "data":
            data += value
            data += "\n"
            hasData = true
        case "id":
            if !value.unicodeScalars.contains("\0") { lastEventID = value }
        case "retry":
            if !value.isEmpty, value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                // Too many digits for an Int is no usable time: ignored like any other invalid value.
                if let milliseconds = Int(value) { retry = milliseconds }
            }
        default:
            break // Other fields are ignored.
        }
        return nil
    }

    private mutating func dispatch() -> ServerSentEvent<String>? {
        defer {
            data = ""
            hasData = false
            eventType = ""
        }
        guard hasData else { return nil }
        if data.hasSuffix("\n") { data.removeLast() }
        let event = ServerSentEvent(
            event: eventType.isEmpty ? nil : eventType, data: data,
            id: lastEventID.isEmpty ? nil : lastEventID, retry: retry)
        retry = nil
        return event
    }
}
