import Diagnostics
import YAMLReader

extension SpecDecoder {
    /// The `$ref` of a mapping, if it has one.
    func reference(in node: YAMLNode) throws(Diagnostic) -> Reference? {
        guard let pairs = node.pairs, let refPair = pairs.first(where: { $0.keyText == "$ref" }) else { return nil }
        guard let target = refPair.value.scalar?.text, refPair.value.scalar?.value != .null else {
            throw .error("'$ref' must be a string, found \(refPair.value.kindDescription)", at: refPair.value.location)
        }
        return Reference(target: target, location: refPair.value.location,
                         summary: siblingText(node["summary"]), description: siblingText(node["description"]))
    }

    /// The text of a `summary` or `description` beside `$ref`; `null` counts as absent.
    private func siblingText(_ node: YAMLNode?) -> String? {
        guard let scalar = node?.scalar, scalar.value != .null else { return nil }
        return scalar.text
    }

    /// An object that may be written in place or as a `$ref` (responses, parameters, …).
    /// Siblings of `$ref` other than `summary`/`description` are ignored with a warning, as the specification says.
    public mutating func referenceable<Value>(
        _ node: YAMLNode, _ name: String,
        _ decode: (inout SpecDecoder, YAMLNode) throws(Diagnostic) -> Value
    ) throws(Diagnostic) -> Referenceable<Value> {
        if let reference = try reference(in: node) {
            for pair in node.pairs ?? [] where !["$ref", "summary", "description"].contains(pair.keyText) && !pair.keyText.hasPrefix("x-") {
                log.warning("'\(pair.keyText)' beside '$ref' in \(name) is ignored", at: pair.key.location)
            }
            return .reference(reference)
        }
        return .value(try decode(&self, node))
    }
}
