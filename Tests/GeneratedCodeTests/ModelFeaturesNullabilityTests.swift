import Foundation
import ModelFeaturesModels
import Testing

/// Nullable properties in the OpenAPI 3.1 forms (`type: [T, "null"]`, `enum` with `null`,
/// `oneOf` with a `null` alternative, a nullable component) and `const`.
@Suite struct ModelFeaturesNullabilityTests {
    @Test func nullAndAbsentAreKeptApartWhereBothAreAllowed() throws {
        let nulls = try TestJSON.decode(Nullables.self, """
            {"requiredNullable": null, "optionalNullable": null, "requiredNullableRef": null,
             "mode": null, "reviewer": null, "choice": null}
            """)
        #expect(nulls == Nullables(requiredNullable: nil, optionalNullable: .null, requiredNullableRef: nil, mode: .null,
                                   reviewer: nil, choice: nil))
        let absent = try TestJSON.decode(Nullables.self, "{}")
        #expect(absent.optionalNullable == .absent)
        #expect(absent.mode == .absent)
        #expect(absent != nulls)
        // Required nullable properties have no third state: a missing key is `nil` like `null`.
        #expect(absent.requiredNullable == nil)
    }

    @Test func valuesDecodeWhereNullIsAllowed() throws {
        let values = try TestJSON.decode(Nullables.self, """
            {"requiredNullable": "x", "optionalNullable": 3, "requiredNullableRef": {"name": "Ada"},
             "mode": "fast", "reviewer": {"name": "Grace"}, "choice": 7}
            """)
        #expect(values.requiredNullable == "x")
        #expect(values.optionalNullable == .value(3))
        #expect(values.optionalNullable.value == 3)
        #expect(values.requiredNullableRef == Person(name: "Ada"))
        #expect(values.mode == .value(.fast))
        #expect(values.reviewer == NullablePerson(name: "Grace"))
        #expect(values.choice == .int(7))
    }

    @Test func requiredNullablePropertiesAreSentAsNullAndOptionalOnesAsTheySay() throws {
        let value = Nullables(requiredNullable: nil, requiredNullableRef: nil, reviewer: nil, choice: nil)
        #expect(try TestJSON.encode(value) == #"{"choice":null,"requiredNullable":null,"requiredNullableRef":null,"reviewer":null}"#)
        let cleared = Nullables(requiredNullable: nil, optionalNullable: .null, requiredNullableRef: nil, mode: .null, reviewer: nil, choice: nil)
        #expect(try TestJSON.encode(cleared) == """
            {"choice":null,"mode":null,"optionalNullable":null,"requiredNullable":null,"requiredNullableRef":null,"reviewer":null}
            """)
        let filled = Nullables(requiredNullable: "x", optionalNullable: .value(1), requiredNullableRef: Person(name: "Ada"),
                               mode: .value(.unknown("medium")), reviewer: NullablePerson(), choice: .string("s"))
        #expect(try TestJSON.encode(filled) == """
            {"choice":"s","mode":"medium","optionalNullable":1,"requiredNullable":"x","requiredNullableRef":{"name":"Ada"},"reviewer":{}}
            """)
    }

    @Test func nullablesRoundTrip() throws {
        for json in [
            #"{"choice":"s","mode":"slow","requiredNullable":null,"requiredNullableRef":{"name":"Ada"},"reviewer":null}"#,
            #"{"choice":null,"mode":null,"optionalNullable":null,"requiredNullable":null,"requiredNullableRef":null,"reviewer":null}"#,
        ] {
            let (_, reencoded) = try TestJSON.roundTrip(Nullables.self, json)
            #expect(reencoded == json)
        }
        let (value, _) = try TestJSON.roundTrip(Nullables.self, #"{"choice":"s","mode":"slow","requiredNullable":null,"requiredNullableRef":null,"reviewer":null}"#)
        #expect(value.mode == .value(.slow))
    }

    @Test func constantsDecodeEncodeAndDefaultInTheInitializer() throws {
        let constants = Constants()
        #expect(constants.kind == "widget")
        #expect(constants.version == 2)
        #expect(constants.enabled == nil)
        #expect(try TestJSON.encode(constants) == #"{"kind":"widget","version":2}"#)
        let decoded = try TestJSON.decode(Constants.self, #"{"kind": "widget", "version": 2, "enabled": true}"#)
        #expect(decoded == Constants(enabled: true))
        // `const` is checked by validators, not by decoding: the required key must still be there.
        #expect(throws: DecodingError.self) { try TestJSON.decode(Constants.self, #"{"kind": "widget"}"#) }
    }
}
