import OpenAPIModel
import Resolver
import Testing

/// Chains of references are followed to their end.
@Suite struct ReferenceChainTests {
    @Test func schemaChain() throws {
        var spec = try load(header + """
            components:
              schemas:
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/C'}
                C: {type: string, format: email}
            """)
        let a = try #require(spec.document.components.schemas["A"])
        let resolved = try spec.resolver.resolve(a)
        #expect(resolved.key?.pointer.tokens == ["components", "schemas", "C"])
        #expect(resolved.schema.types == [.string])
        #expect(resolved.schema.format == "email")
    }

    @Test func parameterChain() throws {
        var spec = try load(header + """
            paths:
              /a:
                get:
                  parameters: [{$ref: '#/components/parameters/P1'}]
                  responses: {'200': {description: OK}}
            components:
              parameters:
                P1: {$ref: '#/components/parameters/P2'}
                P2: {$ref: '#/components/parameters/P3'}
                P3: {name: limit, in: query, schema: {type: integer}}
            """)
        let operation = try #require(spec.document.paths["/a"]?.operations.first?.operation.value)
        let parameter = try spec.resolver.resolve(try #require(operation.parameters.first))
        #expect(parameter.name == "limit")
        #expect(parameter.placement == .query)
    }

    @Test func pathItemReferenceMergesOwnFields() throws {
        var spec = try load(header + """
            paths:
              /a:
                $ref: '#/components/pathItems/Shared'
                summary: own summary
                post: {responses: {'201': {description: created}}}
            components:
              pathItems:
                Shared:
                  summary: shared
                  description: shared description
                  get: {responses: {'200': {description: OK}}}
                  post: {responses: {'200': {description: replaced}}}
            """)
        let item = try #require(spec.document.paths["/a"])
        let resolved = try spec.resolver.resolve(item, name: "path '/a'")
        #expect(resolved.ref == nil)
        #expect(resolved.summary == "own summary")
        #expect(resolved.description == "shared description")
        #expect(resolved.operations.map(\.method) == [.get, .post])
        #expect(resolved.operations.last?.operation.value?.responses.entries.first?.key == .status(201))
    }
}
