import Foundation
import SpecsmithRuntime
import Testing

/// Typed validation checks the members of encoded objects where the encoder left them, without a
/// dictionary in between: its violations must be the ones raw JSON of the same value gets, in the
/// same order (by member name at every level, declared properties before undeclared ones).
@Suite struct TypedValidationOrderTests {
    /// Members in an order that is not their names' order, a nested object behind a `$ref`, a map
    /// checked by `additionalProperties`, an array of objects, and an undeclared member.
    struct Order: Encodable {
        var zone: String
        var address: Address
        var tags: [String: String]
        var lines: [Address]
        var extra: Int
    }

    struct Address: Encodable {
        var street: String
        var city: String
    }

    private static let address = JSONSchema(json: #"{"type":"object","properties":{"street":{"minLength":5},"city":{"maxLength":3}}}"#)
    private static let order = JSONSchema(json: #"""
        {"type":"object",
         "properties":{
           "zone":{"type":"string","pattern":"^[A-Z]+$"},
           "address":{"$ref":"Address"},
           "tags":{"type":"object","additionalProperties":{"maxLength":2}},
           "lines":{"type":"array","items":{"$ref":"Address"}}},
         "additionalProperties":{"maximum":10}}
        """#, references: ["Address": { address }])

    private func rawViolations(_ value: Order) throws -> [String] {
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        return Self.order.violations(json: json).map(\.description)
    }

    private func typedViolations(_ value: Order) -> [String] {
        do {
            try Self.order.validate(value: value)
            return []
        } catch {
            return error.violations.map(\.description)
        }
    }

    @Test func typedViolationsAreTheRawOnesInTheSameOrder() throws {
        let invalid = Order(
            zone: "north", address: Address(street: "Elm", city: "Springfield"),
            tags: ["b": "long", "a": "longer", "ok": "y"], lines: [Address(street: "Oak", city: "Oslo")],
            extra: 11)
        let typed = typedViolations(invalid)
        #expect(typed == [
            "$.address.city: must be at most 3 characters, found 11",
            "$.address.street: must be at least 5 characters, found 3",
            "$.lines[0].city: must be at most 3 characters, found 4",
            "$.lines[0].street: must be at least 5 characters, found 3",
            "$.tags.a: must be at most 2 characters, found 6",
            "$.tags.b: must be at most 2 characters, found 4",
            "$.zone: must match the pattern ^[A-Z]+$",
            "$.extra: must be at most 10, found 11",
        ])
        #expect(typed == (try rawViolations(invalid)))
    }

    @Test func aValidValueHasNoViolationsEitherWay() throws {
        let valid = Order(
            zone: "NORTH", address: Address(street: "Elm Street", city: "Rio"),
            tags: ["a": "ok"], lines: [], extra: 3)
        #expect(typedViolations(valid) == [])
        #expect(try rawViolations(valid) == [])
    }
}
