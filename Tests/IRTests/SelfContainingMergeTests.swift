import Diagnostics
import IR
import Resolver
import Testing
import YAMLReader

/// A property whose `$ref` (with sibling keywords, so it must be merged into a type of its own)
/// leads back to the type that holds it used to nest new types inside each other until the
/// stack ran out (found by the fuzzer). The merged type now refers to itself, boxed, or a
/// sibling that cannot be merged is a located warning.
@Suite struct SelfContainingMergeTests {
    static func build(_ property: String) throws -> (IRModule, [Diagnostic]) {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    value:
            \(property)
                      $ref: '#/components/schemas/Node'

            """
        let spec = try LoadedSpec.load(root: try YAMLParser.parse(yaml, file: "spec.yaml"), file: "spec.yaml")
        return try ModelBuilder.build(spec)
    }

    @Test func mergedPropertiesReferToTheirOwnType() throws {
        let (module, warnings) = try Self.build("          properties:\n            extra: {type: string}")
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(module.declarations.count == 1)
        guard case .structure(let node)? = module.declarations.first, case .structure(let value)? = node.nested.first else {
            Issue.record("Node should be a struct with a nested Value")
            return
        }
        #expect(node.properties.map(\.type) == [.optional(.generated(["Node", "Value"]))])
        #expect(value.properties.map(\.swiftName) == ["value", "extra"])
        #expect(value.properties.first?.type == .optional(.generated(["Node", "Value"])))
    }

    @Test func aSiblingThatCannotBeMergedIsAWarning() throws {
        let (module, warnings) = try Self.build("          type: string")
        #expect(warnings.map(\.description) == [
            "spec.yaml:10:11: warning: an 'allOf' member that is not an object cannot be merged into a struct; it is ignored",
        ])
        #expect(module.declarations.count == 1)
    }
}
