import Diagnostics
import YAMLReader

extension SpecDecoder {
    /// Decodes a whole document. The version is read from the root's `openapi` field, so this is
    /// the entry point when nothing is known about the file yet; warnings are in the returned log.
    public static func decodeDocument(_ root: YAMLNode, file: String) throws(Diagnostic) -> (OpenAPIDocument, DiagnosticLog) {
        guard root.pairs != nil else {
            throw .error("not an OpenAPI document: expected a mapping at the top level, found \(root.kindDescription)", at: root.location)
        }
        if let swagger = root["swagger"] {
            guard swagger.scalar?.text == "2.0" else {
                throw .error("unsupported Swagger version '\(swagger.scalar?.text ?? swagger.kindDescription)'; Specsmith reads Swagger 2.0 and OpenAPI 3.0.x and 3.1.x",
                             at: swagger.location)
            }
            // Read as the OpenAPI 3.0 document it converts to, whose nodes keep their places in the 2.0 file.
            let (converted, conversionLog) = Swagger2Converter.convert(root)
            var (document, log) = try decodeDocument(converted, file: file)
            document.openapi = "2.0"
            var combined = conversionLog
            combined.append(contentsOf: log)
            log = combined
            return (document, log)
        }
        let pairs = root.pairs ?? []
        guard let openapiPair = pairs.first(where: { $0.keyText == "openapi" }) else {
            throw .error("not an OpenAPI document: the top-level key 'openapi' is missing", at: root.location)
        }
        let openapi = openapiPair.value.scalar?.text ?? ""
        guard let version = SpecVersion(openapi) else {
            throw .error("unsupported OpenAPI version '\(openapi)'; Specsmith reads 3.0.x and 3.1.x", at: openapiPair.value.location)
        }
        var decoder = SpecDecoder(version: version)
        let document = try decoder.document(root, pairs: pairs, openapi: openapi, file: file)
        return (document, decoder.log)
    }

    private mutating func document(_ root: YAMLNode, pairs: YAMLPairs, openapi: String, file: String) throws(Diagnostic) -> OpenAPIDocument {
        var info: Info?
        var jsonSchemaDialect: String?
        var servers: [Server] = []
        var paths = OrderedMap<PathItem>()
        var webhooks = OrderedMap<Referenceable<PathItem>>()
        var components = Components.empty
        var security: [SecurityRequirement]?
        var tags: [Tag] = []
        var externalDocs: ExternalDocumentation?
        var extensions = SpecExtensions()
        for pair in pairs {
            let value = pair.value
            switch pair.keyText {
            case "openapi": break
            case "info": info = try self.info(value)
            case "jsonSchemaDialect": jsonSchemaDialect = try string(value, "jsonSchemaDialect")
            case "servers": servers = try self.servers(value)
            case "paths": paths = try self.paths(value)
            case "webhooks":
                webhooks = try map(value, "webhooks") { (decoder, pair) throws(Diagnostic) in
                    try decoder.referenceable(pair.value, "webhook") { (decoder, node) throws(Diagnostic) in
                        try decoder.pathItem(node, "webhook '\(pair.keyText)'")
                    }
                }
            case "components": components = try self.components(value)
            case "security": security = try securityRequirements(value)
            case "tags": tags = try self.tags(value)
            case "externalDocs": externalDocs = try self.externalDocs(value)
            default: unknown(pair, in: "the document", extensions: &extensions)
            }
        }
        guard let info else { throw missing("info", in: "the document", at: root.location) }
        if version == .v3_0 && pairs.first(where: { $0.keyText == "paths" }) == nil {
            log.warning("an OpenAPI 3.0 document must have 'paths'", at: root.location)
        }
        return OpenAPIDocument(
            openapi: openapi, version: version, info: info, jsonSchemaDialect: jsonSchemaDialect, servers: servers,
            paths: paths, webhooks: webhooks, components: components, security: security, tags: tags,
            externalDocs: externalDocs, extensions: extensions, root: root, file: file)
    }

