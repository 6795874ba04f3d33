import Foundation
import ReservedNamesModels
import Testing

/// `Fixtures/reserved-names`: the members the generated code adds to every type (`jsonSchema`,
/// `validate`, `violations`, `rawValue`, `unknown`, `CodingKeys`, `init`, …) used by the spec as
/// property names, enum values, union alternatives and schema names. That the module compiles is
/// half the test; these check that both the spec's names and the runtime's still work.
@Suite struct ReservedNamesTests {
    @Test func propertiesNamedLikeRuntimeMembersRoundTripAndValidate() throws {
        let json = """
            {"jsonSchema": "s", "validate": true, "violations": ["v"], "collectViolations": 3, "rawValue": "r",
             "unknown": "u", "CodingKeys": "c", "init": "i", "allCases": "a", "encode": "e", "hashValue": "h",
             "JSONSchema": {"type": "t"}, "Validatable": {"strict": false}, "kind": "rawValue",
             "choice": {"type": "JsonSchema", "name": "mistral"}}
            """
        let (value, reencoded) = try TestJSON.roundTrip(Members.self, json)
        #expect([value.jsonSchema, value.rawValue, value.unknown, value.codingKeys, value.`init`, value.allCases] == ["s", "r", "u", "c", "i", "a"])
        #expect(value.validate && value.violations == ["v"] && value.collectViolations == 3)
        #expect(value.encode == "e" && value.hashValue2 == "h")
        #expect(value.jsonSchema2?.type == "t" && value.validatable?.strict == false)
        #expect(value.kind == .rawValue)
        #expect(value.choice == .jsonSchema2(JsonSchema(type: "JsonSchema", name: "mistral")))
        #expect(try TestJSON.normalized(reencoded) == TestJSON.normalized(json))
        // The runtime's members are still reachable beside the spec's properties of the same name.
        #expect(value.violations() == [])
        #expect(throws: Never.self) { try value.validate() }
        #expect(Members.jsonSchema.violations(json: ["validate": true]).map(\.description) == [
            "$.jsonSchema: is required",
        ])
    }

    @Test func violationsOfAPropertyNamedJSONSchemaAreReportedAtItsPath() throws {
        let invalid = Members(jsonSchema: "", validate: false, choice: .jsonSchema2(JsonSchema(type: "JsonSchema", name: "Not Snake")))
        #expect(invalid.violations().map(\.description) == [
            "$.choice.name: must match the pattern ^[a-z_]+$",
            "$.jsonSchema: must be at least 1 character, found 0",
        ])
        #expect(throws: ValidationError.self) { try invalid.validate() }
    }

    @Test func enumValuesNamedLikeRuntimeMembersAreCasesAndUnknownValuesStillFallBack() throws {
        let raws = ["jsonSchema", "json_schema", "validate", "violations", "collectViolations", "rawValue", "unknown",
                    "CodingKeys", "init", "allCases", "encode"]
        let values = try TestJSON.decode([Cases].self, try TestJSON.encode(raws))
        #expect(values == [.jsonSchema2, .jsonSchema3, .validate, .violations, .collectViolations, .rawValue, .unknown2,
                           .codingKeys, .`init`, .allCases, .encode])
        #expect(values.map(\.rawValue) == raws)
        #expect(Cases(rawValue: "json-schema") == .unknown("json-schema"))
        #expect(throws: Never.self) { try Cases.validate(json: "rawValue") }
        #expect(Cases.violations(json: "nope").map(\.description) == [
            #"$: must be one of "jsonSchema", "json_schema", "validate", "violations", "collectViolations", "rawValue", "unknown", "CodingKeys", "init", "allCases", "encode", found "nope""#,
        ])
    }

    @Test func unionAlternativesNamedLikeRuntimeMembersDecodeByDiscriminator() throws {
        let json = """
            [{"type": "json_schema", "schema": {"a": 1}}, {"type": "JsonSchema", "name": "n"}, {"type": "validate", "strict": true},
             {"type": "violations", "count": 2}, {"type": "rawValue", "text": "t"}, {"type": "unknown"}]
            """
        let (values, reencoded) = try TestJSON.roundTrip([Alternatives].self, json)
        #expect(values == [
            .jsonSchemaModel(JSONSchemaModel(type: "json_schema", schema: ["a": 1])),
            .jsonSchema2(JsonSchema(type: "JsonSchema", name: "n")),
            .validate(Validate(type: "validate", strict: true)),
            .violations(Violations(type: "violations", count: 2)),
            .rawValue(RawValue(type: "rawValue", text: "t")),
            .unknown(Unknown(type: "unknown")),
        ])
        #expect(try TestJSON.normalized(reencoded) == TestJSON.normalized(json))
        #expect(Alternatives.violations(test: .violations(Violations(type: "violations", count: -1))) == [
            "$.count: must be at least 0, found -1",
        ])
    }

    @Test func schemasNamedLikeRuntimeTypesGetTypesOfTheirOwn() throws {
        let keys = try TestJSON.decode(CodingKeysModel.self, #"{"key": "k"}"#)
        let schema = try TestJSON.decode(JSONSchemaModel2.self, #"{"draft": "2020-12"}"#)
        let validatable = try TestJSON.decode(ValidatableModel.self, #"{"ok": true}"#)
        let initial = try TestJSON.decode(Init.self, #"{"value": "v"}"#)
        #expect([keys.key, schema.draft, initial.value] == ["k", "2020-12", "v"])
        #expect(validatable.ok == true)
        // The runtime's own `JSONSchema` and `Validatable` are untouched by the spec's schemas of those names.
        let runtimeSchema: JSONSchema = ValidatableModel.jsonSchema
        #expect(runtimeSchema.violations(json: ["ok": "yes"]).map(\.description) == ["$.ok: must be a boolean, found a string"])
    }
}

private extension Alternatives {
    /// The violations of one union value, as text.
    static func violations(test value: Alternatives) -> [String] {
        value.violations().map(\.description)
    }
}
