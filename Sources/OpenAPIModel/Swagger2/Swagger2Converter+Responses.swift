import Diagnostics
import YAMLReader

extension Swagger2Converter {
    /// An operation's `responses`, each converted.
    mutating func responses(_ node: YAMLNode, produces: [String]) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        var result = NodeBuilder(at: node.location)
        for pair in pairs {
            result.add(YAMLPair(key: pair.key, value: pair.keyText.hasPrefix("x-") ? pair.value : response(pair.value, produces: produces)))
        }
        return result.node
    }

    /// A Response: `schema` (and `examples` by media type) → `content`, one entry per media type
    /// the operation produces (JSON when it names none); headers get a `schema`.
    mutating func response(_ node: YAMLNode, produces: [String]) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        if let target = node["$ref"] {
            return YAMLNode.mapping(pairs.map { $0.keyText == "$ref" ? YAMLPair(key: $0.key, value: reference(target)) : $0 },
                            at: node.location)
        }
        var result = NodeBuilder(at: node.location)
        let examples = node["examples"]
        for pair in pairs {
            switch pair.keyText {
            case "schema":
                var content = NodeBuilder(at: pair.value.location)
                let converted = schema(pair.value)
                for mediaType in produces.isEmpty ? ["application/json"] : produces {
                    var media = NodeBuilder(at: pair.value.location)
                    media.add("schema", converted, keyAt: pair.key.location)
                    if let example = examples?[mediaType] { media.add("example", example) }
                    content.add(mediaType, media.node, keyAt: pair.key.location)
                }
                result.add("content", content.node, keyAt: pair.key.location)
            case "examples":
                if node["schema"] == nil {
                    log.warning("'examples' of a response without a 'schema' are ignored", at: pair.key.location)
                }
            case "headers":
                result.add(YAMLPair(key: pair.key, value: mapValues(pair.value) { $0.header($1) }))
            default:
                result.add(pair)
            }
        }
        return result.node
    }

    /// A response header: `description` stays, the value keys become `schema`.
    private mutating func header(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        var result = NodeBuilder(at: node.location)
        for pair in pairs where !Self.simpleSchemaKeys.contains(pair.keyText) && pair.keyText != "collectionFormat" {
            result.add(pair)
        }
        if let schema = simpleSchema(node) { result.add("schema", schema, keyAt: node["type"]?.location) }
        return result.node
    }
}
