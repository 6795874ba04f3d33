import OpenAPIModel
import YAMLReader

extension ModelBuilder {
    /// Notes the examples written at `nodes` as values of `type`. A schema reached from several
    /// places (a component used by many properties) is recorded once: its examples are one set of
    /// YAML nodes, identified by their locations.
    ///
    /// The examples of parameters, headers and media types are Example Objects: one that is a
    /// `$ref` (`#/components/examples/…`) is followed to its `value`; one that cannot be followed
    /// is left out (the spec's references are checked elsewhere).
    mutating func recordExamples(_ nodes: [YAMLNode], type: IRTypeReference, subject: IRExample.Subject) {
        for node in nodes {
            var value = node
            if subject != .schema, let target = node["$ref"], case .string(let text)? = target.scalar?.value {
                guard let resolved = try? resolver.node(for: Reference(target: text, location: target.location)),
                      let referenced = resolved.node["value"] else { continue }
                value = referenced
            }
            guard recordedExampleLocations.insert(value.location).inserted else { continue }
            examples.append(IRExample(type: type, json: value.jsonText, location: value.location, subject: subject))
        }
    }
}
