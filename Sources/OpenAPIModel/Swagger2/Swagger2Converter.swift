import Diagnostics
import YAMLReader

/// Reads a Swagger 2.0 document by rewriting its node tree into the shape of an OpenAPI 3.0
/// document, which the ordinary decoder then reads.
///
/// Converting the tree rather than decoding 2.0 into the model directly keeps one decoder for
/// every version: the 3.0 rules, warnings and errors apply unchanged, and the resolver follows
/// JSON pointers in the converted tree (`document.root`). Every node of the result is either a
/// node of the 2.0 file or made at the place of the 2.0 node it stands for, so every diagnostic,
/// however late, points into the 2.0 file.
///
/// What changes (OpenAPI 3.0.3 §"Upgrading from 2.0", as swagger2openapi does it):
/// - `host`, `basePath`, `schemes` → `servers`;
/// - `definitions`, `parameters`, `responses`, `securityDefinitions` → `components/…`, with the
///   file's own `$ref`s (`#/definitions/X`) rewritten to match (`#/components/schemas/X`);
/// - `in: body` and `in: formData` parameters → `requestBody`, with `consumes` as media types;
/// - other parameters and headers: `type`, `format`, `items`, … → `schema`, `collectionFormat` →
///   `style` and `explode`;
/// - response `schema` → `content`, with `produces` as media types;
/// - in schemas: `x-nullable` → `nullable`, `type: file` → binary string, a `discriminator`
///   property name → a Discriminator Object.
///
/// Malformed parts are passed through as they are, so the 3.0 decoder reports them, at their place.
struct Swagger2Converter {
    var log = DiagnosticLog()
    let root: YAMLNode
    /// The document's `consumes` and `produces`: the media types of operations that name none.
    var consumes: [String] = []
    var produces: [String] = []
    /// The document's `parameters` by name, to see through `$ref`s to body and form parameters.
    var sharedParameters: [String: YAMLNode] = [:]

    init(root: YAMLNode) {
        self.root = root
    }

    /// The OpenAPI 3.0 tree for the Swagger 2.0 document `root`, and the warnings of the conversion.
    static func convert(_ root: YAMLNode) -> (YAMLNode, DiagnosticLog) {
        var converter = Swagger2Converter(root: root)
        let converted = converter.document()
        return (converted, converter.log)
    }

    private mutating func document() -> YAMLNode {
        let pairs = root.pairs ?? []
        consumes = mediaTypes(root["consumes"], "consumes") ?? []
        produces = mediaTypes(root["produces"], "produces") ?? []
        if let shared = root["parameters"]?.pairs {
            for pair in shared { sharedParameters[pair.keyText] = pair.value }
        }
        var document = NodeBuilder(at: root.location)
        var components = NodeBuilder(at: root.location)
        var addedServers = false
        for pair in pairs {
            let value = pair.value
            switch pair.keyText {
            case "swagger":
                document.add("openapi", .string("3.0.3", at: value.location), keyAt: pair.key.location)
            case "host", "basePath", "schemes":
                if !addedServers, let servers = servers() {
                    document.add("servers", servers, keyAt: pair.key.location)
                }
                addedServers = true
            case "consumes", "produces":
                break
            case "paths":
                document.add("paths", paths(value), keyAt: pair.key.location)
            case "definitions":
                components.add("schemas", mapValues(value) { $0.schema($1) }, keyAt: pair.key.location)
            case "parameters":
                components.add("parameters", sharedParameterComponents(value), keyAt: pair.key.location)
            case "responses":
                let responses = mapValues(value) { converter, node in
                    let types = converter.produces
                    return converter.response(node, produces: types)
                }
                components.add("responses", responses, keyAt: pair.key.location)
            case "securityDefinitions":
                components.add("securitySchemes", mapValues(value) { $0.securityScheme($1) }, keyAt: pair.key.location)
            default:
                // info, tags, security, externalDocs and extensions mean the same in 3.0.
                document.add(pair)
            }
        }
        if !components.isEmpty { document.add("components", components.node) }
        return document.node
    }

    /// A list of media types (`consumes`, `produces`); nil when absent or not a list of strings.
    mutating func mediaTypes(_ node: YAMLNode?, _ name: String) -> [String]? {
        guard let node else { return nil }
        guard let items = node.items else {
            if !node.isNull { log.warning("'\(name)' must be a list of media types, found \(node.kindDescription); it is ignored", at: node.location) }
            return nil
        }
        return items.compactMap { item in
            if let text = item.stringText { return text }
            log.warning("a media type in '\(name)' must be a string, found \(item.kindDescription); it is ignored", at: item.location)
            return nil
        }
    }

    /// A mapping with every value converted by `convert`; anything but a mapping is passed through
    /// for the decoder to report.
    mutating func mapValues(_ node: YAMLNode, _ convert: (inout Swagger2Converter, YAMLNode) -> YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        var result: [YAMLPair] = []
        for pair in pairs {
            result.append(pair.keyText.hasPrefix("x-") ? pair : YAMLPair(key: pair.key, value: convert(&self, pair.value)))
        }
        return YAMLNode.mapping(result, at: node.location)
    }
}
