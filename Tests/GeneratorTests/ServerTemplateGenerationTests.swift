import Foundation
import Generator
import Testing

/// A generated client lists its servers twice: with the spec's defaults filled in (the default server
/// URL) and as `ServerURLTemplate`s, whose variables the runtime substitutes safely at run time.
@Suite struct ServerTemplateGenerationTests {
    static let spec = """
        openapi: 3.1.0
        info: {title: Regions, version: '1'}
        servers:
          - url: https://{region}.api.example.com:{port}/{basePath}
            variables:
              region: {default: eu, enum: [eu, us]}
              port: {default: '443'}
              basePath: {default: v2}
          - url: https://fixed.example.com
        paths:
          /ping:
            get:
              operationId: ping
              responses: {'204': {description: pong}}
        """

    @Test func templatesKeepTheirPlaceholdersAndDefaults() throws {
        let (generation, _) = try UnsupportedConstructTests.generate(Self.spec)
        let client = try #require(generation.files.first { $0.path.hasPrefix("Client/") && $0.contents.contains("static let serverTemplates") })
        #expect(client.contents.contains(#"ServerURLTemplate("https://{region}.api.example.com:{port}/{basePath}", defaults: ["region": "eu", "port": "443", "basePath": "v2"]),"#))
        #expect(client.contents.contains(#"ServerURLTemplate("https://fixed.example.com"),"#))
        #expect(client.contents.contains(#""https://eu.api.example.com:443/v2","#))
    }
}
