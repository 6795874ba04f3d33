import OpenAPIModel
import Testing

/// `components` of `Fixtures/pictify-bindings/pictify-bindings.yaml`: the `Binding` schema and the bearer scheme.
@Suite struct PictifyComponentsTests {
    private func binding() throws -> Schema {
        let (document, _, _) = try Fixture.pictify()
        #expect(document.components.schemas.keys == ["Binding"])
        return try #require(document.components.schemas["Binding"])
    }

    @Test func bindingProperties() throws {
        let binding = try binding()
        #expect(binding.types == [.object])
        #expect(binding.required.isEmpty)
        #expect(binding.ref == nil)
        #expect(binding.properties.keys == [
            "uid", "name", "templateId", "dataSource", "mapping", "defaults", "refreshPolicy", "status", "renderUrl",
            "webhookUrl", "createdAt",
        ])
        for name in ["uid", "name", "templateId"] {
            #expect(binding.properties[name]?.types == [.string], "\(name)")
            #expect(binding.properties[name]?.format == nil, "\(name)")
        }
        #expect(binding.properties["status"]?.types == [.string])
        #expect(binding.properties["status"]?.enumTexts == ["active", "paused", "error"])
    }

    @Test func bindingFormats() throws {
        let binding = try binding()
        #expect(binding.properties["renderUrl"]?.types == [.string])
        #expect(binding.properties["renderUrl"]?.format == "uri")
        #expect(binding.properties["webhookUrl"]?.format == "uri")
        #expect(binding.properties["createdAt"]?.types == [.string])
        #expect(binding.properties["createdAt"]?.format == "date-time")
        #expect(binding.properties["dataSource"]?.properties["url"]?.format == "uri")
    }

    @Test func bindingNestedObjects() throws {
        let binding = try binding()
        let dataSource = try #require(binding.properties["dataSource"])
        #expect(dataSource.properties.keys == ["type", "url", "method"])
        #expect(dataSource.required.isEmpty)
        #expect(dataSource.properties["type"]?.enumTexts == ["http", "webhook", "static"])
        #expect(dataSource.properties["method"]?.enumTexts == ["GET", "POST"])
        let policy = try #require(binding.properties["refreshPolicy"])
        #expect(policy.properties.keys == ["type", "ttlSeconds", "onError"])
        #expect(policy.properties["ttlSeconds"]?.types == [.integer])
    }

    @Test func bindingMaps() throws {
        let binding = try binding()
        let mapping = try #require(binding.properties["mapping"])
        guard case .schema(let values) = mapping.additionalProperties else {
            Issue.record("mapping should map to strings, found \(String(describing: mapping.additionalProperties))")
            return
        }
        #expect(values.types == [.string])
        let defaults = try #require(binding.properties["defaults"])
        #expect(defaults.types == [.object])
        #expect(defaults.properties.isEmpty)
        guard case .allowed(let allowed) = defaults.additionalProperties else {
            Issue.record("defaults should have 'additionalProperties: true', found \(String(describing: defaults.additionalProperties))")
            return
        }
        #expect(allowed)
    }

    @Test func bearerAuth() throws {
        let (document, _, _) = try Fixture.pictify()
        #expect(document.components.securitySchemes.keys == ["bearerAuth"])
        let scheme = try #require(document.components.securitySchemes["bearerAuth"]?.value)
        #expect(scheme.kind == .http)
        #expect(scheme.scheme == "bearer")
        #expect(scheme.bearerFormat == nil)
        #expect(scheme.description == "API key obtained from the Pictify dashboard")
        #expect(scheme.name == nil)
        #expect(scheme.placement == nil)
    }

    @Test func otherComponentSectionsAreEmpty() throws {
        let components = try Fixture.pictify().document.components
        #expect(components.responses.isEmpty)
        #expect(components.parameters.isEmpty)
        #expect(components.requestBodies.isEmpty)
        #expect(components.headers.isEmpty)
        #expect(components.pathItems.isEmpty)
    }
}
