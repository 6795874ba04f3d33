import OpenAPIModel

extension ModelBuilder {
    /// Notes the examples written at `nodes` as values of `type`. A schema reached from several
    /// places (a component used by many properties) is recorded once: its examples are one set of
    /// spec values, identified by their locations.
    ///
    /// The examples of parameters, headers and media types are Example Objects: one that is a
    /// `$ref` (`#/components/examples/…`) is followed to its `value`; one that cannot be followed
    /// is left out (the spec's references are checked elsewhere).
    mutating func recordExamples(_ nodes: [SpecValue], type: IRTypeReference, subject: IRExample.Subject) {
        for node in nodes {
            var value = node
            if subject != .schema, let target = node["$ref"], let text = target.text {
                guard let resolved = try? resolver.value(for: Reference(target: text, location: target.location)),
                      let referenced = resolved["value"] else { continue }
                value = referenced
            }
            guard recordedExampleLocations.insert(value.location).inserted else { continue }
            examples.append(IRExample(type: type, value: value, subject: subject))
        }
    }
}
