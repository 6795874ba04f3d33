import OpenAPIModel
import Testing

/// `servers` with variables, at the document, path and operation level.
@Suite struct ServerTests {
    @Test func serverVariables() throws {
        let (document, log) = try decode("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            servers:
              - url: 'https://{region}.example.com:{port}/v1'
                description: regional
                variables:
                  region:
                    enum: [eu, us]
                    default: eu
                    description: where
                  port: {default: '443'}
              - url: /relative
            paths:
              /a:
                servers: [{url: 'https://a.example.com'}]
                get:
                  servers: [{url: 'https://get.example.com'}]
                  responses: {'200': {description: OK}}
            """)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        #expect(document.servers.map(\.url) == ["https://{region}.example.com:{port}/v1", "/relative"])
        let server = try #require(document.servers.first)
        #expect(server.description == "regional")
        #expect(server.variables.keys == ["region", "port"])
        #expect(server.variables["region"]?.enumValues == ["eu", "us"])
        #expect(server.variables["region"]?.defaultValue == "eu")
        #expect(server.variables["region"]?.description == "where")
        #expect(server.variables["port"]?.defaultValue == "443")
        #expect(server.variables["port"]?.enumValues == nil)
        #expect(document.servers.last?.variables.isEmpty == true)
        let item = try #require(document.paths["/a"])
        #expect(item.servers?.map(\.url) == ["https://a.example.com"])
        #expect(item.operations.first?.operation.value?.servers?.map(\.url) == ["https://get.example.com"])
    }

    @Test func variableWithoutDefault() throws {
        let error = try #require(try decodeError("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            servers:
              - url: 'https://{region}.example.com'
                variables:
                  region: {enum: [eu]}
            paths: {}
            """))
        #expect(error.description == "spec.yaml:6:15: error: a server variable is missing the required key 'default'")
    }

    @Test func serverWithoutURL() throws {
        let error = try #require(try decodeError("openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers:\n  - description: x\npaths: {}\n"))
        #expect(error.description == "spec.yaml:4:5: error: a server is missing the required key 'url'")
    }
}
