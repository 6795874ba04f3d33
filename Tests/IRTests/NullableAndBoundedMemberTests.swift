import Diagnostics
import IR
import Resolver
import Testing
import YAMLReader

/// Shapes from DigitalOcean whose examples did not round-trip (found by the corpus examples run):
/// null admitted through an `anyOf` alternative or the only `allOf` member was lost, so an example's
/// `null` failed to decode or was written back as an absent key; and an `allOf` of a string and a
/// `maxLength` became an empty struct that could not hold the string.
@Suite struct NullableAndBoundedMemberTests {
    static func property(_ name: String, of schema: String, in yaml: String) throws -> IRProperty? {
        let spec = try LoadedSpec.load(root: try YAMLParser.parse(yaml, file: "spec.yaml"), file: "spec.yaml")
        let module = try ModelBuilder.build(spec).0
        for case .structure(let structure) in module.declarations where structure.name == schema {
            return structure.properties.first { $0.jsonName == name }
        }
        return nil
    }

    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            Label: {type: string}
            Window:
              type: object
              nullable: true
              properties: {start: {type: string}}
            Droplet:
              type: object
              properties: {id: {type: integer}}
            FloatingIP:
              type: object
              required: [window]
              properties:
                droplet:
                  anyOf:
                    - {type: object, nullable: true}
                    - $ref: '#/components/schemas/Droplet'
                pages:
                  anyOf:
                    - $ref: '#/components/schemas/Droplet'
                    - $ref: '#/components/schemas/Window'
                    - {}
                window:
                  allOf:
                    - $ref: '#/components/schemas/Window'
                    - description: The backup window, if any.
                label:
                  allOf:
                    - $ref: '#/components/schemas/Label'
                    - maxLength: 16
                owner:
                  allOf:
                    - $ref: '#/components/schemas/Droplet'
                    - required: [id]

        """

    @Test func aNullableAlternativeMakesTheUnionNullable() throws {
        let droplet = try #require(try Self.property("droplet", of: "FloatingIP", in: Self.spec))
        #expect(droplet.nullable)
    }

    @Test func anAlternativeThatAcceptsAnythingMakesTheUnionNullable() throws {
        let pages = try #require(try Self.property("pages", of: "FloatingIP", in: Self.spec))
        #expect(pages.nullable)
    }

    @Test func theOnlyAllOfMemberKeepsItsNullability() throws {
        let window = try #require(try Self.property("window", of: "FloatingIP", in: Self.spec))
        #expect(window.type == .optional(.generated(["Window"])))
        #expect(window.required)
        #expect(window.nullable)
    }

    @Test func aMemberWithOnlyBoundsKeepsTheOtherMembersType() throws {
        let label = try #require(try Self.property("label", of: "FloatingIP", in: Self.spec))
        #expect(label.type.nonOptional == .generated(["Label"]) || label.type.nonOptional == .string)
    }

    @Test func aMemberWithRequiredStillMerges() throws {
        let owner = try #require(try Self.property("owner", of: "FloatingIP", in: Self.spec))
        #expect(owner.type.nonOptional != .generated(["Droplet"]))
    }
}
