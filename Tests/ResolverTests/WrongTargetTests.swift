import Diagnostics
import Resolver
import Testing

/// A `$ref` that reaches something of the wrong shape is reported at the target, with a note at the `$ref`.
@Suite struct WrongTargetTests {
    @Test func schemaReferenceToAString() throws {
        let errors = try loadErrors(header + "components:\n  schemas:\n    A: {$ref: '#/info/title'}\n")
        #expect(errors.map(\.description) == [
            "spec.yaml:2:15: error: 'schema' must be a mapping, found a string\nspec.yaml:5:15: note: reached through this '$ref'",
        ])
    }

    @Test func parameterReferenceToAParameterList() throws {
        let errors = try loadErrors(header + """
            paths:
              /a:
                parameters: [{name: q, in: query, schema: {type: string}}]
                get:
                  parameters: [{$ref: '#/paths/~1a/parameters'}]
                  responses: {'200': {description: OK}}
            """)
        #expect(errors.map(\.description) == [
            "spec.yaml:5:17: error: 'parameter' must be a mapping, found a sequence\nspec.yaml:7:27: note: reached through this '$ref'",
        ])
    }
}
