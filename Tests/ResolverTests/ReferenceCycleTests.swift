import Diagnostics
import OpenAPIModel
import Resolver
import Testing

/// A cycle made only of references has no meaning and is an error; recursion through structure is fine.
@Suite struct ReferenceCycleTests {
    @Test func pureTwoStepCycle() throws {
        let errors = try loadErrors(header + """
            components:
              schemas:
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/A'}
            """)
        // One cycle, one error, whichever member the check reached first.
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.message
            == "'$ref' cycle with nothing but references in it: spec.yaml#/components/schemas/A → spec.yaml#/components/schemas/B → spec.yaml#/components/schemas/A")
        // Located at A's `$ref`, with a note at B's.
        #expect(error.location == at(5, 15))
        #expect(error.notes.map(\.description) == ["spec.yaml:6:15: note: the cycle continues here"])
    }

    @Test func cycleEnteredFromOutsideIsLocatedInsideIt() throws {
        let errors = try loadErrors(header + """
            components:
              schemas:
                Owner: {type: object, properties: {pet: {$ref: '#/components/schemas/Pet'}}}
                Pet: {$ref: '#/components/schemas/Animal'}
                Animal: {$ref: '#/components/schemas/Pet'}
            """)
        // Not at Owner's `$ref` (outside the cycle), and reported once although three walks reach it.
        #expect(errors.map(\.description) == [
            "spec.yaml:7:20: error: '$ref' cycle with nothing but references in it: spec.yaml#/components/schemas/Animal → spec.yaml#/components/schemas/Pet → spec.yaml#/components/schemas/Animal\nspec.yaml:6:17: note: the cycle continues here",
        ])
    }

    @Test func threeStepCycleFromAnOperation() throws {
        let errors = try loadErrors(header + """
            paths:
              /a:
                get:
                  responses:
                    '200': {$ref: '#/components/responses/R1'}
            components:
              responses:
                R1: {$ref: '#/components/responses/R2'}
                R2: {$ref: '#/components/responses/R3'}
                R3: {$ref: '#/components/responses/R1'}
            """)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasSuffix("responses/R1 → spec.yaml#/components/responses/R2 → spec.yaml#/components/responses/R3 → spec.yaml#/components/responses/R1") == true)
        #expect(errors.first?.location == at(10, 16))
        #expect(errors.first?.notes.map(\.location) == [at(11, 16), at(12, 16)])
    }

    @Test func selfReference() throws {
        let errors = try loadErrors(header + "components:\n  schemas:\n    Me: {$ref: '#/components/schemas/Me'}\n")
        #expect(errors.map(\.description) == [
            "spec.yaml:5:16: error: '$ref' cycle with nothing but references in it: spec.yaml#/components/schemas/Me → spec.yaml#/components/schemas/Me",
        ])
    }

    @Test func resolvingACycleDirectlyThrows() throws {
        var resolver = try makeResolver(header + "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n")
        let a = try #require(resolver.document.components.schemas["A"])
        #expect(throws: Diagnostic.self) { try resolver.resolve(a) }
    }

    @Test func parameterCycle() throws {
        let errors = try loadErrors(header + """
            components:
              parameters:
                P: {$ref: '#/components/parameters/Q'}
                Q: {$ref: '#/components/parameters/P'}
            """)
        #expect(errors.count == 1)
        #expect(errors.first?.location == at(5, 15))
        #expect(errors.first?.message.hasPrefix("'$ref' cycle with nothing but references in it: spec.yaml#/components/parameters/P →") == true)
    }

    @Test func recursionThroughPropertiesIsNotAnError() throws {
        var spec = try load(header + """
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    value: {type: string}
                    child: {$ref: '#/components/schemas/Node'}
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                Tree: {$ref: '#/components/schemas/Node'}
            """)
        #expect(spec.warnings.isEmpty)
        let child = try #require(spec.document.components.schemas["Node"]?.properties["child"])
        let resolved = try spec.resolver.resolve(child)
        #expect(resolved.schema.properties.keys == ["value", "child", "children"])
        let tree = try spec.resolver.resolve(try #require(spec.document.components.schemas["Tree"]))
        #expect(tree.key == resolved.key)
    }

    @Test func mutualRecursionThroughStructureIsNotAnError() throws {
        let spec = try load(header + """
            components:
              schemas:
                A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}
                B: {allOf: [{$ref: '#/components/schemas/A'}]}
            """)
        #expect(spec.document.components.schemas.keys == ["A", "B"])
    }
}

/// Annotations and constraints beside `$ref` do not give a cycle of references any meaning.
@Suite struct StructurelessCycleTests {
    @Test func cycleWithConstraintsAndDescriptions() throws {
        let errors = try loadErrors(header + """
            components:
              schemas:
                A: {$ref: '#/components/schemas/B', maxLength: 3}
                B: {$ref: '#/components/schemas/A', description: b}
            """)
        #expect(errors.map(\.description) == [
            "spec.yaml:5:15: error: '$ref' cycle with nothing but references in it: spec.yaml#/components/schemas/A → spec.yaml#/components/schemas/B → spec.yaml#/components/schemas/A\nspec.yaml:6:15: note: the cycle continues here",
        ])
    }

    @Test func constrainedAliasOfAStructuredSchemaIsFine() throws {
        let spec = try load(header + """
            components:
              schemas:
                Name: {type: string}
                Short: {$ref: '#/components/schemas/Name', maxLength: 3, description: short}
                Shorter: {$ref: '#/components/schemas/Short', maxLength: 2}
            """)
        #expect(spec.warnings.isEmpty)
        #expect(spec.document.components.schemas.keys == ["Name", "Short", "Shorter"])
    }
}
