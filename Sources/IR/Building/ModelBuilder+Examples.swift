import OpenAPIModel
import YAMLReader

extension ModelBuilder {
    /// Notes the examples written at `nodes` as values of `type`. A schema reached from several
    /// places (a component used by many properties) is recorded once: its examples are one set of
    /// YAML nodes, identified by their locations.
    mutating func recordExamples(_ nodes: [YAMLNode], type: IRTypeReference, subject: IRExample.Subject) {
        for node in nodes where recordedExampleLocations.insert(node.location).inserted {
            examples.append(IRExample(type: type, json: node.jsonText, location: node.location, subject: subject))
        }
    }
}
