import Diagnostics
import YAMLReader

extension SpecDecoder {
    /// The `$ref` of a mapping, if it has one.
    func reference(in node: YAMLNode) throws(Diagnostic) -> Reference? {
        // Asked of nearly every object decoded, so the keys are compared as bytes, not made into strings.
        guard let pairs = node.pairs, let position = pairs.position(ofKey: "$ref") else { return nil }
        let refValue = pairs.value(at: position)
        guard let target = refValue.scalarText, !refValue.isNull else {
            throw .error("'$ref' must be a string, found \(refValue.kindDescription)", at: refValue.location)
        }
        return Reference(target: target, location: refValue.location,
                         summary: siblingText(node["summary"]), description: siblingText(node["description"]))
    }

    /// The text of a `summary` or `description` beside `$ref`; `null` counts as absent.
    private func siblingText(_ node: YAMLNode?) -> String? {
        guard let scalar = node?.scalar, scalar.value != .null else { return nil }
        return scalar.text
    }

    /// An object that may be written in place or as a `$ref` (responses, parameters, …).
    ///
    /// OpenAPI ignores keys beside such a `$ref` other than `summary`/`description`, but an author
    /// who writes `required: true` or `operationId: directions` there plainly means them to
    /// replace the target's: they are kept in ``Reference/overrides`` for the resolver to apply,
    /// with a warning at each.
    public mutating func referenceable<Value>(
        _ node: YAMLNode, _ name: String,
        _ decode: (inout SpecDecoder, YAMLNode) throws(Diagnostic) -> Value
    ) throws(Diagnostic) -> Referenceable<Value> {
        if let reference = try reference(in: node) {
            let ignored = (node.pairs ?? []).filter { !["$ref", "summary", "description"].contains($0.keyText) && !$0.keyText.hasPrefix("x-") }
            guard !ignored.isEmpty else { return .reference(reference) }
            // `summary` and `description` go along: once the target is decoded anew, they replace its own too.
            let overrides = (node.pairs ?? []).filter { $0.keyText != "$ref" && !$0.keyText.hasPrefix("x-") }
            for pair in ignored {
                log.warning("'\(pair.keyText)' beside '$ref' in \(name) is read as replacing the referenced one's (OpenAPI ignores keys beside '$ref')",
                            at: pair.key.location)
            }
            return .reference(Reference(target: reference.target, location: reference.location, summary: reference.summary,
                                        description: reference.description, overrides: YAMLNode.mapping(overrides, at: node.location)))
        }
        return .value(try decode(&self, node))
    }
}
