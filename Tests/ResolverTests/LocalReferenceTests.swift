import Diagnostics
import OpenAPIModel
import Resolver
import Testing

/// `$ref`s within the root file, by JSON pointer.
@Suite struct LocalReferenceTests {
    private static let yaml = header + """
        paths:
          /pets/{id}:
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: one pet
                  content: {application/json: {schema: {$ref: '#/components/schemas/a~0b%20c'}}}
          /pets/{id}/twin:
            get:
              responses:
                '200': {$ref: '#/paths/~1pets~1{id}/get/responses/200'}
                '404': {$ref: '#/components/responses/Not%20Found'}
        components:
          schemas:
            a~b c: {type: object, properties: {name: {type: string}}}
          responses:
            Not Found: {description: gone}
        """

    @Test func referenceIntoPathsWithEscapes() throws {
        var spec = try load(Self.yaml)
        #expect(spec.warnings.isEmpty, "\(spec.warnings)")
        let operation = try #require(spec.document.paths["/pets/{id}/twin"]?.operations.first?.operation.value)
        let response = try spec.resolver.resolve(operation.responses.entries[0].response)
        #expect(response.description == "one pet")
        #expect(response.content["application/json"]?.schema?.ref?.target == "#/components/schemas/a~0b%20c")
        let notFound = try spec.resolver.resolve(operation.responses.entries[1].response)
        #expect(notFound.description == "gone")
    }

    @Test func referenceToKeyWithTildeAndSpace() throws {
        var spec = try load(Self.yaml)
        let operation = try #require(spec.document.paths["/pets/{id}"]?.operations.first?.operation.value)
        let schema = try #require(operation.responses.entries.first?.response.value?.content["application/json"]?.schema)
        let resolved = try spec.resolver.resolve(schema)
        #expect(resolved.key?.pointer.tokens == ["components", "schemas", "a~b c"])
        #expect(resolved.key?.description == "spec.yaml#/components/schemas/a~0b c")
        #expect(resolved.schema.properties.keys == ["name"])
    }

    @Test func keysAreShared() throws {
        var spec = try load(Self.yaml)
        let key = try spec.resolver.key(for: Reference(target: "#/components/schemas/a~0b%20c", location: at(1, 1)))
        let same = try spec.resolver.key(for: Reference(target: "spec.yaml#/components/schemas/a~0b c", location: at(2, 1)))
        #expect(key == same)
        #expect(key.componentName(in: "schemas", rootFile: "spec.yaml") == "a~b c")
    }

    @Test func fragmentThatIsNotAPointer() throws {
        let errors = try loadErrors(header + "components:\n  schemas:\n    A: {$ref: '#Pet'}\n")
        #expect(errors.map(\.description) == [
            "spec.yaml:5:15: error: '$ref' fragment '#Pet' is not a JSON pointer (it must start with '/')",
        ])
    }
}