    mutating func info(_ node: YAMLNode) throws(Diagnostic) -> Info {
        var title: String?
        var version: String?
        var info = Info(title: "", version: "", extensions: SpecExtensions(), location: node.location)
        for pair in try pairs(node, "info") {
            let value = pair.value
            switch pair.keyText {
            case "title": title = try string(value, "title")
            case "version": version = try string(value, "version")
            case "summary": info.summary = try descriptionText(value, "summary")
            case "description": info.description = try descriptionText(value, "description")
            case "termsOfService": info.termsOfService = try string(value, "termsOfService")
            case "contact":
                var contact = Contact()
                for pair in try pairs(value, "contact") {
                    switch pair.keyText {
                    case "name": contact.name = try string(pair.value, "name")
                    case "url": contact.url = try string(pair.value, "url")
                    case "email": contact.email = try string(pair.value, "email")
                    default: unknown(pair, in: "contact", extensions: &info.extensions)
                    }
                }
                info.contact = contact
            case "license":
                var license = License(name: "")
                for pair in try pairs(value, "license") {
                    switch pair.keyText {
                    case "name": license.name = try string(pair.value, "name") ?? ""
                    case "identifier": license.identifier = try string(pair.value, "identifier")
                    case "url": license.url = try string(pair.value, "url")
                    default: unknown(pair, in: "license", extensions: &info.extensions)
                    }
                }
                info.license = license
            default: unknown(pair, in: "info", extensions: &info.extensions)
            }
        }
        if title == nil { log.warning("'info' has no 'title'", at: node.location) }
        if version == nil { log.warning("'info' has no 'version'", at: node.location) }
        info.title = title ?? ""
        info.version = version ?? ""
        return info
    }

