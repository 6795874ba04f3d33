import Foundation
import ModelFeatures30Models
import Testing

/// Validators for the OpenAPI 3.0 forms: boolean `exclusiveMinimum`/`exclusiveMaximum` and `nullable`.
@Suite struct ModelFeatures30ValidationTests {
    @Test func booleanExclusiveBoundsAreExclusive() {
        #expect(Profile(nickname: nil, manager: nil, score: 100).violations() == [])
        #expect(Profile(nickname: nil, manager: nil, score: 0).violations().map(\.description) == [
            "$.score: must be greater than 0, found 0",
        ])
        // `exclusiveMaximum: false` leaves `maximum` inclusive.
        #expect(Profile(nickname: nil, manager: nil, score: 100.5).violations().map(\.description) == [
            "$.score: must be at most 100, found 100.5",
        ])
        #expect(Person(name: "Ada", age: 0).violations().map(\.description) == ["$.age: must be greater than 0, found 0"])
    }

    @Test func nullableValuesAcceptNull() throws {
        // Required and nullable, sent as null: valid, including a nullable `allOf` reference.
        #expect(Profile(nickname: nil, manager: nil).violations() == [])
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"nickname": null, "manager": null, "tags": null, "level": null}"#.utf8))
        #expect(Profile.violations(json: json) == [])
        let wrong = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"nickname": null, "manager": 3, "level": "medium"}"#.utf8))
        #expect(Profile.violations(json: wrong).map(\.description) == [
            "$.level: must be one of \"low\", \"high\", null, found \"medium\"",
            "$.manager: must match at least one of the alternatives, matches none: 1: $.manager: must be null, found an integer; 2 (Person): $.manager: must be an object, found an integer",
        ])
    }
}
