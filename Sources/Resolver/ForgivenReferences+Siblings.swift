import Diagnostics
import OpenAPIModel
import YAMLReader

extension ForgivenReferences {
    /// The HTTP methods of a path item.
    private static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// **Keys beside an operation's `$ref`**: `get: {$ref: ./directions.yml, operationId: directions}`
    /// (Google Maps). OpenAPI ignores keys beside a `$ref`, but the author plainly means them to
    /// replace the referenced operation's, so the operation is read as the target's keys with
    /// those beside the `$ref` replacing or adding to them, with a warning at each such key.
    ///
    /// Only the operations of the root file's `paths` (sections already spliced) are merged; a
    /// `$ref` with keys beside it anywhere else keeps the decoder's warning that they are ignored.
    mutating func mergingSiblings(in root: YAMLNode) throws(Diagnostic) -> YAMLNode {
        guard let rootPairs = root.pairs, let paths = root["paths"], let pathPairs = paths.pairs else { return root }
        var changed = false
        var newPaths: [YAMLPair] = []
        for pathPair in pathPairs {
            guard let itemPairs = pathPair.value.pairs else {
                newPaths.append(pathPair)
                continue
            }
            var newItem: [YAMLPair] = []
            for pair in itemPairs {
                guard Self.methods.contains(pair.keyText),
                      let merged = try merged(pair.value, name: "\(pair.keyText.uppercased()) path '\(pathPair.keyText)'") else {
                    newItem.append(pair)
                    continue
                }
                changed = true
                newItem.append(YAMLPair(key: pair.key, value: merged))
            }
            newPaths.append(YAMLPair(key: pathPair.key, value: YAMLNode(.mapping(newItem), at: pathPair.value.location)))
        }
        guard changed else { return root }
        let newRoot = rootPairs.map { pair in
            pair.keyText == "paths" ? YAMLPair(key: pair.key, value: YAMLNode(.mapping(newPaths), at: paths.location)) : pair
        }
        return YAMLNode(.mapping(newRoot), at: root.location)
    }

    /// The referenced object with the keys beside its `$ref` applied, or nil when `node` is not a
    /// `$ref` with such keys (or its target is itself a reference, which the resolver follows).
    private mutating func merged(_ node: YAMLNode, name: String) throws(Diagnostic) -> YAMLNode? {
        guard let pairs = node.pairs, let refPair = pairs.first(where: { $0.keyText == "$ref" }),
              let target = refPair.value.scalar?.text, refPair.value.scalar?.value != .null else { return nil }
        let siblings = pairs.filter { $0.keyText != "$ref" }
        // `summary`, `description` and extensions beside a `$ref` are allowed and handled by the decoder.
        guard siblings.contains(where: { !["summary", "description"].contains($0.keyText) && !$0.keyText.hasPrefix("x-") }) else {
            return nil
        }
        let content = try content(of: Reference(target: target, location: refPair.value.location))
        guard let targetPairs = content.pairs, content["$ref"] == nil else { return nil }
        for sibling in siblings where !["summary", "description"].contains(sibling.keyText) && !sibling.keyText.hasPrefix("x-") {
            log.warning("'\(sibling.keyText)' beside '$ref' in \(name) is read as replacing the referenced operation's "
                        + "(OpenAPI ignores keys beside '$ref')", at: sibling.key.location)
        }
        let replaced = Set(siblings.map(\.keyText))
        return YAMLNode(.mapping(targetPairs.filter { !replaced.contains($0.keyText) } + siblings), at: content.location)
    }
}
