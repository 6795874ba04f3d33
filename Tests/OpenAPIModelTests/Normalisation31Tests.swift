import OpenAPIModel
import Testing

/// OpenAPI 3.1 (JSON Schema 2020-12) spellings land in the same fields as their 3.0 equivalents.
@Suite struct Normalisation31Tests {
    /// `components.schemas.S` of a 3.1 document, with the warnings rendered.
    private func decode31(_ schema: String) throws -> (schema: Schema, warnings: [String]) {
        let (decoded, log) = try decodeSchema(schema, version: "3.1.0")
        return (decoded, log.renderedWarnings)
    }

    @Test func nullInTypeList() throws {
        let (schema, warnings) = try decode31(#"type: [string, "null"]"#)
        #expect(schema.types == [.string])
        #expect(schema.nullable)
        #expect(warnings.isEmpty)
    }

    @Test func nullAloneKeepsAnEmptyTypeList() throws {
        let (schema, _) = try decode31(#"type: "null""#)
        #expect(schema.types == [])
        #expect(schema.nullable)
    }

    @Test func numericExclusiveBounds() throws {
        let (schema, warnings) = try decode31("type: number\nminimum: 1\nexclusiveMinimum: 5\nexclusiveMaximum: 10.5")
        #expect(schema.exclusiveMinimum == SpecNumber(text: "5", isInteger: true))
        #expect(schema.exclusiveMaximum == SpecNumber(text: "10.5", isInteger: false))
        #expect(schema.minimum?.text == "1")
        #expect(warnings.isEmpty)
    }

    @Test func booleanExclusiveMinimumIn31Warns() throws {
        let (schema, warnings) = try decode31("minimum: 5\nexclusiveMinimum: true")
        #expect(schema.exclusiveMinimum?.text == "5")
        #expect(schema.minimum == nil)
        #expect(warnings == ["spec.yaml:8:25: warning: a boolean 'exclusiveMinimum' is OpenAPI 3.0; 3.1 takes the bound itself"])
    }

    @Test func constValue() throws {
        let (schema, _) = try decode31("const: fixed")
        #expect(schema.constValue?.text == "fixed")
        #expect(schema.hasStructure)
    }

    @Test func prefixItems() throws {
        let (schema, warnings) = try decode31("type: array\nprefixItems:\n  - type: string\n  - type: integer\nitems: false")
        #expect(schema.prefixItems?.map(\.types) == [[.string], [.integer]])
        #expect(schema.items?.booleanValue == false)
        #expect(warnings.isEmpty)
    }

    @Test func nullInEnum() throws {
        let (schema, _) = try decode31("type: [string, \"null\"]\nenum: [a, b, null]")
        #expect(schema.nullable)
        #expect(schema.enumValues?.count == 3)
        #expect(schema.enumValues?.last?.scalar == .null)
        let (enumOnly, _) = try decode31("enum: [a, null]")
        #expect(enumOnly.nullable)
        #expect(enumOnly.types == nil)
    }

    @Test func examplesList() throws {
        let (schema, _) = try decode31("type: integer\nexamples: [1, 2]\nexample: 3")
        #expect(schema.examples.map(\.text) == ["1", "2", "3"])
    }

    @Test func nullableIn31WarnsButIsHonoured() throws {
        let (schema, warnings) = try decode31("type: string\nnullable: true")
        #expect(schema.nullable)
        #expect(warnings == [#"spec.yaml:8:7: warning: 'nullable' is OpenAPI 3.0; in 3.1 write type: [T, "null"] (honoured anyway)"#])
    }

    @Test func booleanSchemas() throws {
        let (document, log) = try decode(schemaDocument("type: object\nproperties:\n  anything: true\n  nothing: false", version: "3.1.0"))
        let schema = try #require(document.components.schemas["S"])
        #expect(schema.properties["anything"]?.booleanValue == true)
        #expect(schema.properties["nothing"]?.booleanValue == false)
        #expect(log.diagnostics.isEmpty)
    }
}
