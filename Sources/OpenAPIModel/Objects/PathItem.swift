import Diagnostics

/// The HTTP methods an OpenAPI path item can hold, in the order the specification lists them.
public enum HTTPMethod: String, Sendable, Hashable, CaseIterable {
    case get, put, post, delete, options, head, patch, trace
}

/// The operations available on one path (or one webhook).
public struct PathItem: Sendable {
    /// A path item may itself be a `$ref`, with its fields overriding the target's.
    public var ref: Reference?
    public var summary: String?
    public var description: String?
    /// Operations in spec order. An operation written as a `$ref` is not standard OpenAPI, but
    /// split specs (DigitalOcean's among them) do it throughout, so it is accepted.
    public var operations: [(method: HTTPMethod, operation: Referenceable<Operation>)]
    public var servers: [Server]?
    /// Parameters shared by every operation on the path.
    public var parameters: [Referenceable<Parameter>]
    public var extensions: SpecExtensions
    public var location: SourceLocation
}

/// One API operation.
public struct Operation: Sendable {
    public var tags: [String]
    public var summary: String?
    public var description: String?
    public var externalDocs: ExternalDocumentation?
    public var operationId: String?
    public var parameters: [Referenceable<Parameter>]
    public var requestBody: Referenceable<RequestBody>?
    public var responses: Responses
    public var callbacks: OrderedMap<Referenceable<OrderedMap<PathItem>>>
    public var deprecated: Bool
    /// nil: inherit the document's security; empty: explicitly no security.
    public var security: [SecurityRequirement]?
    public var servers: [Server]?
    public var extensions: SpecExtensions
    public var location: SourceLocation
}
