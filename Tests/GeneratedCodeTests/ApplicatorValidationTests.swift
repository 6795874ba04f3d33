import Foundation
import Testing
import ValidationKeywordsModels

/// The 2020-12 applicators in generated code (the `Shipment`, `Readings` and `Batch` schemas of the
/// validation-keywords fixture), typed and raw.
@Suite struct ApplicatorValidationTests {
    @Test func conditionalRequiredPropertiesAreCheckedOnTypedValuesToo() {
        #expect(Shipment(method: "locker", locker: "L-12").violations().isEmpty)
        #expect(Shipment(method: "locker").violations().map(\.description) == ["$.locker: is required"])
        #expect(Shipment(method: "post").violations().map(\.description) == ["$.address: is required"])
        #expect(Shipment(address: "1 Main St", giftNote: "Hi").violations().map(\.description) == [
            "$.wrapping: is required when 'giftNote' is present",
        ])
        #expect(Shipment(address: "1 Main St", giftNote: String(repeating: "x", count: 41), wrapping: "red").violations().map(\.description) == [
            "$.giftNote: must be at most 40 characters, found 41",
        ])
    }

    @Test func rawJSONMeetsPropertyNamesAndUnevaluatedProperties() {
        let json: JSONValue = ["address": "1 Main St", "Extra": 1]
        #expect(Shipment.violations(json: json).map(\.description) == [
            "$.Extra: is not an allowed property name: it must match the pattern ^[a-z][A-Za-z]*$",
            "$.Extra: is not a property the schema allows (unevaluatedProperties)",
        ])
    }

    /// A typed value skips what its type settles, but a `[JSONValue]` settles nothing about its elements.
    @Test func typedFreeFormValuesAreCheckedInFull() {
        #expect(throws: ValidationError.self) { try JSONSchemas.Readings.validate(value: ["t", 1.5, 2] as [JSONValue]) }
        #expect(throws: ValidationError.self) { try JSONSchemas.Readings.validate(value: [1, 1.5] as [JSONValue]) }
        #expect(throws: Never.self) { try JSONSchemas.Readings.validate(value: ["t", 1.5] as [JSONValue]) }
    }

    @Test func tuplesAndContains() {
        #expect(JSONSchemas.Readings.violations(json: ["t", 1.5]).isEmpty)
        #expect(JSONSchemas.Readings.violations(json: ["t", 1.5, 2]).map(\.description) == [
            "$: must have at most 2 items (no items beyond 'prefixItems'), found 3",
        ])
        #expect(JSONSchemas.Batch.violations(json: [1, 100]).isEmpty)
        #expect(JSONSchemas.Batch.violations(json: [1, 2]).map(\.description) == ["$: must contain at least 1 item matching 'contains', found 0"])
        #expect(JSONSchemas.Batch.violations(json: [100, 200, 300]).map(\.description) == [
            "$: must contain at most 2 items matching 'contains', found 3",
        ])
    }
}
