import OpenAPIModel
import Testing

/// The top level of `Fixtures/pictify-bindings/pictify-bindings.yaml`: version, info, servers, security, tags.
@Suite struct PictifyDocumentTests {
    @Test func decodesWithoutWarnings() throws {
        let (document, log, file) = try Fixture.pictify()
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        #expect(document.openapi == "3.1.0")
        #expect(document.version == .v3_1)
        #expect(document.file == file)
        #expect(document.webhooks.isEmpty)
        #expect(document.externalDocs == nil)
        #expect(document.jsonSchemaDialect == nil)
        #expect(document.extensions.isEmpty)
    }

    @Test func info() throws {
        let info = try Fixture.pictify().document.info
        #expect(info.title == "Pictify API")
        #expect(info.version == "1.0.0")
        #expect(info.summary == nil)
        let description = try #require(info.description)
        #expect(description.hasPrefix("Generate images, GIFs, and PDFs from HTML templates programmatically.\n\n## Authentication\n"))
        #expect(description.hasSuffix("Rate limit headers are included in all responses.\n"))
        #expect(description.contains("    Authorization") == false)
        #expect(description.contains("```\nAuthorization: Bearer pk_live_your_api_key\n```"))
        #expect(info.contact?.email == "support@pictify.io")
        #expect(info.contact?.url == "https://pictify.io")
        #expect(info.contact?.name == nil)
        #expect(info.license?.name == "MIT")
        #expect(info.license?.url == nil)
        #expect(info.license?.identifier == nil)
    }

    @Test func servers() throws {
        let servers = try Fixture.pictify().document.servers
        #expect(servers.count == 1)
        #expect(servers.first?.url == "https://api.pictify.io")
        #expect(servers.first?.description == "Production")
        #expect(servers.first?.variables.isEmpty == true)
    }

    @Test func topLevelSecurity() throws {
        let security = try #require(try Fixture.pictify().document.security)
        #expect(security.count == 1)
        #expect(security.first?.schemes.keys == ["bearerAuth"])
        #expect(security.first?.schemes["bearerAuth"] == [])
    }

    @Test func tags() throws {
        let tags = try Fixture.pictify().document.tags
        #expect(tags.map(\.name) == ["Images", "GIFs", "PDFs", "Templates", "Batch", "Experiments", "Webhooks", "Bindings"])
        #expect(tags.first?.description == "Image generation endpoints")
        #expect(tags.last?.description == "Data binding for auto-rendering")
        #expect(tags.allSatisfy { $0.externalDocs == nil })
    }
}
