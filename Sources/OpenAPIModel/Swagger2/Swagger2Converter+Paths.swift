import Diagnostics
import YAMLReader

extension Swagger2Converter {
    /// The 2.0 HTTP methods (3.0 adds `trace`, which 2.0 does not have).
    private static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch"]

    mutating func paths(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        var result = NodeBuilder(at: node.location)
        for pair in pairs {
            result.add(YAMLPair(key: pair.key, value: pair.keyText.hasPrefix("x-") ? pair.value : pathItem(pair.value)))
        }
        return result.node
    }

    /// A Path Item: its body and form parameters move into each operation's `requestBody`.
    private mutating func pathItem(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        let shared = node["parameters"]?.items ?? []
        var result = NodeBuilder(at: node.location)
        for pair in pairs {
            switch pair.keyText {
            case let method where Self.methods.contains(method):
                result.add(YAMLPair(key: pair.key, value: operation(pair.value, pathParameters: shared)))
            case "parameters":
                // Body and form parameters have no place on a 3.0 path item; each operation takes them.
                result.add(plainParameters(pair))
            default:
                result.add(pair)
            }
        }
        return result.node
    }

    /// A `parameters` entry with its body and form parameters left out (they become a
    /// `requestBody`) and the rest converted; a value that is not a list is kept as it is.
    private mutating func plainParameters(_ pair: YAMLPair) -> YAMLPair {
        guard let items = pair.value.items else { return pair }
        let plain = items.filter { !["body", "formData"].contains(placement(of: $0)) }
        return YAMLPair(key: pair.key, value: .sequence(plain.map { parameterEntry($0) }, at: pair.value.location))
    }

    /// Where a parameter travels, looking through a `$ref` to the document's `parameters`.
    func placement(of entry: YAMLNode) -> String? {
        parameterNode(entry)["in"]?.stringText
    }

    /// The parameter an entry of a `parameters` list stands for: itself, or the document's
    /// parameter its `$ref` names.
    func parameterNode(_ entry: YAMLNode) -> YAMLNode {
        if let target = entry["$ref"]?.stringText, target.hasPrefix("#/parameters/"),
           let shared = sharedParameters[JSONPointerToken.decode(String(target.dropFirst("#/parameters/".count)))] {
            return shared
        }
        return entry
    }

    /// A name and placement identifying a parameter: an operation's parameter replaces the path's of the same identity.
    private func identity(of entry: YAMLNode) -> String {
        let node = parameterNode(entry)
        return "\(node["in"]?.stringText ?? "")/\(node["name"]?.stringText ?? "")"
    }

    private mutating func operation(_ node: YAMLNode, pathParameters: YAMLItems) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        let consumes = mediaTypes(node["consumes"], "consumes") ?? self.consumes
        let produces = mediaTypes(node["produces"], "produces") ?? self.produces
        let own = node["parameters"]?.items ?? []
        let ownIdentities = Set(own.map(identity(of:)))
        let all = pathParameters.filter { !ownIdentities.contains(identity(of: $0)) } + own
        let body = all.filter { placement(of: $0) == "body" }
        let form = all.filter { placement(of: $0) == "formData" }

        var result = NodeBuilder(at: node.location)
        var addedBody = false
        for pair in pairs {
            switch pair.keyText {
            case "parameters":
                result.add(plainParameters(pair))
                guard pair.value.items != nil else { continue }
                if let requestBody = requestBody(body: body, form: form, consumes: consumes, at: pair.key.location) {
                    result.add("requestBody", requestBody, keyAt: pair.key.location)
                }
                addedBody = true
            case "responses":
                result.add(YAMLPair(key: pair.key, value: responses(pair.value, produces: produces)))
            case "consumes", "produces":
                break
            case "schemes":
                // Usually a repetition of the document's schemes (Kubernetes repeats them 1,100 times).
                let documentSchemes = root["schemes"]?.items?.compactMap(\.stringText) ?? ["https"]
                if let own = pair.value.items?.compactMap(\.stringText), !own.allSatisfy(documentSchemes.contains) {
                    log.warning("'schemes' of an operation is not supported; the document's servers are used", at: pair.key.location)
                }
            default:
                result.add(pair)
            }
        }
        // Body or form parameters inherited from the path item only.
        if !addedBody, let requestBody = requestBody(body: body, form: form, consumes: consumes, at: node.location) {
            result.add("requestBody", requestBody, keyAt: node.location)
        }
        return result.node
    }

    /// An entry of a 3.0 `parameters` list: a moved `$ref`, or the converted parameter.
    private mutating func parameterEntry(_ entry: YAMLNode) -> YAMLNode {
        if let target = entry["$ref"] {
            var result = NodeBuilder(at: entry.location)
            for pair in entry.pairs ?? [] {
                result.add(pair.keyText == "$ref" ? YAMLPair(key: pair.key, value: reference(target)) : pair)
            }
            return result.node
        }
        return parameter(entry)
    }

    /// The document's `parameters`: those that stay parameters in 3.0. Body and form parameters
    /// are taken into the request body of each operation that uses them.
    mutating func sharedParameterComponents(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        var result = NodeBuilder(at: node.location)
        for pair in pairs where !["body", "formData"].contains(pair.value["in"]?.stringText) {
            result.add(YAMLPair(key: pair.key, value: pair.keyText.hasPrefix("x-") ? pair.value : parameter(pair.value)))
        }
        return result.node
    }
}

/// JSON pointer token unescaping (RFC 6901: `~1` is `/`, `~0` is `~`), for `#/parameters/…` targets.
enum JSONPointerToken {
    static func decode(_ token: String) -> String {
        guard token.contains("~") else { return token }
        var result = ""
        var escaped = false
        for character in token {
            if escaped {
                result.append(character == "1" ? "/" : character == "0" ? "~" : character)
                escaped = false
            } else if character == "~" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
