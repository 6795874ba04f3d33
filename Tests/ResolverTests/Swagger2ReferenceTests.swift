import Diagnostics
import OpenAPIModel
import Resolver
import Testing

/// A Swagger 2.0 document's own references (`#/definitions/…`, `#/parameters/…`, `#/responses/…`)
/// resolve to the converted components, and a dangling one is an error at the `$ref` in the 2.0 file.
@Suite struct Swagger2ReferenceTests {
    @Test func definitionsParametersAndResponsesResolve() throws {
        var spec = try load("""
            swagger: '2.0'
            info: {title: T, version: '1'}
            paths:
              /pets/{id}:
                get:
                  parameters: [{$ref: '#/parameters/id'}]
                  responses:
                    '200': {description: OK, schema: {$ref: '#/definitions/Pet'}}
                    '404': {$ref: '#/responses/NotFound'}
            parameters:
              id: {name: id, in: path, required: true, type: integer}
            responses:
              NotFound: {description: Gone, schema: {$ref: '#/definitions/Pet/properties/name'}}
            definitions:
              Pet: {type: object, properties: {name: {type: string}}}
            """)
        #expect(spec.warnings.isEmpty, "\(spec.warnings)")
        let get = try #require(spec.document.paths["/pets/{id}"]?.operations.first?.1.value)
        let parameter = try spec.resolver.resolve(try #require(get.parameters.first))
        #expect(parameter.name == "id" && parameter.placement == .path && parameter.schema?.types == [.integer])
        let ok = try spec.resolver.resolve(try #require(get.responses.entries.first?.response))
        let pet = try spec.resolver.resolveSchemaReference(try #require(ok.content["application/json"]?.schema?.ref))
        #expect(pet.key.description == "spec.yaml#/components/schemas/Pet")
        let notFound = try spec.resolver.resolve(try #require(get.responses.entries.last?.response))
        #expect(notFound.description == "Gone")
        let name = try spec.resolver.resolveSchemaReference(try #require(notFound.content["application/json"]?.schema?.ref))
        #expect(name.schema.types == [.string])
    }

    @Test func aDanglingDefinitionIsAnErrorAtItsReference() throws {
        let errors = try loadErrors("""
            swagger: '2.0'
            info: {title: T, version: '1'}
            paths: {}
            definitions:
              Pet: {type: object, properties: {owner: {$ref: '#/definitions/Owner'}}}
            """)
        #expect(errors.map(\.description) == [
            "spec.yaml:5:50: error: '$ref' target '#/components/schemas/Owner' does not exist: there is no 'Owner' in '#/components/schemas'",
        ])
    }
}
