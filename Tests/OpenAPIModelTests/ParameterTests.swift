import OpenAPIModel
import Testing

/// Parameters in every location, with the specification's style and explode defaults.
@Suite struct ParameterTests {
    private static let yaml = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /pets/{id}:
            parameters:
              - {name: id, in: path, required: true, schema: {type: integer}}
            get:
              parameters:
                - {name: tags, in: query, schema: {type: array, items: {type: string}}}
                - {name: X-Trace, in: header, description: trace id, schema: {type: string}}
                - {name: session, in: cookie, required: true, schema: {type: string}}
                - {name: filter, in: query, style: deepObject, explode: true, schema: {type: object}}
                - {name: ids, in: query, style: pipeDelimited, explode: false, schema: {type: array}}
                - {name: coords, in: query, content: {application/json: {schema: {type: object}}}}
                - {name: q, in: query, allowEmptyValue: true, deprecated: true, allowReserved: true, example: abc, schema: {type: string}}
                - $ref: '#/components/parameters/Limit'
              responses: {'200': {description: OK}}
        components:
          parameters:
            Limit: {name: limit, in: query, schema: {type: integer, default: 20}}
        """

    private func parameters() throws -> (path: [Parameter], operation: [Referenceable<Parameter>]) {
        let (document, log) = try decode(Self.yaml)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        let item = try #require(document.paths["/pets/{id}"])
        let operation = try #require(item.operations.first?.operation.value)
        return (item.parameters.compactMap(\.value), operation.parameters)
    }

    @Test func pathParameter() throws {
        let id = try #require(try parameters().path.first)
        #expect(id.name == "id")
        #expect(id.placement == .path)
        #expect(id.required)
        #expect(id.style == nil)
        #expect(id.effectiveStyle == .simple)
        #expect(id.effectiveExplode == false)
        #expect(id.schema?.types == [.integer])
    }

    @Test func locationsAndDefaults() throws {
        let values = try parameters().operation.compactMap(\.value)
        #expect(values.map(\.name) == ["tags", "X-Trace", "session", "filter", "ids", "coords", "q"])
        #expect(values.map(\.placement) == [.query, .header, .cookie, .query, .query, .query, .query])
        #expect(values.map(\.effectiveStyle) == [.form, .simple, .form, .deepObject, .pipeDelimited, .form, .form])
        #expect(values.map(\.effectiveExplode) == [true, false, true, true, false, true, true])
        #expect(values.map(\.required) == [false, false, true, false, false, false, false])
        #expect(values[1].description == "trace id")
    }

    @Test func writtenStyleAndExplodeAreKeptApartFromDefaults() throws {
        let values = try parameters().operation.compactMap(\.value)
        #expect(values[0].style == nil)
        #expect(values[0].explode == nil)
        #expect(values[3].style == .deepObject)
        #expect(values[3].explode == true)
        #expect(values[4].explode == false)
    }

    @Test func contentInsteadOfSchema() throws {
        let coords = try #require(try parameters().operation.compactMap(\.value).first { $0.name == "coords" })
        #expect(coords.schema == nil)
        #expect(coords.content?.keys == ["application/json"])
        #expect(coords.content?["application/json"]?.schema?.types == [.object])
    }

    @Test func flags() throws {
        let q = try #require(try parameters().operation.compactMap(\.value).last)
        #expect(q.allowEmptyValue)
        #expect(q.deprecated)
        #expect(q.allowReserved)
        #expect(q.examples.map(\.text) == ["abc"])
    }

    @Test func referencedParameter() throws {
        let (document, _) = try decode(Self.yaml)
        let operation = try #require(document.paths["/pets/{id}"]?.operations.first?.operation.value)
        #expect(operation.parameters.last?.reference?.target == "#/components/parameters/Limit")
        #expect(operation.parameters.last?.reference?.location == at(16, 17))
        let limit = try #require(document.components.parameters["Limit"]?.value)
        #expect(limit.name == "limit")
        #expect(limit.schema?.defaultValue?.text == "20")
    }

    @Test func pathParameterMustBeRequired() throws {
        let (document, log) = try decode("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /a/{id}:
                parameters:
                  - name: id
                    in: path
              /b:
                parameters:
                  - {name: q, in: query, schema: {type: string}}
            """)
        let id = try #require(document.paths["/a/{id}"]?.parameters.first?.value)
        #expect(id.required)
        #expect(log.renderedWarnings == [
            "spec.yaml:6:9: warning: path parameter 'id' must be required; treating it as required",
            "spec.yaml:6:9: warning: parameter 'id' has neither 'schema' nor 'content'; treating its value as a string",
        ])
    }
}
