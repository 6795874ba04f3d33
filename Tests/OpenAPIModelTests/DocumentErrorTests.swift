import Diagnostics
import OpenAPIModel
import Testing

/// Structural mistakes stop decoding with one located error.
@Suite struct DocumentErrorTests {
    @Test func mappingWithoutOpenAPIKey() throws {
        let error = try #require(try decodeError("name: my config\nitems: [1, 2]\n"))
        #expect(error.severity == .error)
        #expect(error.description == "spec.yaml:1:1: error: not an OpenAPI document: the top-level key 'openapi' is missing")
    }

    @Test func topLevelSequence() throws {
        let error = try #require(try decodeError("- 1\n- 2\n"))
        #expect(error.description == "spec.yaml:1:1: error: not an OpenAPI document: expected a mapping at the top level, found a sequence")
    }

    @Test func swaggerBefore2() throws {
        // Swagger 2.0 is read (Swagger2Tests); 1.x is a different format altogether.
        let error = try #require(try decodeError("swaggerVersion: '1.2'\nswagger: '1.2'\ninfo: {title: T, version: '1'}\n"))
        #expect(error.description
            == "spec.yaml:2:10: error: unsupported Swagger version '1.2'; Specsmith reads Swagger 2.0 and OpenAPI 3.0.x and 3.1.x")
    }

    @Test func unsupportedVersion() throws {
        let error = try #require(try decodeError("info: {title: T, version: '1'}\nopenapi: 2.5.0\npaths: {}\n"))
        #expect(error.description == "spec.yaml:2:10: error: unsupported OpenAPI version '2.5.0'; Specsmith reads 3.0.x and 3.1.x")
        let future = try #require(try decodeError("openapi: 3.2.0\ninfo: {title: T, version: '1'}\n"))
        #expect(future.message == "unsupported OpenAPI version '3.2.0'; Specsmith reads 3.0.x and 3.1.x")
    }

    @Test func pathsIsAnInteger() throws {
        let error = try #require(try decodeError("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: 42\n"))
        #expect(error.message == "'paths' must be a mapping, found an integer")
        #expect(error.location == at(3, 8))
    }

    @Test func missingInfo() throws {
        let error = try #require(try decodeError("openapi: 3.1.0\npaths: {}\n"))
        #expect(error.description == "spec.yaml:1:1: error: the document is missing the required key 'info'")
    }

    @Test func badResponseKey() throws {
        let error = try #require(try decodeError("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200': {description: OK}
                    success: {description: OK}
            """))
        #expect(error.description
            == "spec.yaml:8:9: error: 'success' is not a response status; expected a code like 200, a range like 4XX, or 'default'")
    }

    @Test func parameterWithBadIn() throws {
        let error = try #require(try decodeError("""
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths:
              /a:
                post:
                  parameters:
                    - name: pet
                      in: body
                      schema: {type: object}
                  responses: {'200': {description: OK}}
            """))
        #expect(error.description == "spec.yaml:8:15: error: a parameter must be in 'path', 'query', 'header' or 'cookie', found 'body'")
    }

    @Test func parameterWithoutIn() throws {
        let error = try #require(try decodeError("""
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths:
              /a:
                parameters: [{name: q, schema: {type: string}}]
            """))
        #expect(error.description == "spec.yaml:5:18: error: parameter 'q' is missing the required key 'in'")
    }

    @Test func wrongShapes() throws {
        let tags = try #require(try decodeError("openapi: 3.1.0\ninfo: {title: T, version: '1'}\ntags: {a: b}\n"))
        #expect(tags.description == "spec.yaml:3:7: error: 'tags' must be a sequence, found a mapping")
        let schema = try #require(try decodeError(schemaDocument("[1, 2]")))
        #expect(schema.description == "spec.yaml:7:7: error: 'schema' must be a mapping, found a sequence")
        let ref = try #require(try decodeError(schemaDocument("$ref: null")))
        #expect(ref.description == "spec.yaml:7:13: error: '$ref' must be a string, found null")
    }
}
