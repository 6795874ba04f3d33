import Foundation
import SpecsmithRuntime
import Testing

/// The `decodeMember`/`encodeMember` family generated coding calls: required, optional and
/// nullable members each keep their JSON meaning (missing, `null`, a value).
@Suite struct CodingMembersTests {
    /// Coded the way generated models are: one runtime call per member.
    struct Record: Codable, Equatable {
        var id: Int
        var label: String?
        var note: Nullable<String> = .absent
        var requiredButNullable: String?

        init(id: Int, label: String? = nil, note: Nullable<String> = .absent, requiredButNullable: String? = nil) {
            self.id = id
            self.label = label
            self.note = note
            self.requiredButNullable = requiredButNullable
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: SpecsmithCodingKey.self)
            self.id = try container.decodeMember(Int.self, "id")
            self.label = try container.decodeMemberIfPresent(String.self, "label")
            self.note = try container.decodeNullableMember(String.self, "note")
            self.requiredButNullable = try container.decodeMember(String?.self, "required_but_nullable")
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: SpecsmithCodingKey.self)
            try container.encodeMember(id, "id")
            try container.encodeMemberIfPresent(label, "label")
            try container.encodeNullableMember(note, "note")
            try container.encodeMember(requiredButNullable, "required_but_nullable")
        }
    }

    func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func decode(_ json: String) throws -> Record {
        try JSONDecoder().decode(Record.self, from: Data(json.utf8))
    }

    @Test func missingNullAndValueStayApart() throws {
        #expect(try decode(#"{"id":1,"required_but_nullable":null}"#) == Record(id: 1))
        #expect(try decode(#"{"id":1,"note":null,"required_but_nullable":"x"}"#) == Record(id: 1, note: .null, requiredButNullable: "x"))
        #expect(try decode(#"{"id":1,"label":"a","note":"n","required_but_nullable":null}"#)
            == Record(id: 1, label: "a", note: .value("n")))
        // An optional member may be null as well as missing.
        #expect(try decode(#"{"id":1,"label":null,"required_but_nullable":null}"#) == Record(id: 1))
    }

    @Test func encodingLeavesOutOnlyWhatIsAbsent() throws {
        #expect(try encode(Record(id: 1)) == #"{"id":1,"required_but_nullable":null}"#)
        #expect(try encode(Record(id: 2, label: "a", note: .null)) == #"{"id":2,"label":"a","note":null,"required_but_nullable":null}"#)
        #expect(try encode(Record(id: 3, note: .value("n"), requiredButNullable: "r")) == #"{"id":3,"note":"n","required_but_nullable":"r"}"#)
    }

    @Test func errorsNameTheMember() throws {
        #expect {
            try decode(#"{"label":"a","required_but_nullable":null}"#)
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "id"
        }
        #expect {
            try decode(#"{"id":"one","required_but_nullable":null}"#)
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["id"]
        }
        // A required member that may be null must still be there.
        #expect(throws: DecodingError.self) { try decode(#"{"id":1}"#) }
    }
}
