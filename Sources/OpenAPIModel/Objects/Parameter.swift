import Diagnostics

/// Where a parameter travels (the spec's `in`).
public enum ParameterLocation: String, Sendable, Hashable {
    case path, query, header, cookie
}

/// How a parameter or header value is serialised.
public enum ParameterStyle: String, Sendable, Hashable {
    case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
}

/// A parameter of an operation or path.
public struct Parameter: Sendable {
    public var name: String
    /// The spec's `in`.
    public var placement: ParameterLocation
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var allowEmptyValue: Bool
    /// As written; `effectiveStyle` applies the specification's defaults.
    public var style: ParameterStyle?
    public var explode: Bool?
    public var allowReserved: Bool
    public var schema: Schema?
    /// The alternative to `schema`: exactly one media type describing the value.
    public var content: OrderedMap<MediaType>?
    public var examples: [SpecValue]
    public var extensions: SpecExtensions
    public var location: SourceLocation

    /// The style after defaults: `form` for query and cookie, `simple` for path and header.
    public var effectiveStyle: ParameterStyle {
        if let style { return style }
        switch placement {
        case .query, .cookie: return .form
        case .path, .header: return .simple
        }
    }

    /// `explode` after defaults: true only for `form` style.
    public var effectiveExplode: Bool {
        explode ?? (effectiveStyle == .form)
    }
}

/// A response header.
public struct Header: Sendable {
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var style: ParameterStyle?
    public var explode: Bool?
    public var schema: Schema?
    public var content: OrderedMap<MediaType>?
    public var examples: [SpecValue]
    public var extensions: SpecExtensions
    public var location: SourceLocation
}
