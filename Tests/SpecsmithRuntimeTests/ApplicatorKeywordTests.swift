import Foundation
import SpecsmithRuntime
import Testing

/// The JSON Schema 2020-12 keywords beyond the basics: each reports its violations at a JSON path.
@Suite struct ApplicatorKeywordTests {
    static func violations(_ schema: String, _ instance: String) throws -> [String] {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(instance.utf8))
        return JSONSchema(json: schema).violations(json: value).map(\.description)
    }

    @Test func ifThenElse() throws {
        let schema = #"{"if": {"properties": {"kind": {"const": "card"}}}, "then": {"required": ["number"]}, "else": {"required": ["iban"]}}"#
        #expect(try Self.violations(schema, #"{"kind": "card", "number": "4"}"#).isEmpty)
        #expect(try Self.violations(schema, #"{"kind": "card"}"#) == ["$.number: is required"])
        #expect(try Self.violations(schema, #"{"kind": "bank"}"#) == ["$.iban: is required"])
        #expect(try Self.violations(#"{"then": false}"#, "1").isEmpty)
    }

    @Test func dependentRequiredAndDependentSchemas() throws {
        let schema = #"{"dependentRequired": {"card": ["billing"]}, "dependentSchemas": {"gift": {"properties": {"note": {"maxLength": 2}}}}}"#
        #expect(try Self.violations(schema, #"{"card": 1}"#) == ["$.billing: is required when 'card' is present"])
        #expect(try Self.violations(schema, #"{"gift": true, "note": "long"}"#) == ["$.note: must be at most 2 characters, found 4"])
        #expect(try Self.violations(schema, #"{"note": "long"}"#).isEmpty)
    }

    @Test func propertyNames() throws {
        let schema = #"{"propertyNames": {"pattern": "^[a-z]+$"}}"#
        #expect(try Self.violations(schema, #"{"ok": 1, "Bad": 2}"#) == ["$.Bad: is not an allowed property name: it must match the pattern ^[a-z]+$"])
    }

    @Test func containsWithBounds() throws {
        let schema = #"{"contains": {"type": "integer"}, "minContains": 2, "maxContains": 3}"#
        #expect(try Self.violations(schema, #"[1, "a", 2]"#).isEmpty)
        #expect(try Self.violations(schema, #"[1, "a"]"#) == ["$: must contain at least 2 items matching 'contains', found 1"])
        #expect(try Self.violations(schema, "[1, 2, 3, 4]") == ["$: must contain at most 3 items matching 'contains', found 4"])
        #expect(try Self.violations(#"{"contains": {"const": 1}}"#, "[]") == ["$: must contain at least 1 item matching 'contains', found 0"])
        #expect(try Self.violations(#"{"contains": {"const": 1}, "minContains": 0}"#, "[]").isEmpty)
    }

    @Test func prefixItemsWithItemsFalse() throws {
        let schema = #"{"prefixItems": [{"type": "number"}, {"type": "string"}], "items": false}"#
        #expect(try Self.violations(schema, #"[1, "a"]"#).isEmpty)
        #expect(try Self.violations(schema, #"["x"]"#) == ["$[0]: must be a number, found a string"])
        #expect(try Self.violations(schema, #"[1, "a", 3]"#) == ["$: must have at most 2 items (no items beyond 'prefixItems'), found 3"])
    }

    @Test func unevaluatedPropertiesSeesThroughAllOfAndConditionals() throws {
        let schema = #"""
            {"allOf": [{"properties": {"a": {}}}], "anyOf": [{"properties": {"b": {}}, "required": ["b"]}, {"required": ["c"]}],
             "if": {"required": ["d"]}, "then": {"properties": {"e": {}}},
             "unevaluatedProperties": false}
            """#
        #expect(try Self.violations(schema, #"{"a": 1, "b": 2}"#).isEmpty)
        #expect(try Self.violations(schema, #"{"a": 1, "b": 2, "z": 3}"#) == ["$.z: is not a property the schema allows (unevaluatedProperties)"])
        // `e` counts only when `if` matches, and `d` only as the `required` of `if`, which evaluates nothing.
        #expect(try Self.violations(schema, #"{"b": 1, "d": 1, "e": 2}"#) == ["$.d: is not a property the schema allows (unevaluatedProperties)"])
        #expect(try Self.violations(schema, #"{"b": 1, "e": 2}"#) == ["$.e: is not a property the schema allows (unevaluatedProperties)"])
        #expect(try Self.violations(#"{"unevaluatedProperties": {"type": "integer"}}"#, #"{"n": "x"}"#) == ["$.n: must be an integer, found a string"])
    }

    @Test func unevaluatedItems() throws {
        let schema = #"{"prefixItems": [{}], "allOf": [{"contains": {"const": "x"}}], "unevaluatedItems": {"type": "integer"}}"#
        #expect(try Self.violations(schema, #"["any", "x", 2]"#).isEmpty)
        #expect(try Self.violations(schema, #"["any", "x", "y"]"#) == ["$[2]: must be an integer, found a string"])
    }
}
