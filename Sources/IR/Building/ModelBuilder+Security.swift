import Diagnostics
import OpenAPIModel
import Resolver

extension ModelBuilder {
    /// The document's security schemes, as the client applies them.
    mutating func buildSecuritySchemes() throws(Diagnostic) -> [IRSecurityScheme] {
        var result: [IRSecurityScheme] = []
        for (name, reference) in resolver.document.components.securitySchemes {
            let scheme = try resolver.resolve(reference)
            let kind: IRSecurityScheme.Kind
            switch scheme.kind {
            case .http where scheme.scheme?.lowercased() == "bearer":
                kind = .bearer
            case .http where scheme.scheme?.lowercased() == "basic":
                kind = .basic
            case .apiKey:
                guard let keyName = scheme.name, let placement = scheme.placement,
                      let location = IRParameter.Location(rawValue: placement.rawValue) else {
                    log.warning("API key scheme '\(name)' needs 'name' and 'in'; the client cannot apply it", at: scheme.location)
                    kind = .unsupported("apiKey")
                    break
                }
                kind = .apiKey(location: location, name: keyName)
            case .oauth2, .openIdConnect:
                // The client cannot run the flow, but it can send the token the app obtained.
                kind = .bearer
            case .http:
                log.warning("HTTP authentication scheme '\(scheme.scheme ?? "")' of '\(name)' is not supported; the client sends no credentials for it",
                            at: scheme.location)
                kind = .unsupported(scheme.scheme ?? "http")
            case .mutualTLS:
                log.warning("mutual TLS ('\(name)') is configured on the transport (URLSession), not by the generated client",
                            at: scheme.location)
                kind = .unsupported("mutualTLS")
            }
            result.append(IRSecurityScheme(name: name, kind: kind, documentation: IRDocumentation(title: nil, description: scheme.description)))
        }
        return result
    }
}

extension IRServer {
    /// The server's URL with every `{variable}` replaced by its default.
    init(_ server: Server) {
        var url = server.url
        var variables: [(name: String, defaultValue: String)] = []
        for (name, variable) in server.variables {
            url = url.replacingOccurrences(of: "{\(name)}", with: variable.defaultValue)
            variables.append((name, variable.defaultValue))
        }
        self.init(url: url, template: server.url, variables: variables,
                  documentation: IRDocumentation(title: nil, description: server.description))
    }
}
