import Diagnostics
import IR
import Resolver
import Testing
import YAMLReader

/// A property whose `$ref` (with sibling keywords, so it must be merged into a type of its own)
/// leads back to the type that holds it used to nest new types inside each other until the
/// stack ran out (found by the fuzzer). It is now one located warning and a `JSONValue`.
@Suite struct SelfContainingMergeTests {
    @Test func refWithSiblingsBackToItsContainerIsAWarning() throws {
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
                      type: string
                      $ref: '#/components/schemas/Node'

            """
        let spec = try LoadedSpec.load(root: try YAMLParser.parse(yaml, file: "spec.yaml"), file: "spec.yaml")
        let (module, warnings) = try ModelBuilder.build(spec)
        #expect(warnings.map(\.description).contains(
            "spec.yaml:10:11: warning: this schema's '$ref' or 'allOf' leads back to a type that contains it, so its properties "
                + "cannot be merged into a nested type; it is generated as JSONValue"))
        #expect(module.declarations.count == 1)
    }
}
