import OpenAPIModel
import Testing

/// The `createBinding` operation of `Fixtures/pictify-bindings/pictify-bindings.yaml`, field by field.
@Suite struct PictifyOperationTests {
    private func createBinding() throws -> Operation {
        let (document, _, _) = try Fixture.pictify()
        #expect(document.paths.keys == ["/bindings"])
        let item = try #require(document.paths["/bindings"])
        #expect(item.operations.map(\.method) == [.post])
        return try #require(item.operations.first?.operation.value)
    }

    @Test func identity() throws {
        let operation = try createBinding()
        #expect(operation.tags == ["Bindings"])
        #expect(operation.summary == "Create a binding")
        #expect(operation.operationId == "createBinding")
        #expect(operation.description == nil)
        #expect(operation.deprecated == false)
        #expect(operation.parameters.isEmpty)
        #expect(operation.security == nil)
        #expect(operation.servers == nil)
        #expect(operation.callbacks.isEmpty)
        #expect(operation.extensions.isEmpty)
    }

    @Test func requestBody() throws {
        let body = try #require(try createBinding().requestBody?.value)
        #expect(body.required)
        #expect(body.description == nil)
        #expect(body.content.keys == ["application/json"])
        let media = try #require(body.content["application/json"])
        #expect(media.examples.isEmpty)
        #expect(media.encoding.isEmpty)
        let schema = try #require(media.schema)
        #expect(schema.types == [.object])
        #expect(schema.ref == nil)
        #expect(schema.required == ["templateId", "dataSource", "mapping"])
        #expect(schema.properties.keys == ["templateId", "name", "dataSource", "mapping", "defaults", "refreshPolicy", "outputConfig"])
    }

    @Test func createdResponse() throws {
        let responses = try createBinding().responses
        #expect(responses.entries.map(\.key) == [.status(201)])
        let created = try #require(responses.entries.first?.response.value)
        #expect(created.description == "Binding created")
        #expect(created.headers.isEmpty)
        #expect(created.content.keys == ["application/json"])
        let schema = try #require(created.content["application/json"]?.schema)
        #expect(schema.types == [.object])
        #expect(schema.properties.keys == ["binding"])
        let binding = try #require(schema.properties["binding"])
        #expect(binding.ref?.target == "#/components/schemas/Binding")
        #expect(binding.ref?.isLocal == true)
        #expect(binding.isPureReference)
        #expect(binding.types == nil)
    }
}
