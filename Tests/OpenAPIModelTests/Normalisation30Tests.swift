import OpenAPIModel
import Testing

/// OpenAPI 3.0 spellings are normalised into the model's 3.1-shaped fields.
@Suite struct Normalisation30Tests {
    @Test func nullable() throws {
        let (schema, log) = try decodeSchema("type: string\nnullable: true")
        #expect(schema.types == [.string])
        #expect(schema.nullable)
        #expect(log.diagnostics.isEmpty)
        let (plain, _) = try decodeSchema("type: string\nnullable: false")
        #expect(!plain.nullable)
    }

    @Test func booleanExclusiveMinimumMovesTheBound() throws {
        let (schema, log) = try decodeSchema("type: integer\nminimum: 5\nexclusiveMinimum: true")
        #expect(schema.exclusiveMinimum == SpecNumber(text: "5", isInteger: true))
        #expect(schema.minimum == nil)
        #expect(log.diagnostics.isEmpty)
    }

    @Test func booleanExclusiveMaximumMovesTheBound() throws {
        // Order does not matter: the flag may come before the bound.
        let (schema, _) = try decodeSchema("type: number\nexclusiveMaximum: true\nmaximum: 9.5")
        #expect(schema.exclusiveMaximum == SpecNumber(text: "9.5", isInteger: false))
        #expect(schema.maximum == nil)
    }

    @Test func falseExclusiveMinimumKeepsTheInclusiveBound() throws {
        let (schema, _) = try decodeSchema("type: integer\nminimum: 5\nexclusiveMinimum: false")
        #expect(schema.minimum?.text == "5")
        #expect(schema.exclusiveMinimum == nil)
    }

    @Test func exampleJoinsExamples() throws {
        let (schema, log) = try decodeSchema("type: string\nexample: hello")
        #expect(schema.examples.map(\.text) == ["hello"])
        #expect(log.diagnostics.isEmpty)
    }

    @Test func typeListIsAcceptedWithAWarning() throws {
        let (schema, log) = try decodeSchema("type: [string, integer]")
        #expect(schema.types == [.string, .integer])
        #expect(log.renderedWarnings == ["spec.yaml:7:13: warning: a list of types is OpenAPI 3.1; 3.0 takes one type (read anyway)"])
    }
}
