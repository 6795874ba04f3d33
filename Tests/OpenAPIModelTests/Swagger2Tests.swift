import Diagnostics
import OpenAPIModel
import Testing
import YAMLReader

/// Swagger 2.0 documents are read into the same model as OpenAPI 3.0, with warnings located in the 2.0 file.
@Suite struct Swagger2Tests {
    static let document = """
        swagger: '2.0'
        info: {title: T, version: '1'}
        host: api.example.com
        basePath: /v2
        schemes: [http]
        consumes: [application/json]
        produces: [application/json, application/xml]
        paths:
          /pets:
            parameters:
              - {name: trace, in: header, type: string}
            post:
              operationId: addPet
              parameters:
                - {name: pet, in: body, required: true, schema: {$ref: '#/definitions/Pet'}}
                - {name: tags, in: query, type: array, items: {type: string}, collectionFormat: tsv}
              responses:
                '200':
                  description: OK
                  schema: {$ref: '#/definitions/Pet'}
                  headers:
                    X-Rate: {type: integer, format: int32}
        definitions:
          Pet:
            type: object
            discriminator: kind
            properties:
              kind: {type: string}
              photo: {type: file}
              nickname: {type: string, x-nullable: true}
        securityDefinitions:
          basic: {type: basic}
          oauth: {type: oauth2, flow: application, tokenUrl: 'https://example.com/token', scopes: {read: Read}}
        """

    @Test func theDocumentIsReadAsItsOpenAPI3Equivalent() throws {
        let (document, log) = try decode(Self.document)
        #expect(document.openapi == "2.0")
        #expect(document.version == .v3_0)
        #expect(document.servers.map(\.url) == ["http://api.example.com/v2"])
        #expect(document.servers.first?.location == at(3, 7))

        let item = try #require(document.paths["/pets"])
        #expect(item.parameters.count == 1)
        let post = try #require(item.operations.first { $0.0 == .post }?.1.value)
        #expect(post.parameters.compactMap { $0.value.map { "\($0.placement):\($0.name)" } } == ["query:tags"])
        let tags = try #require(post.parameters.first?.value)
        #expect(tags.effectiveStyle == .form && tags.effectiveExplode == false)
        let body = try #require(post.requestBody?.value)
        #expect(body.required && Array(body.content.keys) == ["application/json"])
        #expect(body.content["application/json"]?.schema?.ref?.target == "#/components/schemas/Pet")
        // The reference keeps the place it was written at in the 2.0 file.
        #expect(body.content["application/json"]?.schema?.ref?.location == at(15, 64))

        let ok = try #require(post.responses.entries.first?.response.value)
        #expect(Array(ok.content.keys) == ["application/json", "application/xml"])
        #expect(ok.headers["X-Rate"]?.value?.schema?.format == "int32")

        let pet = try #require(document.components.schemas["Pet"])
        #expect(pet.discriminator?.propertyName == "kind")
        #expect(pet.properties["photo"]?.types == [.string] && pet.properties["photo"]?.format == "binary")
        #expect(pet.properties["nickname"]?.nullable == true)
        #expect(pet.location == at(25, 5))

        #expect(document.components.securitySchemes["basic"]?.value?.kind == .http)
        #expect(document.components.securitySchemes["basic"]?.value?.scheme == "basic")
        #expect(document.components.securitySchemes["oauth"]?.value?.flows?["clientCredentials"]?["tokenUrl"]?.text
            == "https://example.com/token")

        #expect(log.renderedWarnings == [
            "spec.yaml:16:89: warning: 'collectionFormat: tsv' has no OpenAPI 3 equivalent; the values are read comma-separated",
        ])
    }

    @Test func formParametersBecomeAFormBody() throws {
        let (document, _) = try decode("""
            swagger: '2.0'
            info: {title: T, version: '1'}
            paths:
              /upload:
                post:
                  consumes: [multipart/form-data, application/x-www-form-urlencoded]
                  parameters:
                    - {name: note, in: formData, type: string, required: true}
                    - {$ref: '#/parameters/file'}
                  responses: {'204': {description: Done}}
            parameters:
              file: {name: file, in: formData, type: file}
            """)
        let post = try #require(document.paths["/upload"]?.operations.first?.1.value)
        #expect(post.parameters.isEmpty)
        let body = try #require(post.requestBody?.value)
        #expect(Array(body.content.keys) == ["multipart/form-data"])
        let schema = try #require(body.content["multipart/form-data"]?.schema)
        #expect(Array(schema.properties.keys) == ["note", "file"])
        #expect(schema.required == ["note"])
        #expect(schema.properties["file"]?.format == "binary")
        // Shared form parameters have no place among 3.0 parameters.
        #expect(document.components.parameters.isEmpty)
    }

    @Test func slipsInA2Point0DocumentAreReportedInIt() throws {
        let (_, log) = try decode("""
            swagger: '2.0'
            info: {title: T, version: '1'}
            produces: application/json
            paths:
              /a:
                get:
                  schemes: [wss]
                  parameters:
                    - {name: p, in: path, required: true, type: array, items: {type: string}, collectionFormat: multi}
                  responses: {'200': {description: OK}}
            securityDefinitions:
              o: {type: oauth2}
            """)
        #expect(log.renderedWarnings == [
            "spec.yaml:3:11: warning: 'produces' must be a list of media types, found a string; it is ignored",
            "spec.yaml:7:7: warning: 'schemes' of an operation is not supported; the document's servers are used",
            "spec.yaml:9:101: warning: 'collectionFormat: multi' is only valid for query and form parameters; the values are read comma-separated",
            "spec.yaml:12:6: warning: an OAuth 2 security definition needs a 'flow' (implicit, password, application or accessCode)",
        ])
    }
}
