import Foundation
import SpecsmithRuntime
import Testing

/// The schema interpreter, keyword family by keyword family, with the JSON paths it reports.
@Suite struct JSONSchemaTests {
    private func violations(_ schema: String, _ value: JSONValue, references: [String: JSONSchema.Reference] = [:]) -> [String] {
        JSONSchema(json: schema, references: references).violations(json: value).map(\.description)
    }

    private func accepts(_ schema: String, _ value: JSONValue) -> Bool {
        violations(schema, value).isEmpty
    }

    // MARK: Types

    @Test func types() {
        #expect(accepts(#"{"type":"string"}"#, "a"))
        #expect(violations(#"{"type":"string"}"#, 1) == ["$: must be a string, found an integer"])
        #expect(violations(#"{"type":["string","null"]}"#, true) == ["$: must be null or a string, found a boolean"])
        #expect(accepts(#"{"type":["string","null"]}"#, nil))
        #expect(accepts(#"{"type":"number"}"#, 1))
        #expect(accepts(#"{"type":"integer"}"#, .number(2.0)))
        #expect(violations(#"{"type":"integer"}"#, 2.5) == ["$: must be an integer, found a number"])
        #expect(!accepts(#"{"type":"boolean"}"#, 0))
        #expect(!accepts(#"{"type":"object"}"#, []))
        #expect(!accepts(#"{"type":"array"}"#, [:]))
    }

    /// The other keywords would only repeat a type mismatch.
    @Test func aTypeMismatchIsReportedAlone() {
        #expect(violations(#"{"type":"string","minLength":3,"enum":["abc"]}"#, 5) == ["$: must be a string, found an integer"])
    }

    // MARK: enum and const

    @Test func enumAndConst() {
        #expect(accepts(#"{"enum":["a",1,null]}"#, 1))
        #expect(accepts(#"{"enum":[1]}"#, .number(1.0)))
        #expect(violations(#"{"enum":["a","b"]}"#, "c") == [#"$: must be one of "a", "b", found "c""#])
        #expect(accepts(#"{"const":{"a":[1,2]}}"#, ["a": [1, 2]]))
        #expect(violations(#"{"const":true}"#, 1) == ["$: must be true, found 1"])
        // Code point by code point: a decomposed "é" is not the precomposed one.
        #expect(!accepts(#"{"const":"\u00e9"}"#, "e\u{0301}"))
    }

    // MARK: Numbers

    @Test func numericBounds() {
        let schema = #"{"minimum":1,"maximum":10}"#
        #expect(accepts(schema, 1) && accepts(schema, 10) && accepts(schema, 5.5))
        #expect(violations(schema, 0) == ["$: must be at least 1, found 0"])
        #expect(violations(schema, 10.5) == ["$: must be at most 10, found 10.5"])
        let exclusive = #"{"exclusiveMinimum":0,"exclusiveMaximum":1}"#
        #expect(violations(exclusive, 0) == ["$: must be greater than 0, found 0"])
        #expect(violations(exclusive, 1) == ["$: must be less than 1, found 1"])
        #expect(accepts(exclusive, 0.5))
    }

    @Test func integersCompareExactly() {
        // 2^53 + 1 is not representable as a double; comparing through Double would call it equal to 2^53.
        #expect(violations(#"{"maximum":9007199254740992}"#, .integer(9_007_199_254_740_993)) == ["$: must be at most 9007199254740992, found 9007199254740993"])
        #expect(accepts(#"{"maximum":9223372036854775807}"#, .integer(.max)))
    }

    @Test func multipleOf() {
        #expect(accepts(#"{"multipleOf":3}"#, 9))
        #expect(violations(#"{"multipleOf":3}"#, 10) == ["$: must be a multiple of 3, found 10"])
        #expect(accepts(#"{"multipleOf":0.01}"#, 0.07))
        #expect(accepts(#"{"multipleOf":0.1}"#, 1.1))
        #expect(!accepts(#"{"multipleOf":0.01}"#, 0.075))
        // Zero or negative divisors are not schemas' business: ignored rather than dividing by zero.
        #expect(accepts(#"{"multipleOf":0}"#, 7))
    }

    // MARK: Strings

    @Test func lengthsCountUnicodeScalars() {
        #expect(violations(#"{"minLength":2}"#, "a") == ["$: must be at least 2 characters, found 1"])
        #expect(violations(#"{"maxLength":1}"#, "ab") == ["$: must be at most 1 character, found 2"])
        #expect(accepts(#"{"maxLength":1}"#, "🙂"))
        #expect(!accepts(#"{"maxLength":1}"#, "e\u{0301}"))
    }

    @Test func patternsMatchAnywhere() {
        #expect(accepts(#"{"pattern":"b+"}"#, "abbc"))
        #expect(violations(#"{"pattern":"^[a-z]+$"}"#, "abC") == ["$: must match the pattern ^[a-z]+$"])
        // A pattern that does not compile is skipped, not a violation of every value.
        #expect(accepts(#"{"pattern":"("}"#, "x"))
    }

