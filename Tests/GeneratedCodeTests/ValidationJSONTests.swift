import Foundation
import Testing
import ValidationKeywordsModels

/// Raw JSON against the schemas of `Fixtures/validation-keywords` (`validate(json:)`): what the types
/// enforce while decoding is checked too, and every problem comes back at once, unlike a `DecodingError`.
@Suite struct ValidationJSONTests {
    func found(_ json: JSONValue, against schema: JSONSchema, options: ValidationOptions = []) -> [String] {
        schema.violations(json: json, options: options).map(\.description)
    }

    func json(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    @Test func aValidPayloadPasses() throws {
        let payload = try json("""
            {"name": "Ada", "owner": {"email": "ada@example.com"}, "status": "active",
             "members": [{"email": "b@example.com", "displayName": "B"}], "labels": {"team": "core"},
             "contact": "ada@example.com", "payment": {"method": "card", "number": "4111111111111111"}}
            """)
        #expect(found(payload, against: Account.jsonSchema) == [])
        #expect(throws: Never.self) { try Account.validate(json: payload) }
        // And it decodes: the schema and the type agree.
        #expect(throws: Never.self) { try JSONDecoder().decode(Account.self, from: Data(payload.description.utf8)) }
    }

    @Test func anInvalidPayloadReportsEveryProblemWithItsPath() throws {
        let payload = try json("""
            {"name": "", "owner": {"displayName": 7}, "status": "closed",
             "members": [{"email": "a@x.io"}, {"email": "not an email"}, {"email": "c@x.io"}],
             "labels": {"content-type": "far too long"}, "contact": {"phone": "12"},
             "payment": {"method": "transfer", "iban": "short"}}
            """)
        #expect(found(payload, against: Account.jsonSchema) == [
            "$.contact: must match exactly one of the alternatives, matches none: 1: $.contact: must be a string, found an object; 2 (Contact.Phone): $.contact.phone: must match the pattern ^\\+[0-9]{6,15}$",
            "$.labels['content-type']: must be at most 8 characters, found 12",
            "$.members: must have at most 2 items, found 3",
            "$.members[1].email: must be an email address",
            "$.name: must be at least 1 character, found 0",
            "$.owner.email: is required",
            "$.owner.displayName: must be a string, found an integer",
            "$.payment.iban: must be at least 15 characters, found 5",
            "$.status: must be one of \"active\", \"suspended\", found \"closed\"",
        ])
    }

    @Test func requiredAndAdditionalPropertiesAreCheckedInRawJSON() throws {
        #expect(found(try json(#"{"name": "n", "note": "x"}"#), against: Closed.jsonSchema) == [])
        #expect(found(try json(#"{"note": 1, "extra": true, "more": null}"#), against: Closed.jsonSchema) == [
            "$.name: is required",
            "$.note: must be a string, found an integer",
            "$.extra: is not a property the schema allows",
            "$.more: is not a property the schema allows",
        ])
        #expect(found(try json("[]"), against: Closed.jsonSchema) == ["$: must be an object, found an array"])
    }

    @Test func aClosedAllOfMemberRejectsTheOthersPropertiesOnlyInRawJSON() throws {
        #expect(ExtendedClosed(name: "n", extra: "x").violations() == [])
        #expect(found(try json(#"{"name": "n", "extra": "x"}"#), against: ExtendedClosed.jsonSchema) == [
            "$.extra: is not a property the schema allows",
        ])
    }

    @Test func aDiscriminatorPicksTheAlternativeToCheck() throws {
        #expect(found(try json(#"{"method": "card", "number": "4111111111111111"}"#), against: Payment.jsonSchema) == [])
        #expect(found(try json(#"{"method": "card", "number": "41"}"#), against: Payment.jsonSchema) == [
            "$.number: must match the pattern ^[0-9]{16}$",
        ])
        #expect(found(try json(#"{"method": "cash"}"#), against: Payment.jsonSchema) == [
            "$.method: must be one of \"card\", \"transfer\", found \"cash\"",
        ])
        #expect(found(try json(#"{"number": "4111111111111111"}"#), against: Payment.jsonSchema) == [
            "$.method: is required (it tells the alternatives apart)",
        ])
    }

    @Test func oneOfAndAnyOfSayWhichAlternativeFailedAndWhy() throws {
        #expect(found(try json(#""ada@example.com""#), against: Contact.jsonSchema) == [])
        #expect(found(try json(#"{"phone": "+4930123456"}"#), against: Contact.jsonSchema) == [])
        #expect(found(try json("42"), against: Quantity.jsonSchema) == [])
        #expect(found(try json(#""42""#), against: Quantity.jsonSchema) == [])
        #expect(found(try json("-1"), against: Quantity.jsonSchema) == [
            "$: must match at least one of the alternatives, matches none: 1: $: must be at least 0, found -1; 2: $: must be a string, found an integer",
        ])
    }

    @Test func notAndTypealiasSchemasLiveInJSONSchemas() throws {
        #expect(found(try json("3"), against: JSONSchemas.Odd) == [])
        #expect(found(try json("4"), against: JSONSchemas.Odd) == ["$: must not match the schema in 'not'"])
        #expect(found(try json(#"["a", "b"]"#), against: JSONSchemas.Tags) == [])
        #expect(found(try json(#"["a", 1, "c", "d", "e", "f"]"#), against: JSONSchemas.Tags) == [
            "$: must have at most 5 items, found 6",
            "$[1]: must be a string, found an integer",
        ])
        // A typealias's values are checked against the same schema.
        #expect(throws: ValidationError(violations: [Violation(path: "$", message: "must have at most 5 items, found 6")])) {
            try JSONSchemas.Tags.validate(value: ["a", "b", "c", "d", "e", "f"] as Tags)
        }
    }

    @Test func rawJSONIsCheckedAgainstEnumsAndTypedValuesOnlyWhenAsked() throws {
        #expect(found(.string("closed"), against: Status.jsonSchema) == ["$: must be one of \"active\", \"suspended\", found \"closed\""])
        // Open enums keep unknown values on purpose: typed validation reports them only on request.
        let account = Account(name: "A", owner: Owner(email: "a@b.co"), status: .unknown("closed"))
        #expect(account.violations() == [])
        #expect(account.violations(options: .reportUnknownEnumValues).map(\.description) == [
            "$.status: must be one of \"active\", \"suspended\", found \"closed\"",
        ])
    }

    @Test func typedUnionsAreCheckedAsTheAlternativeTheyHold() {
        let account = Account(name: "A", owner: Owner(email: "a@b.co"), status: .active,
                              contact: .phone(Contact.Phone(phone: "12")), payment: .card(Card(method: "card", number: "1")))
        #expect(account.violations().map(\.description) == [
            "$.contact: must match at least one of the alternatives, matches none: 1: $.contact: must be a string, found an object; 2 (Contact.Phone): $.contact.phone: must match the pattern ^\\+[0-9]{6,15}$",
            "$.payment.number: must match the pattern ^[0-9]{16}$",
        ])
    }

    @Test func jsonDataThatIsNotJSONIsOneViolation() {
        #expect(throws: ValidationError(violations: [Violation(path: "$", message: "is not valid JSON")])) {
            try Account.validate(jsonData: Data("{oops".utf8))
        }
    }

    @Test func keysThatAreNotIdentifiersAreBracketed() throws {
        let payload = try json(#"{"labels": {"it's": "way too long", "a.b": "also too long"}, "name": "n", "owner": {"email": "a@b.co"}, "status": "active"}"#)
        #expect(found(payload, against: Account.jsonSchema) == [
            "$.labels['a.b']: must be at most 8 characters, found 13",
            "$.labels['it\\'s']: must be at most 8 characters, found 12",
        ])
    }
}
