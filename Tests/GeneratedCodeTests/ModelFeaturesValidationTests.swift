import Foundation
import ModelFeaturesModels
import Testing

/// Validators for the model shapes of `Fixtures/model-features`: discriminated unions, `allOf`,
/// nullable references, recursion and constants validate as the values they hold.
@Suite struct ModelFeaturesValidationTests {
    @Test func discriminatedUnionsPickTheirAlternative() throws {
        // Cat, Dog and Lizard overlap (a cat is also a valid lizard): the discriminator decides.
        #expect(Pet.cat(Cat(petType: "cat", name: "Tom")).violations() == [])
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"petType": "puppy"}"#.utf8))
        #expect(Pet.violations(json: json).map(\.description) == ["$.name: is required"])
    }

    @Test func allOfChecksEveryPart() throws {
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"name": "Ada", "createdAt": "yesterday"}"#.utf8))
        #expect(Employee.violations(json: json).map(\.description) == [
            "$.createdAt: must be an RFC 3339 date-time (such as 2026-01-29T10:30:00Z)",
            "$.employeeNumber: is required",
        ])
    }

    @Test func nullableReferencesAndRecursionValidate() {
        let nullables = Nullables(requiredNullable: nil, requiredNullableRef: nil, reviewer: nil, choice: nil)
        #expect(nullables.violations() == [])
        let tree = Node(value: "root", children: [Node(value: "leaf", parent: Node(value: "root"))])
        #expect(tree.violations() == [])
    }

    @Test func constantsValidate() {
        #expect(Constants().violations() == [])
        #expect(Constants(kind: "gadget", version: 2).violations().map(\.description) == ["$.kind: must be \"widget\", found \"gadget\""])
    }
}
