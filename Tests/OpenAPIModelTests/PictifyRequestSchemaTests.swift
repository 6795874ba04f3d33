import OpenAPIModel
import Testing

/// The inline request schema of `createBinding`: every property, in spec order, with its type.
@Suite struct PictifyRequestSchemaTests {
    private func requestSchema() throws -> Schema {
        let (document, _, _) = try Fixture.pictify()
        let operation = try #require(document.paths["/bindings"]?.operations.first?.operation.value)
        return try #require(operation.requestBody?.value?.content["application/json"]?.schema)
    }

    @Test func plainStrings() throws {
        let schema = try requestSchema()
        for name in ["templateId", "name"] {
            let property = try #require(schema.properties[name])
            #expect(property.types == [.string])
            #expect(property.format == nil)
            #expect(property.enumValues == nil)
            #expect(!property.nullable)
        }
    }

    @Test func dataSource() throws {
        let dataSource = try #require(try requestSchema().properties["dataSource"])
        #expect(dataSource.types == [.object])
        #expect(dataSource.required == ["type"])
        #expect(dataSource.properties.keys == ["type", "url", "method", "headers", "credentials"])
        #expect(dataSource.properties["type"]?.types == [.string])
        #expect(dataSource.properties["type"]?.enumTexts == ["http", "webhook", "static"])
        #expect(dataSource.properties["url"]?.types == [.string])
        #expect(dataSource.properties["url"]?.format == "uri")
        #expect(dataSource.properties["method"]?.enumTexts == ["GET", "POST"])
        let headers = try #require(dataSource.properties["headers"])
        #expect(headers.types == [.object])
        guard case .schema(let values) = headers.additionalProperties else {
            Issue.record("headers should have a schema for additionalProperties, found \(String(describing: headers.additionalProperties))")
            return
        }
        #expect(values.types == [.string])
    }

    @Test func nestedCredentials() throws {
        let dataSource = try #require(try requestSchema().properties["dataSource"])
        let credentials = try #require(dataSource.properties["credentials"])
        #expect(credentials.types == [.object])
        #expect(credentials.required.isEmpty)
        #expect(credentials.properties.keys == ["type", "value"])
        #expect(credentials.properties["type"]?.types == [.string])
        #expect(credentials.properties["type"]?.enumTexts == ["api_key", "bearer_token", "basic_auth", "custom_header"])
        #expect(credentials.properties["value"]?.types == [.string])
    }

    @Test func mappingIsAStringMap() throws {
        let mapping = try #require(try requestSchema().properties["mapping"])
        #expect(mapping.types == [.object])
        #expect(mapping.properties.isEmpty)
        guard case .schema(let values) = mapping.additionalProperties else {
            Issue.record("mapping should have a schema for additionalProperties, found \(String(describing: mapping.additionalProperties))")
            return
        }
        #expect(values.types == [.string])
        #expect(values.properties.isEmpty)
    }

    @Test func defaultsIsFreeForm() throws {
        let defaults = try #require(try requestSchema().properties["defaults"])
        #expect(defaults.types == [.object])
        #expect(defaults.properties.isEmpty)
        #expect(defaults.additionalProperties == nil)
        #expect(defaults.propertiesReference == nil)
    }

    @Test func refreshPolicy() throws {
        let policy = try #require(try requestSchema().properties["refreshPolicy"])
        #expect(policy.types == [.object])
        #expect(policy.required.isEmpty)
        #expect(policy.properties.keys == ["type", "ttlSeconds", "onError"])
        #expect(policy.properties["type"]?.enumTexts == ["ttl", "etag", "webhook", "manual"])
        #expect(policy.properties["ttlSeconds"]?.types == [.integer])
        #expect(policy.properties["ttlSeconds"]?.format == nil)
        #expect(policy.properties["onError"]?.enumTexts == ["serve_stale", "serve_error", "serve_default"])
    }

    @Test func outputConfig() throws {
        let config = try #require(try requestSchema().properties["outputConfig"])
        #expect(config.types == [.object])
        #expect(config.properties.keys == ["format", "quality"])
        #expect(config.properties["format"]?.types == [.string])
        #expect(config.properties["format"]?.enumTexts == ["png", "jpeg", "webp", "pdf"])
        #expect(config.properties["quality"]?.types == [.integer])
    }
}
