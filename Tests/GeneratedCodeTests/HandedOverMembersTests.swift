import Foundation
import Testing
import ValidationKeywordsModels

/// Generated structs hand typed validation their members (`validationMembers(into:)`) instead of
/// being encoded. Their violations must be, in the same order, the ones the encoder finds
/// (`.reportUnknownEnumValues` encodes every member of every value, and on values whose enums are
/// all known reports nothing more) and the ones raw JSON of the same value gets.
@Suite struct HandedOverMembersTests {
    /// Typed violations, after checking they are the encoder's and raw JSON's too.
    func agreedViolations<Value: Validatable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let typed = value.violations().map(\.description)
        let encoded = value.violations(options: .reportUnknownEnumValues).map(\.description)
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        let raw = Value.violations(json: json).map(\.description)
        #expect(typed == encoded, "handed over vs encoded", sourceLocation: sourceLocation)
        #expect(typed == raw, "typed vs raw JSON", sourceLocation: sourceLocation)
        return typed
    }

    @Test func nestedStructsArraysAndMapsAgree() throws {
        let account = Account(
            name: "", owner: Owner(email: "not-an-email", displayName: String(repeating: "n", count: 21)), status: .active,
            limits: Numbers(atLeastOne: 0, cents: 0.125),
            members: [Owner(email: "a@example.com"), Owner(email: "b"), Owner(email: "c@example.com", displayName: "ok")],
            labels: ["z": "fine", "a": "far too long"])
        #expect(try agreedViolations(account) == [
            "$.labels.a: must be at most 8 characters, found 12",
            "$.limits.atLeastOne: must be at least 1, found 0",
            "$.limits.cents: must be a multiple of 0.01, found 0.125",
            "$.members: must have at most 2 items, found 3",
            "$.members[1].email: must be an email address",
            "$.name: must be at least 1 character, found 0",
            "$.owner.displayName: must be at most 20 characters, found 21",
            "$.owner.email: must be an email address",
        ])
    }

    @Test func validValuesAgreeOnNothing() throws {
        let account = Account(name: "Ada", owner: Owner(email: "ada@example.com"), status: .active, labels: ["a": "short"])
        #expect(try agreedViolations(account) == [])
        #expect(try agreedViolations(Numbers(atLeastOne: 1, atMostTen: 10)) == [])
    }

    @Test func formatsAndStringsAgree() throws {
        let formats = Formats(
            day: DateOnly(year: 2023, month: 2, day: 29), time: "25:00:00Z", email: "ada.example.com",
            website: URL(string: "relative/only"), link: "has space", ipv4: "256.1.1.1", ipv6: "1::2::3", host: "-bad-.example")
        #expect(try agreedViolations(formats).count == 8)
        #expect(try agreedViolations(Strings(code: "x", slug: "Not A Slug")) == [
            "$.code: must be at least 2 characters, found 1",
            "$.slug: must match the pattern ^[a-z0-9]+(-[a-z0-9]+)*$",
        ])
    }
}
