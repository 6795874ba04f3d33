import OpenAPIModel
import Testing

/// Decoded objects remember where they were written, so later stages can point at them.
@Suite struct PictifyLocationTests {
    @Test func locations() throws {
        let (document, _, file) = try Fixture.pictify()
        // A mapping starts at its first key.
        #expect(document.components.schemas["Binding"]?.location == at(153, 7, file: file))
        #expect(document.components.schemas["Binding"]?.properties["createdAt"]?.location == at(216, 11, file: file))
        #expect(document.info.location == at(3, 3, file: file))
        #expect(document.servers.first?.location == at(26, 5, file: file))
        #expect(document.tags.last?.location == at(45, 5, file: file))
        #expect(document.security?.first?.location == at(29, 5, file: file))
        #expect(document.components.securitySchemes["bearerAuth"]?.value?.location == at(220, 7, file: file))
    }

    @Test func operationLocations() throws {
        let (document, _, file) = try Fixture.pictify()
        let item = try #require(document.paths["/bindings"])
        #expect(item.location == at(49, 5, file: file))
        let operation = try #require(item.operations.first?.operation.value)
        #expect(operation.location == at(50, 7, file: file))
        #expect(operation.requestBody?.value?.location == at(55, 9, file: file))
        #expect(operation.responses.location == at(141, 9, file: file))
        let schema = try #require(operation.requestBody?.value?.content["application/json"]?.schema)
        #expect(schema.location == at(59, 15, file: file))
        #expect(schema.properties["dataSource"]?.properties["credentials"]?.location == at(93, 23, file: file))
    }

    @Test func referenceLocationIsItsValue() throws {
        let (document, _, file) = try Fixture.pictify()
        let response = try #require(document.paths["/bindings"]?.operations.first?.operation.value?.responses.entries.first?.response.value)
        let binding = try #require(response.content["application/json"]?.schema?.properties["binding"])
        // The reference is located at its target text, the schema at its `$ref` key.
        #expect(binding.ref?.location == at(149, 27, file: file))
        #expect(binding.location == at(149, 21, file: file))
    }
}
