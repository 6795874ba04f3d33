import Diagnostics
import Resolver
import Testing

/// A `$ref` to nothing is reported at the `$ref`, naming the step that is missing.
@Suite struct DanglingReferenceTests {
    @Test func missingComponent() throws {
        let errors = try loadErrors(header + """
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: OK
                      content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
            components:
              schemas:
                Cat: {type: object}
            """)
        #expect(errors.map(\.description) == [
            "spec.yaml:9:55: error: '$ref' target '#/components/schemas/Pet' does not exist: there is no 'Pet' in '#/components/schemas'",
        ])
    }

    @Test func missingSection() throws {
        let errors = try loadErrors(header + "components:\n  responses:\n    R: {$ref: '#/components/examples/E'}\n")
        #expect(errors.map(\.description) == [
            "spec.yaml:5:15: error: '$ref' target '#/components/examples/E' does not exist: there is no 'examples' in '#/components'",
        ])
    }

    @Test func missingAtTheTopLevel() throws {
        let errors = try loadErrors(header + "components:\n  schemas:\n    A: {$ref: '#/definitions/A'}\n")
        #expect(errors.map(\.message) == [
            "'$ref' target '#/definitions/A' does not exist: there is no 'definitions' in the top level of 'spec.yaml'",
        ])
        #expect(errors.first?.location == at(5, 15))
    }

    @Test func everyDanglingReferenceIsReported() throws {
        let errors = try loadErrors(header + """
            components:
              schemas:
                A: {type: object, properties: {x: {$ref: '#/components/schemas/X'}, y: {$ref: '#/components/schemas/Y'}}}
              parameters:
                P: {$ref: '#/components/parameters/Nope'}
            """)
        #expect(errors.map(\.location) == [at(5, 46), at(5, 83), at(7, 15)])
        #expect(errors.map { $0.message.split(separator: ":").last.map(String.init) } == [
            " there is no 'X' in '#/components/schemas'",
            " there is no 'Y' in '#/components/schemas'",
            " there is no 'Nope' in '#/components/parameters'",
        ])
    }

    @Test func missingFile() throws {
        let errors = try loadErrors(header + "components:\n  schemas:\n    A: {$ref: 'models/nowhere.yaml#/A'}\n")
        #expect(errors.map(\.description) == [
            "spec.yaml:5:15: error: '$ref' names the file 'models/nowhere.yaml', which does not exist",
        ])
    }

    @Test func remoteURL() throws {
        let errors = try loadErrors(header + "components:\n  schemas:\n    A: {$ref: 'https://example.com/schemas.yaml#/Pet'}\n")
        #expect(errors.map(\.description) == [
            "spec.yaml:5:15: error: '$ref' to a remote URL ('https://example.com/schemas.yaml#/Pet') is not supported; download the file and reference it by path",
        ])
    }

    @Test func discriminatorMappingToAMissingSchema() throws {
        let yaml = header + """
            components:
              schemas:
                Pet:
                  oneOf: [{$ref: '#/components/schemas/Cat'}]
                  discriminator:
                    propertyName: kind
                    mapping: {dog: Dog, cat: '#/components/schemas/Cat'}
                Cat: {type: object}
            """
        let errors = try loadErrors(yaml)
        #expect(errors.map(\.description) == [
            "spec.yaml:8:9: error: '$ref' target '#/components/schemas/Dog' does not exist: there is no 'Dog' in '#/components/schemas'\nspec.yaml:8:9: note: in the discriminator mapping for 'dog'",
        ])
    }
}