    /// A description, which some specs write as a `$ref` to text in another file.
    /// Such a reference is not followed here; it is reported and the text left out.
    mutating func descriptionText(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> String? {
        if node.pairs != nil, let reference = try reference(in: node) {
            log.warning("'\(name)' is a $ref ('\(reference.target)'); references are not followed for descriptions, so it is left out",
                        at: reference.location)
            return nil
        }
        return try string(node, name)
    }

    mutating func servers(_ node: YAMLNode) throws(Diagnostic) -> [Server] {
        var servers: [Server] = []
        for item in try items(node, "servers") {
            var server = Server(url: "", variables: OrderedMap(), location: item.location)
            var url: String?
            var extensions = SpecExtensions()
            for pair in try pairs(item, "server") {
                switch pair.keyText {
                case "url": url = try string(pair.value, "url")
                case "description": server.description = try descriptionText(pair.value, "description")
                case "variables":
                    server.variables = try map(pair.value, "variables") { (decoder, pair) throws(Diagnostic) in
                        try decoder.serverVariable(pair.value)
                    }
                default: unknown(pair, in: "server", extensions: &extensions)
                }
            }
            guard let url else { throw missing("url", in: "a server", at: item.location) }
            server.url = url
            servers.append(server)
        }
        return servers
    }

    private mutating func serverVariable(_ node: YAMLNode) throws(Diagnostic) -> ServerVariable {
        var variable = ServerVariable(defaultValue: "")
        var defaultValue: String?
        var extensions = SpecExtensions()
        for pair in try pairs(node, "server variable") {
            switch pair.keyText {
            case "enum": variable.enumValues = try strings(pair.value, "enum")
            case "default": defaultValue = try string(pair.value, "default")
            case "description": variable.description = try descriptionText(pair.value, "description")
            default: unknown(pair, in: "server variable", extensions: &extensions)
            }
        }
        guard let defaultValue else { throw missing("default", in: "a server variable", at: node.location) }
        variable.defaultValue = defaultValue
        return variable
    }

    mutating func tags(_ node: YAMLNode) throws(Diagnostic) -> [Tag] {
        var tags: [Tag] = []
        for item in try items(node, "tags") {
            var tag = Tag(name: "", location: item.location)
            var name: String?
            var extensions = SpecExtensions()
            for pair in try pairs(item, "tag") {
                switch pair.keyText {
                case "name": name = try string(pair.value, "name")
                case "description": tag.description = try descriptionText(pair.value, "description")
                case "externalDocs": tag.externalDocs = try externalDocs(pair.value)
                default: unknown(pair, in: "tag", extensions: &extensions)
                }
            }
            guard let name else { throw missing("name", in: "a tag", at: item.location) }
            tag.name = name
            tags.append(tag)
        }
        return tags
    }

    mutating func externalDocs(_ node: YAMLNode) throws(Diagnostic) -> ExternalDocumentation {
        var docs = ExternalDocumentation(url: "")
        var extensions = SpecExtensions()
        for pair in try pairs(node, "externalDocs") {
            switch pair.keyText {
            case "url": docs.url = try string(pair.value, "url") ?? ""
            case "description": docs.description = try descriptionText(pair.value, "description")
            default: unknown(pair, in: "externalDocs", extensions: &extensions)
            }
        }
        return docs
    }

    mutating func securityRequirements(_ node: YAMLNode) throws(Diagnostic) -> [SecurityRequirement] {
        var requirements: [SecurityRequirement] = []
        for item in try items(node, "security") {
            let schemes = try map(item, "security requirement", skipExtensions: false) { (decoder, pair) throws(Diagnostic) in
                try decoder.strings(pair.value, "scopes")
            }
            requirements.append(SecurityRequirement(schemes: schemes, location: item.location))
        }
        return requirements
    }

    mutating func components(_ node: YAMLNode) throws(Diagnostic) -> Components {
        var components = Components.empty
        for pair in try pairs(node, "components") {
            let value = pair.value
            switch pair.keyText {
            case "schemas":
                components.schemas = try map(value, "schemas") { (decoder, pair) throws(Diagnostic) in try decoder.schema(pair.value) }
            case "responses":
                components.responses = try map(value, "responses") { (decoder, pair) throws(Diagnostic) in
                    try decoder.referenceable(pair.value, "response") { (decoder, node) throws(Diagnostic) in try decoder.response(node) }
                }
            case "parameters":
                components.parameters = try map(value, "parameters") { (decoder, pair) throws(Diagnostic) in
                    try decoder.referenceable(pair.value, "parameter") { (decoder, node) throws(Diagnostic) in try decoder.parameter(node) }
                }
            case "examples":
                components.examples = try map(value, "examples") { (_, pair) throws(Diagnostic) in SpecValue(pair.value) }
            case "requestBodies":
                components.requestBodies = try map(value, "requestBodies") { (decoder, pair) throws(Diagnostic) in
                    try decoder.referenceable(pair.value, "request body") { (decoder, node) throws(Diagnostic) in try decoder.requestBody(node) }
                }
            case "headers":
                components.headers = try map(value, "headers") { (decoder, pair) throws(Diagnostic) in
                    try decoder.referenceable(pair.value, "header") { (decoder, node) throws(Diagnostic) in try decoder.header(node) }
                }
            case "securitySchemes":
                components.securitySchemes = try map(value, "securitySchemes") { (decoder, pair) throws(Diagnostic) in
                    try decoder.referenceable(pair.value, "security scheme") { (decoder, node) throws(Diagnostic) in
                        try decoder.securityScheme(node)
                    }
                }
            case "links":
                components.links = try map(value, "links") { (_, pair) throws(Diagnostic) in SpecValue(pair.value) }
            case "callbacks":
                components.callbacks = try map(value, "callbacks") { (_, pair) throws(Diagnostic) in SpecValue(pair.value) }
            case "pathItems":
                components.pathItems = try map(value, "pathItems") { (decoder, pair) throws(Diagnostic) in
                    try decoder.referenceable(pair.value, "path item") { (decoder, node) throws(Diagnostic) in
                        try decoder.pathItem(node, "path item '\(pair.keyText)'")
                    }
                }
            default: unknown(pair, in: "components", extensions: &components.extensions)
            }
        }
        return components
    }

    public mutating func securityScheme(_ node: YAMLNode) throws(Diagnostic) -> SecurityScheme {
        var scheme = SecurityScheme(kind: .http, extensions: SpecExtensions(), location: node.location)
        var kind: SecurityScheme.Kind?
        for pair in try pairs(node, "security scheme") {
            let value = pair.value
            switch pair.keyText {
            case "type":
                let text = try requiredString(value, "type")
                guard let parsed = SecurityScheme.Kind(rawValue: text) else {
                    throw .error("unknown security scheme type '\(text)'; expected apiKey, http, oauth2, openIdConnect or mutualTLS",
                                 at: value.location)
                }
                kind = parsed
            case "description": scheme.description = try descriptionText(value, "description")
            case "name": scheme.name = try string(value, "name")
            case "in":
                let text = try requiredString(value, "in")
                guard let placement = ParameterLocation(rawValue: text), placement != .path else {
                    throw .error("an API key must be in 'query', 'header' or 'cookie', found '\(text)'", at: value.location)
                }
                scheme.placement = placement
            case "scheme": scheme.scheme = try string(value, "scheme")
            case "bearerFormat": scheme.bearerFormat = try string(value, "bearerFormat")
            case "flows": scheme.flows = SpecValue(value)
            case "openIdConnectUrl": scheme.openIdConnectUrl = try string(value, "openIdConnectUrl")
            default: unknown(pair, in: "security scheme", extensions: &scheme.extensions)
            }
        }
        guard let kind else { throw missing("type", in: "a security scheme", at: node.location) }
        scheme.kind = kind
        return scheme
    }
}
