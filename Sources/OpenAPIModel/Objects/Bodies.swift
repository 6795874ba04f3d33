import Diagnostics

/// An operation's request body.
public struct RequestBody: Sendable {
    public var description: String?
    /// Media types in spec order (`application/json`, `multipart/form-data`, …).
    public var content: OrderedMap<MediaType>
    public var required: Bool
    public var extensions: SpecExtensions
    public var location: SourceLocation
}

/// One media type of a body, parameter or header.
public struct MediaType: Sendable {
    public var schema: Schema?
    public var examples: [SpecValue]
    public var encoding: OrderedMap<Encoding>
    public var extensions: SpecExtensions
    public var location: SourceLocation
}

/// How one property of a form or multipart body is encoded.
public struct Encoding: Sendable {
    public var contentType: String?
    public var headers: OrderedMap<Referenceable<Header>>
    public var style: ParameterStyle?
    public var explode: Bool?
    public var allowReserved: Bool
}

/// The key of a response: an exact status, a range like `4XX`, or `default`.
public enum ResponseKey: Sendable, Hashable, CustomStringConvertible {
    case status(Int)
    /// `2XX` is `.range(2)`.
    case range(Int)
    case `default`

    /// Reads `200`, `4XX` (any case) and `default`; nil for anything else.
    public init?(_ text: String) {
        if text == "default" {
            self = .default
        } else if text.count == 3, let code = Int(text), (100...599).contains(code) {
            self = .status(code)
        } else if text.count == 3, text.uppercased().hasSuffix("XX"), let digit = text.first?.wholeNumberValue, (1...5).contains(digit) {
            self = .range(digit)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .status(let code): "\(code)"
        case .range(let digit): "\(digit)XX"
        case .default: "default"
        }
    }
}

/// An operation's responses in spec order.
public struct Responses: Sendable {
    public var entries: [(key: ResponseKey, response: Referenceable<Response>)]
    public var extensions: SpecExtensions
    public var location: SourceLocation
}

/// One response.
public struct Response: Sendable {
    public var description: String
    public var headers: OrderedMap<Referenceable<Header>>
    public var content: OrderedMap<MediaType>
    public var links: OrderedMap<SpecValue>
    public var extensions: SpecExtensions
    public var location: SourceLocation
}
