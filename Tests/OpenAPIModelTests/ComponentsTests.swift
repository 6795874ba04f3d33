import OpenAPIModel
import Testing

/// Every reusable section of `components`.
@Suite struct ComponentsTests {
    private static let yaml = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        components:
          responses:
            NotFound: {description: not found, content: {application/json: {schema: {type: object}}}}
            Alias: {$ref: '#/components/responses/NotFound'}
          parameters:
            Page: {name: page, in: query, schema: {type: integer, minimum: 1}}
          requestBodies:
            PetBody:
              description: a pet
              required: true
              content: {application/json: {schema: {type: object}}}
          headers:
            Trace: {description: trace, schema: {type: string, format: uuid}}
          examples:
            One: {value: 1}
          securitySchemes:
            key: {type: apiKey, name: X-API-Key, in: header}
            cookieKey: {type: apiKey, name: sid, in: cookie}
            basic: {type: http, scheme: basic}
            bearer: {type: http, scheme: bearer, bearerFormat: JWT}
            oauth:
              type: oauth2
              flows:
                clientCredentials: {tokenUrl: 'https://auth.example.com/token', scopes: {read: read things}}
            oidc: {type: openIdConnect, openIdConnectUrl: 'https://auth.example.com/.well-known/openid-configuration'}
            mtls: {type: mutualTLS, description: client certificates}
          pathItems:
            Ping:
              get: {responses: {'200': {description: pong}}}
        """

    private func components() throws -> Components {
        let (document, log) = try decode(Self.yaml)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        return document.components
    }

    @Test func responses() throws {
        let components = try components()
        #expect(components.responses.keys == ["NotFound", "Alias"])
        #expect(components.responses["NotFound"]?.value?.description == "not found")
        #expect(components.responses["NotFound"]?.value?.content["application/json"]?.schema?.types == [.object])
        #expect(components.responses["Alias"]?.reference?.target == "#/components/responses/NotFound")
    }

    @Test func parametersBodiesHeadersExamples() throws {
        let components = try components()
        let page = try #require(components.parameters["Page"]?.value)
        #expect(page.name == "page")
        #expect(page.placement == .query)
        #expect(page.schema?.minimum?.text == "1")
        let body = try #require(components.requestBodies["PetBody"]?.value)
        #expect(body.description == "a pet")
        #expect(body.required)
        #expect(body.content.keys == ["application/json"])
        let trace = try #require(components.headers["Trace"]?.value)
        #expect(trace.description == "trace")
        #expect(trace.schema?.format == "uuid")
        #expect(components.examples["One"]?["value"]?.text == "1")
    }

    @Test func securitySchemesOfEveryKind() throws {
        let schemes = try components().securitySchemes
        #expect(schemes.keys == ["key", "cookieKey", "basic", "bearer", "oauth", "oidc", "mtls"])
        let values = schemes.values.compactMap(\.value)
        #expect(values.map(\.kind) == [.apiKey, .apiKey, .http, .http, .oauth2, .openIdConnect, .mutualTLS])
        #expect(values[0].name == "X-API-Key")
        #expect(values[0].placement == .header)
        #expect(values[1].placement == .cookie)
        #expect(values[2].scheme == "basic")
        #expect(values[3].scheme == "bearer")
        #expect(values[3].bearerFormat == "JWT")
        #expect(values[4].flows?["clientCredentials"]?["tokenUrl"]?.text == "https://auth.example.com/token")
        #expect(values[5].openIdConnectUrl == "https://auth.example.com/.well-known/openid-configuration")
        #expect(values[6].description == "client certificates")
    }

    @Test func pathItems() throws {
        let components = try components()
        let ping = try #require(components.pathItems["Ping"]?.value)
        #expect(ping.operations.map(\.method) == [.get])
        #expect(ping.operations.first?.operation.value?.responses.entries.first?.response.value?.description == "pong")
    }

    @Test func badSecuritySchemes() throws {
        let unknownType = try #require(try decodeError("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              securitySchemes:
                s: {type: password}
            """))
        #expect(unknownType.description
            == "spec.yaml:5:15: error: unknown security scheme type 'password'; expected apiKey, http, oauth2, openIdConnect or mutualTLS")
        let keyInPath = try #require(try decodeError("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              securitySchemes:
                s: {type: apiKey, name: k, in: path}
            """))
        #expect(keyInPath.description == "spec.yaml:5:36: error: an API key must be in 'query', 'header' or 'cookie', found 'path'")
    }
}
