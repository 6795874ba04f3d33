import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Requests and responses

/// An HTTP request as a transport sends it.
///
/// `description` (which `dump` shows too) is safe to log: it shows the method, URL and headers, replaces
/// the values of `Authorization`, `Proxy-Authorization` and `Cookie`, of every header and query item
/// named in `redactedNames` and the URL's password with `<redacted>`, and gives only the body's size.
public struct HTTPRequest: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// The method, such as `GET`.
    public var method: String
    /// The full URL, query included.
    public var url: URL
    /// The header fields.
    public var headers: HTTPHeaders
    /// The body, if any.
    public var body: Data?
    /// A body read while it is sent (from a file or a byte stream), instead of `body`.
    public var bodyStream: HTTPBody?
    /// How long the transport may wait for data before failing with a timeout; `nil` leaves the
    /// transport's default.
    public var timeout: TimeInterval?
    /// The `operationId` of the operation that sends the request, for middlewares that log or measure.
    public var operationID: String?
    /// Names of headers and query items (compared case-insensitively) whose values are secrets that
    /// `description` hides; the client adds the names of API keys it applies. A transport drops them
    /// (with `Authorization`, `Proxy-Authorization` and `Cookie`) when a redirect leads to another origin.
    public var redactedNames: Set<String>
    /// The most bytes of response body the transport may accept before failing with
    /// ``HTTPClientError/responseTooLarge(limit:)``; `nil` sets no limit. The client sets
    /// ``APIClientConfiguration/maxResponseBodySize``.
    public var maxResponseBodySize: Int?

    /// Creates a request.
    public init(
        method: String, url: URL, headers: HTTPHeaders = HTTPHeaders(), body: Data? = nil,
        timeout: TimeInterval? = nil, operationID: String? = nil, redactedNames: Set<String> = [],
        maxResponseBodySize: Int? = nil, bodyStream: HTTPBody? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.operationID = operationID
        self.redactedNames = redactedNames
        self.maxResponseBodySize = maxResponseBodySize
        self.bodyStream = bodyStream
    }

    /// `METHOD URL [headers]` and the body's size, with secrets replaced by `<redacted>`.
    public var description: String {
        var text = "\(method) \(Self.redacted(url, hiding: redactedNames)) \(headers.redactedDescription(hiding: redactedNames))"
        if let body { text += " (\(body.count)-byte body)" }
        if let bodyStream { text += bodyStream.fileURL == nil ? " (streamed body)" : " (body from a file)" }
        return text
    }

    /// A mirror without children, so `dump` shows `description` instead of the secrets.
    public var customMirror: Mirror {
        Mirror(self, children: [:])
    }

    /// `url` as text with its password and the values of the query items named in `names` replaced by
    /// `<redacted>`, for descriptions and errors.
    static func redacted(_ url: URL, hiding names: Set<String>) -> String {
        var text = url.absoluteString
        // A password in the URL (`https://user:secret@host`) is as secret as an Authorization header.
        if let password = URLComponents(url: url, resolvingAgainstBaseURL: true)?.percentEncodedPassword,
           let range = text.range(of: ":\(password)@") {
            text.replaceSubrange(range, with: ":<redacted>@")
        }
        guard let queryStart = text.firstIndex(of: "?") else { return text }
        let queryEnd = text[queryStart...].firstIndex(of: "#") ?? text.endIndex
        let items = text[text.index(after: queryStart)..<queryEnd].split(separator: "&", omittingEmptySubsequences: false)
        let redacted = items.map { item -> String in
            let name = item.prefix { $0 != "=" }
            let decodedName = String(name).removingPercentEncoding ?? String(name)
            let isSecret = names.contains { HTTPHeaders.sameName($0, decodedName) }
            return isSecret && name.count < item.count ? String(name) + "=<redacted>" : String(item)
        }
        return String(text[..<queryStart]) + "?" + redacted.joined(separator: "&") + String(text[queryEnd...])
    }
}

/// An HTTP response, whatever its status.
///
/// `description` (which `dump` shows too) gives the status, the headers with the values of
/// `Set-Cookie` and the other credential fields replaced by `<redacted>`, and only the body's size:
/// a body may hold tokens (an OAuth token response) and is the caller's to print.
public struct HTTPResponse: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// The status code, such as 200.
    public var status: Int
    /// The header fields.
    public var headers: HTTPHeaders
    /// The body; empty when there was none.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// `STATUS [headers] (N-byte body)`, with credential header values replaced by `<redacted>`.
    public var description: String {
        "\(status) \(headers) (\(body.count)-byte body)"
    }

    /// A mirror without children, so `dump` shows `description` instead of the body.
    public var customMirror: Mirror {
        Mirror(self, children: [:])
    }
}
