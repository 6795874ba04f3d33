import Foundation
import ModelFeatures30Models
import Testing

/// The OpenAPI 3.0 forms of `Fixtures/model-features-3_0`: `nullable: true` on properties and on
/// references (through `allOf`), with boolean `exclusiveMinimum` and `example` beside them.
@Suite struct ModelFeatures30Tests {
    /// The spec's own example of a `Profile`.
    static let exampleJSON = #"{"manager": {"name": "Grace"}, "nickname": null, "score": 99.5}"#

    @Test func theSpecExampleDecodes() throws {
        let profile = try TestJSON.decode(Profile.self, Self.exampleJSON)
        #expect(profile.nickname == nil)
        #expect(profile.manager == Person(name: "Grace"))
        #expect(profile.score == 99.5)
        #expect(profile.mentor == .absent)
    }

    @Test func nullableReferencesAcceptNull() throws {
        let profile = try TestJSON.decode(Profile.self, #"{"nickname": "ace", "manager": null, "mentor": null, "tags": null, "level": null}"#)
        #expect(profile == Profile(nickname: "ace", manager: nil, mentor: .null, tags: .null, level: .null))
        #expect(try TestJSON.encode(profile) == #"{"level":null,"manager":null,"mentor":null,"nickname":"ace","tags":null}"#)
        let mentored = try TestJSON.decode(Profile.self, #"{"nickname": null, "manager": null, "mentor": {"name": "Ada", "age": 36}}"#)
        #expect(mentored.mentor == .value(Person(name: "Ada", age: 36)))
    }

    @Test func requiredNullablePropertiesAreSentAsNull() throws {
        let profile = Profile(nickname: nil, manager: nil)
        #expect(try TestJSON.encode(profile) == #"{"manager":null,"nickname":null}"#)
        let full = Profile(nickname: "ace", motto: .value("m"), manager: Person(name: "G"), score: 1, tags: .value(["t"]), level: .value(.high))
        let (decoded, json) = try TestJSON.roundTrip(Profile.self, try TestJSON.encode(full))
        #expect(decoded == full)
        #expect(json == #"{"level":"high","manager":{"name":"G"},"motto":"m","nickname":"ace","score":1,"tags":["t"]}"#)
    }

    @Test func nullableEnumsStayOpen() throws {
        let profile = try TestJSON.decode(Profile.self, #"{"nickname": null, "manager": null, "level": "medium"}"#)
        #expect(profile.level == .value(.unknown("medium")))
    }
}
