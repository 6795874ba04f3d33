import Diagnostics
import Foundation
import OpenAPIModel
import Resolver
import Testing

/// References where OpenAPI does not allow them, as real multi-file specs write them (Google
/// Maps): read the obvious way, each with a warning at the `$ref`.
@Suite struct ForgivenReferenceTests {
    private static let root = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          $ref: './paths/_index.yml'
        components:
          parameters:
            $ref: './parameters/_index.yml'
          schemas:
            $ref: './schemas/_index.yml'
        """
    private static let paths = """
        /pets:
          get:
            operationId: listPets
            $ref: './list.yml'
        """
    private static let list = """
        operationId: getPets
        summary: The pets.
        parameters:
          - $ref: '../index.yml#/components/parameters/limit'
        responses:
          '200':
            description: OK
            content: {application/json: {schema: {$ref: '../schemas/Pet.yml'}}}
        """
    private static let parameters = "limit: {name: limit, in: query, schema: {type: integer}}\n"
    private static let schemas = "Pet: {$ref: './Pet.yml'}\n"
    private static let pet = "type: object\nproperties: {name: {type: string}}\n"

    @Test func sectionsWrittenAsReferencesAreReadFromTheFilesTheyName() throws {
        try withTemporaryDirectory { directory in
            let rootPath = try write(Self.root, to: "index.yml", in: directory)
            let pathsPath = try write(Self.paths, to: "paths/_index.yml", in: directory)
            let listPath = try write(Self.list, to: "paths/list.yml", in: directory)
            let parametersPath = try write(Self.parameters, to: "parameters/_index.yml", in: directory)
            let schemasPath = try write(Self.schemas, to: "schemas/_index.yml", in: directory)
            let petPath = try write(Self.pet, to: "schemas/Pet.yml", in: directory)
            var spec = try LoadedSpec.load(path: rootPath)
            #expect(spec.warnings.map(\.description) == [
                "\(rootPath):4:9: warning: 'paths' is a '$ref' to './paths/_index.yml'; OpenAPI does not allow a reference in place of a whole section, read as the content it names",
                "\(rootPath):7:11: warning: 'components/parameters' is a '$ref' to './parameters/_index.yml'; OpenAPI does not allow a reference in place of a whole section, read as the content it names",
                "\(rootPath):9:11: warning: 'components/schemas' is a '$ref' to './schemas/_index.yml'; OpenAPI does not allow a reference in place of a whole section, read as the content it names",
                "\(pathsPath):3:5: warning: 'operationId' beside '$ref' in GET path '/pets' is read as replacing the referenced one's (OpenAPI ignores keys beside '$ref')",
            ])
            // Build tools must see the files that only filled a section.
            #expect(spec.files == [rootPath, pathsPath, listPath, parametersPath, schemasPath, petPath].sorted())

            let written = try #require(spec.document.paths["/pets"]?.operations.first?.operation)
            let operation = try spec.resolver.resolve(written, name: "GET path '/pets'")
            #expect(operation.operationId == "listPets")
            #expect(operation.summary == "The pets.")
            let limit = try spec.resolver.resolve(try #require(operation.parameters.first))
            #expect(limit.name == "limit")
            #expect(Array(spec.document.components.schemas.keys) == ["Pet"])
            let pet = try spec.resolver.resolve(try #require(spec.document.components.schemas["Pet"]))
            #expect(pet.schema.properties["name"]?.types == [.string])
        }
    }

    @Test func keysBesideAParameterReferenceReplaceTheTargets() throws {
        var spec = try load(header + """
            paths:
              /orders:
                parameters:
                  - $ref: '#/components/parameters/limit'
                    required: true
                    description: At most this many.
                get:
                  responses: {'204': {description: Done}}
            components:
              parameters:
                limit: {name: limit, in: query, required: false, description: A limit., schema: {type: integer}}
            """)
        #expect(spec.warnings.map(\.description) == [
            "spec.yaml:7:9: warning: 'required' beside '$ref' in parameter is read as replacing the referenced one's (OpenAPI ignores keys beside '$ref')",
        ])
        let written = try #require(spec.document.paths["/orders"]?.parameters.first)
        let limit = try spec.resolver.resolve(written)
        #expect(limit.name == "limit" && limit.required)
        // `description` beside a `$ref` is allowed (3.1) and replaces the target's too.
        #expect(limit.description == "At most this many.")
        let plain = try spec.resolver.resolve(try #require(spec.document.components.parameters["limit"]))
        #expect(!plain.required)
    }

    @Test func aRemoteOrDanglingSectionReferenceIsStillAnError() throws {
        let remote = try loadErrors(header + "paths:\n  $ref: 'https://example.com/paths.yaml'\n")
        #expect(remote.map(\.description) == [
            "spec.yaml:4:9: error: '$ref' to a remote URL ('https://example.com/paths.yaml') is not supported; download the file and reference it by path",
        ])
        let dangling = try loadErrors(header + "paths:\n  $ref: '#/x-paths'\n")
        #expect(dangling.map(\.description) == [
            "spec.yaml:4:9: error: '$ref' target '#/x-paths' does not exist: there is no 'x-paths' in the top level of 'spec.yaml'",
        ])
    }

    @Test func aLocalSectionReferenceAndItsIgnoredSiblings() throws {
        let spec = try load(header + """
            paths:
              $ref: '#/x-paths'
              /ignored: {}
            x-paths:
              /a:
                get: {responses: {'204': {description: Done}}}
            """)
        #expect(spec.warnings.map(\.description) == [
            "spec.yaml:4:9: warning: 'paths' is a '$ref' to '#/x-paths'; OpenAPI does not allow a reference in place of a whole section, read as the content it names",
            "spec.yaml:5:3: warning: '/ignored' beside the '$ref' that stands for 'paths' is ignored",
        ])
        #expect(Array(spec.document.paths.keys) == ["/a"])
    }
}
