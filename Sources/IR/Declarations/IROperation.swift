import Diagnostics

/// One API operation, as the client emitter needs it.
public struct IROperation: Sendable {
    /// The spec's `operationId`, or one made from the method and path when it has none.
    public var operationID: String
    /// The client method's name (`createBinding`), unique among the operations.
    public var methodName: String
    /// `GET`, `POST`, …
    public var httpMethod: String
    /// The path template as the spec writes it (`/pets/{petId}`).
    public var path: String
    public var documentation: IRDocumentation
    public var deprecated: Bool
    /// The spec's tags; the first groups the operation in generated files.
    public var tags: [String]
    /// Path-level and operation parameters (the operation's win) in call-site order: path parameters
    /// in the order the path names them, then the others, required ones first, spec order otherwise.
    public var parameters: [IRParameter]
    public var requestBody: IRRequestBody?
    /// Responses in spec order.
    public var responses: [IRResponse]
    /// Security alternatives: each a list of scheme names that must all be satisfied; an empty
    /// alternative means "no credentials needed"; no alternatives means no security at all.
    public var security: [[String]]
    public var location: SourceLocation?

    /// The responses with a 2XX status (exact or range), in spec order.
    public var successResponses: [IRResponse] {
        responses.filter(\.isSuccess)
    }
}

/// A path, query, header or cookie parameter.
public struct IRParameter: Sendable {
    public enum Location: String, Sendable {
        case path, query, header, cookie
    }

    public enum Style: String, Sendable {
        case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
    }

    /// The Swift argument name, unique among the method's arguments.
    public var swiftName: String
    /// The name on the wire.
    public var name: String
    public var location: Location
    /// The value's type, not optional (optionality is `required`).
    public var type: IRTypeReference
    public var required: Bool
    public var style: Style
    public var explode: Bool
    public var allowReserved: Bool
    public var documentation: IRDocumentation
    public var deprecated: Bool
    /// What the client checks before sending the value, as the validators' JSON Schema (see
    /// `IRValidationSchema`; `name` is empty); nil when the value's Swift type already guarantees
    /// all the schema asks, so an unconstrained parameter costs nothing.
    public var validationSchema: IRValidationSchema?
}

/// How a body travels.
public enum IRBodyEncoding: String, Sendable {
    /// `application/json` and `+json` types.
    case json
    /// `application/x-www-form-urlencoded`.
    case form
    /// `multipart/form-data`.
    case multipart
    /// `text/plain`.
    case text
    /// Anything else, sent and received as raw bytes (`application/octet-stream`, images, …).
    case binary
}

/// How a response body is read as it arrives.
public enum IRStreamFormat: String, Sendable {
    /// `text/event-stream`: server-sent events, each with its data decoded.
    case serverSentEvents
    /// `application/jsonl`, `application/x-ndjson`: one JSON text per line.
    case jsonLines
    /// `application/json-seq` (RFC 7464): JSON texts each after a record separator.
    case jsonSequence
    /// Any binary media type: the bytes, to read piece by piece or write to a file.
    case bytes
}

/// An operation's request body.
public struct IRRequestBody: Sendable {
    public var contentType: String
    public var encoding: IRBodyEncoding
    /// The body's Swift type (`Data` for binary, `String` for text).
    public var type: IRTypeReference
    public var required: Bool
    public var documentation: IRDocumentation
    /// For form and multipart bodies of object type: the properties, in order, to send as fields.
    public var fields: [IRProperty]
}

/// One documented response.
public struct IRResponse: Sendable {
    public enum Status: Sendable, Hashable {
        case code(Int)
        /// `2XX` is `.range(2)`.
        case range(Int)
        case `default`
    }

    public var status: Status
    public var documentation: IRDocumentation
    /// The media type of the body Specsmith decodes, if the response has one.
    public var contentType: String?
    public var encoding: IRBodyEncoding?
    /// The body's Swift type, nil when the response has no body.
    public var type: IRTypeReference?
    /// Documented response headers.
    public var headers: [IRResponseHeader]
    /// How a body read as it arrives is read; `type` is then the type of each value (an event's
    /// data, a line), or `HTTPBody` for bytes. Nil for a body read whole.
    public var stream: IRStreamFormat? = nil

    public var isSuccess: Bool {
        switch status {
        case .code(let code): (200..<300).contains(code)
        case .range(let digit): digit == 2
        case .default: false
        }
    }
}

/// A documented response header, typed.
public struct IRResponseHeader: Sendable {
    public var swiftName: String
    public var name: String
    public var type: IRTypeReference
    public var required: Bool
    public var documentation: IRDocumentation
}

/// A way to authenticate, as the client applies it.
public struct IRSecurityScheme: Sendable {
    public enum Kind: Sendable, Hashable {
        case bearer
        case basic
        case apiKey(location: IRParameter.Location, name: String)
        /// OAuth 2, OpenID Connect, mutual TLS and other HTTP schemes: the client cannot obtain
        /// these credentials itself; a bearer credential is sent for OAuth 2 and OpenID Connect.
        case unsupported(String)
    }

    public var name: String
    public var kind: Kind
    public var documentation: IRDocumentation
}

/// A server the API is reachable at: its URL with the variables substituted by their defaults, and
/// the template and defaults, for clients that choose other values at run time.
public struct IRServer: Sendable {
    public var url: String
    /// The URL as the spec writes it, with `{name}` placeholders.
    public var template: String
    /// Each variable's name and default, in the spec's order.
    public var variables: [(name: String, defaultValue: String)]
    public var documentation: IRDocumentation
}
