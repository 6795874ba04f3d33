import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Errors

/// RFC 9457 problem details (`application/problem+json`).
///
/// Members other than the five standard ones are kept in `extensions`; a standard member of the wrong
/// type is ignored, as the RFC asks.
public struct ProblemDetails: Codable, Hashable, Sendable, Error {
    /// A URI reference identifying the problem type.
    public var type: String?
    /// A short summary of the problem type.
    public var title: String?
    /// The HTTP status code.
    public var status: Int?
    /// An explanation of this occurrence of the problem.
    public var detail: String?
    /// A URI reference identifying this occurrence.
    public var instance: String?
    /// Every other member.
    public var extensions: [String: JSONValue]

    /// Creates problem details.
    public init(type: String? = nil, title: String? = nil, status: Int? = nil, detail: String? = nil, instance: String? = nil, extensions: [String: JSONValue] = [:]) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
        self.extensions = extensions
    }

    /// Decodes a JSON object.
    public init(from decoder: any Decoder) throws {
        guard let members = try JSONValue(from: decoder).objectValue else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Problem details must be a JSON object."))
        }
        type = members["type"]?.stringValue
        title = members["title"]?.stringValue
        status = members["status"]?.intValue.flatMap { Int(exactly: $0) }
        detail = members["detail"]?.stringValue
        instance = members["instance"]?.stringValue
        extensions = members.filter { !["type", "title", "status", "detail", "instance"].contains($0.key) }
    }

    /// Encodes a JSON object with the standard members that are set and the extensions.
    public func encode(to encoder: any Encoder) throws {
        var members = extensions
        members["type"] = type.map(JSONValue.string)
        members["title"] = title.map(JSONValue.string)
        members["status"] = status.map { .integer(Int64($0)) }
        members["detail"] = detail.map(JSONValue.string)
        members["instance"] = instance.map(JSONValue.string)
        try JSONValue.object(members).encode(to: encoder)
    }
}

/// A response whose status the operation does not document as a success.
///
/// `description` names the operation, the status and the problem's title and detail, or the start of
/// the body; it never includes headers.
public struct APIError: Error, Sendable, CustomStringConvertible {
    /// The `operationId` of the operation that failed.
    public let operationID: String
    /// The status code.
    public let status: Int
    /// The response's header fields.
    public let headers: HTTPHeaders
    /// The raw response body.
    public let body: Data
    /// The body decoded as problem details, when its `Content-Type` is `application/problem+json`.
    public let problem: ProblemDetails?
    /// The body decoded into the type the spec gives for this status, if it has one.
    public let decodedBody: (any Sendable)?

    /// Creates an error from a response; decodes `problem` from the body when the content type says so.
    public init(operationID: String, response: HTTPResponse, decodedBody: (any Sendable)? = nil) {
        self.operationID = operationID
        status = response.status
        headers = response.headers
        body = response.body
        self.decodedBody = decodedBody
        let mediaType = response.headers["Content-Type"]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        problem = mediaType == "application/problem+json" ? try? JSONDecoder().decode(ProblemDetails.self, from: response.body) : nil
    }

    /// `decodedBody` as `T`, or `nil` if it is absent or of another type.
    public func decodedBody<T>(as type: T.Type) -> T? {
        decodedBody as? T
    }

    /// The body as text, if it is valid UTF-8.
    public var bodyText: String? {
        String(data: body, encoding: .utf8)
    }

    /// `createBinding failed with status 400: <problem title and detail, or the start of the body>`.
    public var description: String {
        let summary = [problem?.title, problem?.detail].compactMap { $0 }.joined(separator: ": ")
        let details = summary.isEmpty ? Self.preview(of: body) : summary
        return "\(operationID) failed with status \(status)" + (details.isEmpty ? "" : ": " + details)
    }

    /// The first 200 characters of `body` as text (`…` marks a cut), a byte count if it is not UTF-8,
    /// or nothing if it is empty.
    static func preview(of body: Data) -> String {
        guard let text = String(data: body, encoding: .utf8) else { return "(\(body.count) bytes)" }
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}

/// A failure to build, send or decode a request other than an error status.
public enum HTTPClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A header's name is not a token, or its value contains CR, LF or NUL (which could inject headers).
    case invalidHeader(name: String)
    /// The request's method is not an RFC 9110 token (a space or line break could rewrite the request line).
    case invalidMethod(String)
    /// The response body was longer than ``APIClientConfiguration/maxResponseBodySize`` (in bytes).
    case responseTooLarge(limit: Int)
    /// A server URL variable has no value, or its value could change the URL's host, port or path.
    case invalidServerVariable(name: String)
    /// The path template names a parameter that has no value.
    case missingPathParameter(String)
    /// The server URL and path did not form a URL.
    case invalidURL(String)
    /// The body or a parameter could not be encoded.
    case encodingFailed(String)
    /// A response body could not be decoded.
    case decodingFailed(status: Int, reason: String, bodyPreview: String)
    /// The transport failed without a response.
    case transport(String)

    /// What went wrong; never includes header values, which may be secrets.
    public var description: String {
        switch self {
        case .invalidHeader(let name):
            "Invalid HTTP header \(String(reflecting: name)): the name must be a token and the value must not contain CR, LF or NUL."
        case .invalidMethod(let method):
            "Invalid HTTP method \(String(reflecting: method)): it must be a token."
        case .responseTooLarge(let limit):
            "The response body is larger than the limit of \(limit) bytes (APIClientConfiguration.maxResponseBodySize)."
        case .invalidServerVariable(let name):
            "The server URL variable \(String(reflecting: name)) has no value, or one that would change the URL's host, port or path."
        case .missingPathParameter(let name):
            "The path parameter \(String(reflecting: name)) has no value."
        case .invalidURL(let text):
            "Could not make a URL from \(String(reflecting: text))."
        case .encodingFailed(let reason):
            reason
        case .decodingFailed(let status, let reason, let bodyPreview):
            "Could not decode the body of the status \(status) response: \(reason)" + (bodyPreview.isEmpty ? "" : " Body: \(bodyPreview)")
        case .transport(let reason):
            reason
        }
    }
}
