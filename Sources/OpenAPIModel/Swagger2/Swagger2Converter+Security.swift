import Diagnostics
import YAMLReader

extension Swagger2Converter {
    /// `schemes`, `host` and `basePath` as 3.0 `servers`: one per scheme (`https` when none is
    /// named), or the bare `basePath` relative to wherever the API is served when there is no
    /// `host`. Nil when the document names neither a host nor a base path.
    mutating func servers() -> YAMLNode? {
        let hostNode = root["host"]
        let basePathNode = root["basePath"]
        guard hostNode != nil || basePathNode != nil else { return nil }
        let host = hostNode.flatMap { node in
            node.stringText ?? { log.warning("'host' must be a string, found \(node.kindDescription); it is ignored", at: node.location); return nil }()
        }
        var basePath = basePathNode?.stringText ?? ""
        if let node = basePathNode, !basePath.isEmpty, !basePath.hasPrefix("/") {
            log.warning("'basePath' must start with '/'; read as '/\(basePath)'", at: node.location)
            basePath = "/" + basePath
        }
        if basePath == "/" { basePath = "" }
        let location = (hostNode ?? basePathNode ?? root).location
        var urls: [String] = []
        if let host {
            let schemes = root["schemes"]?.items?.compactMap(\.stringText) ?? []
            urls = (schemes.isEmpty ? ["https"] : schemes).map { "\($0)://\(host)\(basePath)" }
        } else {
            urls = [basePath.isEmpty ? "/" : basePath]
        }
        let servers = urls.map { url -> YAMLNode in
            var server = NodeBuilder(at: location)
            server.add("url", .string(url, at: location))
            return server.node
        }
        return .sequence(servers, at: location)
    }

    /// A Security Scheme: `basic` → `http`/`basic`; `oauth2`'s `flow` → `flows`; `apiKey` as it is.
    mutating func securityScheme(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        let type = node["type"]?.stringText
        var result = NodeBuilder(at: node.location)
        switch type {
        case "basic":
            for pair in pairs {
                if pair.keyText == "type" {
                    result.add("type", .string("http", at: pair.value.location), keyAt: pair.key.location)
                    result.add("scheme", .string("basic", at: pair.value.location), keyAt: pair.key.location)
                } else {
                    result.add(pair)
                }
            }
        case "oauth2":
            let flowKeys: Set<String> = ["flow", "authorizationUrl", "tokenUrl", "scopes"]
            for pair in pairs where !flowKeys.contains(pair.keyText) { result.add(pair) }
            let flowNode = node["flow"]
            let flowNames = ["implicit": "implicit", "password": "password", "application": "clientCredentials", "accessCode": "authorizationCode"]
            if let flow = flowNode?.stringText, let name = flowNames[flow] {
                var flowObject = NodeBuilder(at: flowNode?.location ?? node.location)
                for key in ["authorizationUrl", "tokenUrl", "scopes"] {
                    if let value = node[key] { flowObject.add(key, value) }
                }
                if !flowObject.has("scopes") { flowObject.add("scopes", YAMLNode.mapping([YAMLPair](), at: node.location)) }
                var flows = NodeBuilder(at: node.location)
                flows.add(name, flowObject.node, keyAt: flowNode?.location)
                result.add("flows", flows.node, keyAt: flowNode?.location)
            } else {
                log.warning("an OAuth 2 security definition needs a 'flow' (implicit, password, application or accessCode)",
                            at: flowNode?.location ?? node.location)
            }
        default:
            // `apiKey` means the same in 3.0; anything else is left for the decoder to report.
            return node
        }
        return result.node
    }
}
