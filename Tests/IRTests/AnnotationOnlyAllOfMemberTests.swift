import Diagnostics
import IR
import Resolver
import Testing
import YAMLReader

/// Box writes `additionalProperties: {allOf: [{$ref: MetadataFilterValue}, {example: online},
/// {x-box-example-key: category}]}`. The members with only annotations used to make it a merge,
/// declared as an empty struct that decoded any value and kept none of it (found by round-tripping
/// Box's examples); such members narrow nothing, so the schema is the referenced type.
@Suite struct AnnotationOnlyAllOfMemberTests {
    static func build(_ members: String) throws -> IRModule {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Value:
                  oneOf: [{type: string}, {type: number}]
                Filter:
                  type: object
                  properties:
                    filters:
                      type: object
                      additionalProperties:
                        allOf:
            \(members)

            """
        let spec = try LoadedSpec.load(root: try YAMLParser.parse(yaml, file: "spec.yaml"), file: "spec.yaml")
        return try ModelBuilder.build(spec).0
    }

    static func filtersType(in module: IRModule) -> IRTypeReference? {
        for case .structure(let filter) in module.declarations where filter.name == "Filter" {
            return filter.properties.first?.type
        }
        return nil
    }

    @Test func membersWithOnlyAnnotationsLeaveTheReferencedType() throws {
        let module = try Self.build("""
                          - $ref: '#/components/schemas/Value'
                          - example: online
                          - x-box-example-key: category
                          - description: A value.
            """)
        #expect(Self.filtersType(in: module) == .optional(.dictionary(.generated(["Value"]))))
        guard case .structure(let filter)? = module.declarations.first(where: { $0.name == "Filter" }) else {
            Issue.record("Filter should be a struct")
            return
        }
        #expect(filter.nested.isEmpty)
    }

    @Test func aMemberWithConstraintsStillMerges() throws {
        let module = try Self.build("""
                          - $ref: '#/components/schemas/Value'
                          - required: [name]
            """)
        #expect(Self.filtersType(in: module) != .optional(.dictionary(.generated(["Value"]))))
    }
}
