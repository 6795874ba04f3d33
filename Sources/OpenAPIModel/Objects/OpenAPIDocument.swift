import Diagnostics
import YAMLReader

/// A whole OpenAPI 3.0 or 3.1 description, decoded from its root file (a Swagger 2.0 document
/// is read as the 3.0 document it converts to; see `Swagger2Converter`).
public struct OpenAPIDocument: Sendable {
    /// The `openapi` field as written (`3.1.0`), or `2.0` for a Swagger 2.0 document.
    public var openapi: String
    public var version: SpecVersion
    public var info: Info
    /// 3.1's default dialect for schemas, if set.
    public var jsonSchemaDialect: String?
    public var servers: [Server]
    public var paths: OrderedMap<PathItem>
    public var webhooks: OrderedMap<Referenceable<PathItem>>
    public var components: Components
    /// Applies to every operation that has no `security` of its own.
    public var security: [SecurityRequirement]?
    public var tags: [Tag]
    public var externalDocs: ExternalDocumentation?
    public var extensions: SpecExtensions
    /// The root node, kept so the resolver can follow JSON pointers anywhere in the file. For a
    /// Swagger 2.0 document, the converted tree, where the file's own references point.
    package var root: YAMLNode
    /// The root file as the user named it.
    public var file: String
}

/// The `info` object.
public struct Info: Sendable {
    public var title: String
    public var summary: String?
    public var description: String?
    public var termsOfService: String?
    public var contact: Contact?
    public var license: License?
    public var version: String
    public var extensions: SpecExtensions
    public var location: SourceLocation
}

public struct Contact: Sendable {
    public var name: String?
    public var url: String?
    public var email: String?
}

public struct License: Sendable {
    public var name: String
    public var identifier: String?
    public var url: String?
}

public struct ExternalDocumentation: Sendable {
    public var description: String?
    public var url: String
}

/// A `tags` entry.
public struct Tag: Sendable {
    public var name: String
    public var description: String?
    public var externalDocs: ExternalDocumentation?
    public var location: SourceLocation
}

/// A `servers` entry; `{name}` placeholders in `url` are filled from `variables`.
public struct Server: Sendable {
    public var url: String
    public var description: String?
    public var variables: OrderedMap<ServerVariable>
    public var location: SourceLocation
}

public struct ServerVariable: Sendable {
    public var enumValues: [String]?
    public var defaultValue: String
    public var description: String?
}