    @Test(arguments: [
        ("date-time", "2026-01-29T10:30:00Z", "2026-01-29"),
        ("date", "2026-01-29", "2026-02-30"),
        ("time", "10:30:00+02:00", "25:00:00Z"),
        ("email", "a.b@example.com", "a@"),
        ("uri", "https://example.com/a?b#c", "/relative"),
        ("uri-reference", "/relative?x", "a b"),
        ("uuid", "123e4567-e89b-12d3-a456-426614174000", "123e4567e89b12d3a456426614174000"),
        ("ipv4", "192.168.0.1", "256.1.1.1"),
        ("ipv6", "2001:db8::1", "2001:db8:::1"),
        ("hostname", "api.example.com", "-bad-.example.com"),
    ])
    func formats(_ format: String, _ good: String, _ bad: String) {
        let schema = #"{"format":"\#(format)"}"#
        #expect(accepts(schema, .string(good)), "\(format) should accept \(good)")
        #expect(!accepts(schema, .string(bad)), "\(format) should refuse \(bad)")
    }

    @Test func unknownFormatsAreAnnotationsOnly() {
        #expect(accepts(#"{"format":"credit-card"}"#, "anything"))
    }

    @Test func messagesDoNotQuoteStringValues() {
        let found = violations(#"{"maxLength":3,"pattern":"^x","format":"email"}"#, "s3cret-password")
        #expect(found.count == 3)
        #expect(!found.joined().contains("s3cret"))
    }

    // MARK: Arrays

    @Test func arrays() {
        #expect(violations(#"{"minItems":2}"#, [1]) == ["$: must have at least 2 items, found 1"])
        #expect(violations(#"{"maxItems":1}"#, [1, 2]) == ["$: must have at most 1 item, found 2"])
        #expect(violations(#"{"uniqueItems":true}"#, [1, 2, .number(1.0)]) == ["$: must not contain duplicates, found items 0 and 2 equal"])
        #expect(accepts(#"{"uniqueItems":true}"#, [["a": 1], ["a": 2]]))
        #expect(!accepts(#"{"uniqueItems":true}"#, [["a": 1, "b": 2], ["b": 2, "a": 1]]))
        #expect(violations(#"{"items":{"type":"integer"}}"#, [1, "x", 3, true]) == [
            "$[1]: must be an integer, found a string", "$[3]: must be an integer, found a boolean",
        ])
        #expect(violations(#"{"prefixItems":[{"type":"string"}],"items":{"type":"integer"}}"#, ["a", 1, "b"]) == ["$[2]: must be an integer, found a string"])
    }

    // MARK: Objects

    @Test func requiredAndPropertiesWithPaths() {
        let schema = #"{"type":"object","required":["id","name"],"properties":{"id":{"type":"integer"},"tags":{"type":"array","items":{"type":"string","maxLength":2}}}}"#
        #expect(violations(schema, ["id": "x", "tags": ["ok", "long"]]) == [
            "$.name: is required", "$.id: must be an integer, found a string", "$.tags[1]: must be at most 2 characters, found 4",
        ])
    }

    @Test func keysThatAreNotIdentifiersAreBracketed() {
        let schema = #"{"additionalProperties":{"type":"string"}}"#
        #expect(violations(schema, ["content-type": 1, "it's": 2, "1st": 3, "ok_$1": 4]) == [
            "$['1st']: must be a string, found an integer",
            "$['content-type']: must be a string, found an integer",
            "$['it\\'s']: must be a string, found an integer",
            "$.ok_$1: must be a string, found an integer",
        ])
    }

    @Test func additionalAndPatternProperties() {
        let closed = #"{"properties":{"a":{}},"additionalProperties":false}"#
        #expect(violations(closed, ["a": 1, "b": 2]) == ["$.b: is not a property the schema allows"])
        let patterned = #"{"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":{"type":"integer"}}"#
        #expect(violations(patterned, ["x-a": 1, "y": "z", "n": 2]) == [
            "$['x-a']: must be a string, found an integer", "$.y: must be an integer, found a string",
        ])
    }

    @Test func propertyCounts() {
        #expect(violations(#"{"minProperties":1}"#, [:]) == ["$: must have at least 1 property, found 0"])
        #expect(violations(#"{"maxProperties":1}"#, ["a": 1, "b": 2]) == ["$: must have at most 1 property, found 2"])
    }

    // MARK: Composition

    @Test func allOfReportsEveryMember() {
        #expect(violations(#"{"allOf":[{"minimum":5},{"multipleOf":2}]}"#, 3) == ["$: must be at least 5, found 3", "$: must be a multiple of 2, found 3"])
    }

    @Test func oneOfNeedsExactlyOne() {
        let schema = #"{"oneOf":[{"type":"integer"},{"type":"number","minimum":0}]}"#
        #expect(accepts(schema, -1))
        #expect(accepts(schema, 0.5))
        #expect(violations(schema, 1) == ["$: must match exactly one of the alternatives, matches 2: 1, 2"])
        let none = violations(schema, "x")
        #expect(none.count == 1)
        #expect(none.first?.hasPrefix("$: must match exactly one of the alternatives, matches none: 1: $: must be an integer") == true)
    }

    @Test func anyOfAndNot() {
        #expect(accepts(#"{"anyOf":[{"type":"integer"},{"minimum":0}]}"#, 1))
        #expect(!accepts(#"{"anyOf":[{"type":"integer"},{"type":"string"}]}"#, true))
        #expect(violations(#"{"not":{"type":"string"}}"#, "a") == ["$: must not match the schema in 'not'"])
        #expect(accepts(#"{"not":{"type":"string"}}"#, 1))
    }

    @Test func booleanSchemas() {
        #expect(accepts("true", ["anything": [1]]))
        #expect(violations("false", 1) == ["$: is not allowed here (the schema is false)"])
        #expect(violations(#"{"properties":{"gone":false}}"#, ["gone": 1]) == ["$.gone: is not allowed here (the schema is false)"])
    }

    // MARK: References and discriminators

    @Test func referencesResolveLazilyAndMayRecurse() {
        final class Holder: @unchecked Sendable { var node: JSONSchema? }
        let holder = Holder()
        let node = JSONSchema(json: #"{"type":"object","properties":{"value":{"type":"integer"},"next":{"$ref":"Node"}}}"#,
                              references: ["Node": { holder.node ?? JSONSchema(json: "true") }])
        holder.node = node
        #expect(node.violations(json: ["value": 1, "next": ["value": 2, "next": ["value": "three"]]]).map(\.description)
            == ["$.next.next.value: must be an integer, found a string"])
    }

    @Test func discriminatorPicksTheAlternative() {
        let cat = JSONSchema(json: #"{"type":"object","required":["meows"],"properties":{"meows":{"type":"boolean"}}}"#)
        let dog = JSONSchema(json: #"{"type":"object","required":["barks"]}"#)
        let pet = #"{"oneOf":[{"$ref":"Cat"},{"$ref":"Dog"}],"discriminator":{"propertyName":"kind","mapping":{"cat":"Cat","dog":"Dog"}}}"#
        let references: [String: JSONSchema.Reference] = ["Cat": { cat }, "Dog": { dog }]
        #expect(violations(pet, ["kind": "cat", "meows": true], references: references).isEmpty)
        #expect(violations(pet, ["kind": "dog", "meows": true], references: references) == ["$.barks: is required"])
        #expect(violations(pet, ["kind": "fish"], references: references) == [#"$.kind: must be one of "cat", "dog", found "fish""#])
        #expect(violations(pet, ["meows": true], references: references) == ["$.kind: is required (it tells the alternatives apart)"])
    }

    // MARK: Robustness

    @Test func badSchemasReportInsteadOfCrashing() {
        #expect(violations("{not json", 1) == ["$: cannot be validated: its schema is not valid JSON"])
        #expect(violations("3", 1) == ["$: cannot be validated: its schema is neither an object nor a boolean"])
        #expect(violations(#"{"$ref":"Missing"}"#, 1) == ["$: cannot be validated: its schema refers to 'Missing', which it was not given"])
    }

    @Test func deepNestingStopsWithAViolation() {
        var value: JSONValue = 1
        for _ in 0..<300 { value = [value] }
        final class Holder: @unchecked Sendable { var schema: JSONSchema? }
        let holder = Holder()
        let schema = JSONSchema(json: #"{"items":{"$ref":"Self"}}"#, references: ["Self": { holder.schema ?? JSONSchema(json: "true") }])
        holder.schema = schema
        let found = schema.violations(json: value)
        #expect(found.map(\.message) == ["is nested too deeply to validate"])
    }

    @Test func validateThrowsEveryViolationAtOnce() {
        let schema = JSONSchema(json: #"{"required":["a","b"]}"#)
        #expect(throws: ValidationError(violations: [Violation(path: "$.a", message: "is required"), Violation(path: "$.b", message: "is required")])) {
            try schema.validate(json: [:])
        }
        #expect(throws: ValidationError(violations: [Violation(path: "$", message: "is not valid JSON")])) {
            try schema.validate(jsonData: Data("{".utf8))
        }
        #expect(ValidationError(violations: [Violation(path: "$.a", message: "is required")]).description
            == "The value does not match its schema (1 violation):\n  $.a: is required")
    }

    // MARK: Typed values

    @Test func typedValuesSkipWhatTheirTypeEnforces() throws {
        struct Pet: Encodable { var name: String; var status: String }
        let schema = JSONSchema(json: #"{"required":["id"],"properties":{"name":{"maxLength":3},"status":{"enum":["on","off"]}},"additionalProperties":false}"#)
        do {
            try schema.validate(value: Pet(name: "Rover", status: "lost"))
            Issue.record("a too-long name passed")
        } catch {
            // `required` and `additionalProperties: false` are the type's business; an unknown enum value
            // is what an open enum keeps.
            #expect(error.violations.map(\.description) == ["$.name: must be at most 3 characters, found 5"])
        }
        #expect(throws: ValidationError.self) {
            try schema.validate(value: Pet(name: "Rex", status: "lost"), options: .reportUnknownEnumValues)
        }
    }
}
