import OpenAPIModel
import Testing

/// `null` where a list or a mapping belongs (a key with nothing under it) reads as empty, or as
/// absent for schema keywords, with a warning at the null.
@Suite struct NullSlipTests {
    @Test func nullListsAndMappingsAreEmpty() throws {
        let (document, log) = try decode("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            servers:
            tags:
            paths:
              /a:
                parameters:
                get:
                  parameters:
                  responses:
                    '204':
                      description: Done
                      headers:
            """)
        let item = try #require(document.paths["/a"])
        #expect(document.servers.isEmpty && document.tags.isEmpty && item.parameters.isEmpty)
        #expect(item.operations.first?.operation.value?.parameters.isEmpty == true)
        #expect(log.renderedWarnings == [
            "spec.yaml:3:9: warning: 'servers' is null; read as an empty list",
            "spec.yaml:4:6: warning: 'tags' is null; read as an empty list",
            "spec.yaml:7:16: warning: 'parameters' is null; read as an empty list",
            "spec.yaml:9:18: warning: 'parameters' is null; read as an empty list",
            "spec.yaml:13:19: warning: 'headers' is empty; expected a mapping",
        ])
    }

    @Test func nullSchemaKeywordsAreAbsent() throws {
        let (schema, log) = try decodeSchema("type: object\nallOf:\nrequired:\nproperties:\n  a:\n")
        #expect(schema.allOf == nil && schema.required.isEmpty)
        #expect(schema.properties["a"]?.hasStructure == false)
        #expect(log.renderedWarnings == [
            "spec.yaml:8:13: warning: 'allOf' is null; treating it as absent",
            "spec.yaml:9:16: warning: 'required' is null; treating it as absent",
            "spec.yaml:11:11: warning: 'schema' is null; read as an empty mapping",
        ])
    }

    @Test func aNullWhereAnObjectBelongsStillNeedsItsRequiredKeys() throws {
        let error = try #require(try decodeError("openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers:\n  -\n"))
        #expect(error.description == "spec.yaml:4:4: error: a server is missing the required key 'url'")
    }
}
