import Diagnostics
import Foundation
import OpenAPIModel
import Resolver
import Testing

/// `$ref`s into other files, resolved relative to the file that holds the reference.
@Suite struct CrossFileReferenceTests {
    private static let root = header + """
        paths:
          /pets:
            get:
              responses:
                '200':
                  description: OK
                  content: {application/json: {schema: {$ref: 'models/pet.yaml#/Pet'}}}
        """
    private static let pet = """
        Pet:
          type: object
          required: [id]
          properties:
            id: {$ref: '../common.yaml#/Id'}
            owner: {$ref: '#/Owner'}
        Owner: {type: string}
        """
    private static let common = "Id: {type: string, format: uuid}\n"

    @Test func relativeReferencesAcrossFiles() throws {
        try withTemporaryDirectory { directory in
            let rootPath = try write(Self.root, to: "root.yaml", in: directory)
            let petPath = try write(Self.pet, to: "models/pet.yaml", in: directory)
            let commonPath = try write(Self.common, to: "common.yaml", in: directory)
            var spec = try LoadedSpec.load(path: rootPath)
            #expect(spec.warnings.isEmpty, "\(spec.warnings)")
            #expect(spec.files == [commonPath, petPath, rootPath].sorted())

            let schema = try #require(spec.document.paths["/pets"]?.operations.first?.operation.value?
                .responses.entries.first?.response.value?.content["application/json"]?.schema)
            let pet = try spec.resolver.resolve(schema)
            #expect(pet.key?.file == petPath)
            #expect(pet.key?.pointer.tokens == ["Pet"])
            #expect(pet.schema.properties.keys == ["id", "owner"])
            #expect(pet.schema.location == at(2, 3, file: petPath))

            let idReference = try #require(pet.schema.properties["id"]?.ref)
            #expect(idReference.location == at(5, 16, file: petPath))
            let id = try spec.resolver.resolveSchemaReference(idReference)
            #expect(id.key.file == commonPath)
            #expect(id.schema.format == "uuid")
            // `#/…` in a referenced file points into that file, not the root.
            let owner = try spec.resolver.resolve(try #require(pet.schema.properties["owner"]))
            #expect(owner.key?.file == petPath)
            #expect(owner.schema.types == [.string])
        }
    }

    @Test func equivalentSpellingsShareAKey() throws {
        try withTemporaryDirectory { directory in
            let rootPath = try write(header, to: "root.yaml", in: directory)
            try write(Self.common, to: "common.yaml", in: directory)
            var spec = try LoadedSpec.load(path: rootPath)
            let plain = try spec.resolver.key(for: Reference(target: "common.yaml#/Id", location: at(1, 1, file: rootPath)))
            let dotted = try spec.resolver.key(for: Reference(target: "./sub/../common.yaml#/Id", location: at(2, 1, file: rootPath)))
            #expect(plain == dotted)
            #expect(plain.file == directory.appendingPathComponent("common.yaml").path)
        }
    }

    @Test func danglingReferenceInAReferencedFile() throws {
        try withTemporaryDirectory { directory in
            let rootPath = try write(Self.root, to: "root.yaml", in: directory)
            let petPath = try write(Self.pet, to: "models/pet.yaml", in: directory)
            try write("Identifier: {type: string}\n", to: "common.yaml", in: directory)
            let errors = loadErrors(path: rootPath)
            #expect(errors.map(\.description) == [
                "\(petPath):5:16: error: '$ref' target '../common.yaml#/Id' does not exist: there is no 'Id' in the top level of '\(directory.appendingPathComponent("common.yaml").path)'",
            ])
        }
    }

    @Test func missingReferencedFile() throws {
        try withTemporaryDirectory { directory in
            let rootPath = try write(Self.root, to: "root.yaml", in: directory)
            let errors = loadErrors(path: rootPath)
            #expect(errors.map(\.description) == [
                "\(rootPath):9:55: error: '$ref' names the file '\(directory.appendingPathComponent("models/pet.yaml").path)', which does not exist",
            ])
        }
    }

    @Test func syntaxErrorInAReferencedFile() throws {
        try withTemporaryDirectory { directory in
            let rootPath = try write(Self.root, to: "root.yaml", in: directory)
            let petPath = try write("Pet:\n  type: object\n  properties: {id: [}\n", to: "models/pet.yaml", in: directory)
            let errors = loadErrors(path: rootPath)
            let error = try #require(errors.first)
            #expect(errors.count == 1)
            #expect(error.location == at(3, 21, file: petPath))
            #expect(error.message == "in the file referenced by 'models/pet.yaml#/Pet': did not find expected node content while parsing a flow node")
            #expect(error.notes.first?.description == "\(rootPath):9:55: note: referenced here")
        }
    }

    @Test func percentEncodedFilePath() throws {
        try withTemporaryDirectory { directory in
            let rootPath = try write(header + "components:\n  schemas:\n    Pet: {$ref: 'my%20models/pet%2Byaml.yaml#/Pet'}\n", to: "root.yaml", in: directory)
            let petPath = try write("Pet: {type: object}\n", to: "my models/pet+yaml.yaml", in: directory)
            var spec = try LoadedSpec.load(path: rootPath)
            let pet = try spec.resolver.resolve(try #require(spec.document.components.schemas["Pet"]))
            #expect(pet.key?.file == petPath)
            #expect(pet.schema.types == [.object])
        }
    }

    @Test func brokenFileReferencedTwiceIsReportedOnce() throws {
        try withTemporaryDirectory { directory in
            let rootPath = try write(header + """
                components:
                  schemas:
                    A: {$ref: 'broken.yaml#/A'}
                    B: {$ref: 'broken.yaml#/B'}
                """, to: "root.yaml", in: directory)
            let brokenPath = try write("A: {type: string\nB: {type: string}\n", to: "broken.yaml", in: directory)
            let errors = loadErrors(path: rootPath)
            #expect(errors.count == 1)
            #expect(errors.first?.location?.file == brokenPath)
            #expect(errors.first?.message == "in the file referenced by 'broken.yaml#/A': did not find expected ',' or '}' while parsing a flow mapping")
            #expect(errors.first?.notes.map(\.description) == [
                "\(rootPath):5:15: note: referenced here",
                "\(brokenPath):1:4: note: the construct starts here",
            ])
        }
    }
}
