import Foundation
import SpecsmithRuntime
import Testing

/// Types that hand typed validation their members (`validationMembers(into:)`, generated for
/// structs) get the violations the encoder finds; a type that leaves out a member its schema
/// could find wrong is encoded instead, so a mistake in what is handed over cannot hide a violation.
@Suite struct ValidationMembersTests {
    private static let schema = #"""
        {"type":"object","properties":{
          "name":{"type":"string","maxLength":3},
          "kind":{"type":"string"},
          "count":{"type":"integer","minimum":1},
          "note":{"type":"string","maxLength":2}}}
        """#

    /// Hands over every member that can fail (`kind` is a plain string: settled), as generated.
    struct Complete: Validatable {
        static let jsonSchema = JSONSchema(json: schema)
        var name: String
        var kind: String
        var count: Int?
        var note: Nullable<String> = .absent

        func validationMembers(into members: inout ValidationMembers) {
            members.add("name", self.name)
            members.add("count", ifPresent: self.count)
            members.add("note", nullable: self.note)
        }
    }

    /// Leaves out `count`, whose `minimum` can fail.
    struct MissingOne: Validatable {
        static let jsonSchema = JSONSchema(json: schema)
        var name: String
        var kind: String
        var count: Int?

        func validationMembers(into members: inout ValidationMembers) {
            members.add("name", self.name)
        }
    }

    /// No `validationMembers(into:)`: encoded, as before.
    struct Encoded: Validatable {
        static let jsonSchema = JSONSchema(json: schema)
        var name: String
        var kind: String
        var count: Int?
        var note: Nullable<String> = .absent
    }

    @Test func handedOverMembersGetTheEncodersViolations() {
        let expected = [
            "$.count: must be at least 1, found 0",
            "$.name: must be at most 3 characters, found 6",
            "$.note: must be at most 2 characters, found 5",
        ]
        #expect(Complete(name: "Robert", kind: "any", count: 0, note: .value("hello")).violations().map(\.description) == expected)
        #expect(Encoded(name: "Robert", kind: "any", count: 0, note: .value("hello")).violations().map(\.description) == expected)
        // `null` where the schema wants a string, handed over as `encodeNil(forKey:)` writes it.
        let null = ["$.note: must be a string, found null"]
        #expect(Complete(name: "Bob", kind: "any", count: nil, note: .null).violations().map(\.description) == null)
        #expect(Encoded(name: "Bob", kind: "any", count: nil, note: .null).violations().map(\.description) == null)
        #expect(Complete(name: "Bob", kind: "any", count: 2).violations().isEmpty)
    }

    @Test func aTypeThatLeavesOutACheckableMemberIsEncodedInstead() {
        #expect(MissingOne(name: "Robert", kind: "any", count: 0).violations().map(\.description) == [
            "$.count: must be at least 1, found 0",
            "$.name: must be at most 3 characters, found 6",
        ])
    }
}
