import OpenAPIModel
import Resolver
import Testing

/// 3.1 lets keywords stand beside `$ref`; such a schema is not a mere alias.
@Suite struct SiblingKeywordTests {
    private static let yaml = header + """
        components:
          schemas:
            Pet: {type: object, description: a pet}
            Annotated:
              $ref: '#/components/schemas/Pet'
              description: the owner's pet
            Alias: {$ref: '#/components/schemas/Pet'}
        """

    @Test func descriptionBesideRefIsKept() throws {
        var spec = try load(Self.yaml)
        #expect(spec.warnings.isEmpty, "\(spec.warnings)")
        let annotated = try #require(spec.document.components.schemas["Annotated"])
        #expect(annotated.ref?.target == "#/components/schemas/Pet")
        #expect(annotated.ref?.description == "the owner's pet")
        #expect(annotated.description == "the owner's pet")
        #expect(!annotated.isPureReference)
        // Not pure: the resolver hands it back for the caller to combine with its target.
        let resolved = try spec.resolver.resolve(annotated)
        #expect(resolved.key == nil)
        #expect(resolved.schema.description == "the owner's pet")
        let target = try spec.resolver.resolveSchemaReference(try #require(annotated.ref))
        #expect(target.schema.description == "a pet")
    }

    @Test func pureReferenceIsFollowed() throws {
        var spec = try load(Self.yaml)
        let alias = try #require(spec.document.components.schemas["Alias"])
        #expect(alias.isPureReference)
        let resolved = try spec.resolver.resolve(alias)
        #expect(resolved.key?.description == "spec.yaml#/components/schemas/Pet")
        #expect(resolved.schema.types == [.object])
    }

    @Test func typeBesideRef() throws {
        let typed = try load(header + "components:\n  schemas:\n    P: {type: string}\n    Q: {$ref: '#/components/schemas/P', type: string}\n")
        let q = try #require(typed.document.components.schemas["Q"])
        #expect(q.hasStructure)
        #expect(!q.isPureReference)
    }

    @Test func siblingsOfNonSchemaReferencesReplaceTheTargetsWithAWarning() throws {
        var spec = try load(header + """
            components:
              responses:
                A: {description: a, headers: {X-A: {schema: {type: string}}}}
                B: {$ref: '#/components/responses/A', description: b, headers: {}}
            """)
        let written = try #require(spec.document.components.responses["B"])
        #expect(written.reference?.description == "b")
        #expect(spec.warnings.map(\.description) == [
            "spec.yaml:6:59: warning: 'headers' beside '$ref' in response is read as replacing the referenced one's (OpenAPI ignores keys beside '$ref')",
        ])
        let b = try spec.resolver.resolve(written)
        #expect(b.description == "b" && b.headers.isEmpty)
    }
}

/// Validation keywords beside `$ref` narrow the target, so such a schema is no mere alias.
@Suite struct ConstraintBesideReferenceTests {
    @Test func constraintBesideRefIsNotPure() throws {
        var spec = try load(header + "components:\n  schemas:\n    P: {type: string}\n    Q: {$ref: '#/components/schemas/P', maxLength: 3}\n    R: {$ref: '#/components/schemas/Q'}\n")
        let q = try #require(spec.document.components.schemas["Q"])
        #expect(q.maxLength == 3)
        #expect(q.hasConstraints)
        #expect(!q.isPureReference)
        let resolved = try spec.resolver.resolve(q)
        #expect(resolved.key == nil)
        #expect(resolved.schema.maxLength == 3)
        // Following R stops at Q, which still carries its bound.
        let r = try spec.resolver.resolve(try #require(spec.document.components.schemas["R"]))
        #expect(r.key?.pointer.tokens.last == "Q")
        #expect(r.schema.maxLength == 3)
    }

    @Test func annotationsAloneAreNotConstraints() throws {
        let spec = try load(header + "components:\n  schemas:\n    P: {type: string}\n    Q: {$ref: '#/components/schemas/P', nullable: false, x-note: n}\n")
        let q = try #require(spec.document.components.schemas["Q"])
        #expect(!q.hasConstraints)
        #expect(q.isPureReference)
    }

    @Test func nullSiblingDescriptionIsAbsent() throws {
        let spec = try load(header + "components:\n  responses:\n    A: {description: a}\n    B: {$ref: '#/components/responses/A', description: null}\n")
        let reference = try #require(spec.document.components.responses["B"]?.reference)
        #expect(reference.description == nil)
        #expect(reference.summary == nil)
    }
}
