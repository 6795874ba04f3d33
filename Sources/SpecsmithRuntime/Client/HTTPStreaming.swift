import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Streamed responses through transports and middlewares

/// A response whose body is read as it arrives.
public struct HTTPStreamedResponse: Sendable {
    /// The status code, such as 200.
    public var status: Int
    /// The header fields.
    public var headers: HTTPHeaders
    /// The body, read once, as it arrives.
    public var body: HTTPBody

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: HTTPBody) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

extension HTTPTransport {
    /// Waits for the whole body with ``send(_:)``: a transport that cannot stream still answers
    /// streaming operations, holding each body in memory.
    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamedResponse {
        let response = try await send(request)
        return HTTPStreamedResponse(status: response.status, headers: response.headers, body: HTTPBody(response.body))
    }

    /// `false`: the client reads ``HTTPRequest/bodyStream`` into ``HTTPRequest/body`` first.
    public var streamsRequestBodies: Bool { false }
}

extension HTTPMiddleware {
    /// Calls ``intercept(_:next:)`` with the streamed response's status and headers and an empty
    /// body; the streamed body is passed on as it is (unless the middleware answered with a body of
    /// its own, which then is the body).
    public func interceptStream(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPStreamedResponse
    ) async throws -> HTTPStreamedResponse {
        let passed = StreamedBodyBox()
        let head = try await intercept(request) { request in
            let streamed = try await next(request)
            passed.set(streamed.body)
            return HTTPResponse(status: streamed.status, headers: streamed.headers)
        }
        let body = head.body.isEmpty ? passed.get() ?? HTTPBody(Data()) : HTTPBody(head.body)
        return HTTPStreamedResponse(status: head.status, headers: head.headers, body: body)
    }
}

/// Carries a streamed body past a middleware's `intercept`, which only sees the head.
private final class StreamedBodyBox: @unchecked Sendable {
    // @unchecked: `body` is guarded by `lock`.
    private let lock = NSLock()
    private var body: HTTPBody?

    func set(_ body: HTTPBody) {
        lock.lock()
        defer { lock.unlock() }
        self.body = body
    }

    func get() -> HTTPBody? {
        lock.lock()
        defer { lock.unlock() }
        return body
    }
}

/// The file a streamed request body is uploaded from: the body's own file, or, for a body produced
/// on the fly, a temporary copy (URLSession reads uploads from files; holding the stream in memory
/// instead would defeat streaming it).
struct UploadFile: Sendable {
    let url: URL
    let isTemporary: Bool

    init(_ body: HTTPBody) async throws {
        if let fileURL = body.fileURL {
            url = fileURL
            isTemporary = false
            return
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("specsmith-upload-\(UUID().uuidString)")
        try await body.write(to: temporary)
        url = temporary
        isTemporary = true
    }

    func removeIfTemporary() {
        if isTemporary { try? FileManager.default.removeItem(at: url) }
    }
}
