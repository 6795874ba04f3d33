import Diagnostics

/// Reusable objects, each map in spec order.
public struct Components: Sendable {
    public var schemas: OrderedMap<Schema>
    public var responses: OrderedMap<Referenceable<Response>>
    public var parameters: OrderedMap<Referenceable<Parameter>>
    public var examples: OrderedMap<SpecValue>
    public var requestBodies: OrderedMap<Referenceable<RequestBody>>
    public var headers: OrderedMap<Referenceable<Header>>
    public var securitySchemes: OrderedMap<Referenceable<SecurityScheme>>
    public var links: OrderedMap<SpecValue>
    public var callbacks: OrderedMap<SpecValue>
    public var pathItems: OrderedMap<Referenceable<PathItem>>
    public var extensions: SpecExtensions

    public static let empty = Components(
        schemas: OrderedMap(), responses: OrderedMap(), parameters: OrderedMap(), examples: OrderedMap(),
        requestBodies: OrderedMap(), headers: OrderedMap(), securitySchemes: OrderedMap(), links: OrderedMap(),
        callbacks: OrderedMap(), pathItems: OrderedMap(), extensions: OrderedMap())
}

/// One way to authenticate.
public struct SecurityScheme: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case apiKey, http, oauth2, openIdConnect, mutualTLS
    }

    public var kind: Kind
    public var description: String?
    /// For `apiKey`: the header, query or cookie name.
    public var name: String?
    /// For `apiKey`: where the key travels.
    public var placement: ParameterLocation?
    /// For `http`: `bearer`, `basic`, …
    public var scheme: String?
    public var bearerFormat: String?
    /// For `oauth2`: the flows, kept as written.
    public var flows: SpecValue?
    public var openIdConnectUrl: String?
    public var extensions: SpecExtensions
    public var location: SourceLocation
}

/// One alternative of a `security` list: every named scheme must be satisfied, with these scopes.
public struct SecurityRequirement: Sendable {
    public var schemes: OrderedMap<[String]>
    public var location: SourceLocation
}
