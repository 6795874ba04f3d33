import Foundation
import SpecsmithRuntime
import Testing

/// `Nullable` keeps a missing key, `null` and a value apart in keyed containers, and is `null` or
/// the value anywhere else.
@Suite struct NullableTests {
    struct Patch: Codable, Equatable {
        var note: Nullable<String> = .absent
        var count: Nullable<Int> = .absent
    }

    func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func synthesizedCodingUsesTheKeyedOverloads() throws {
        #expect(try encode(Patch()) == "{}")
        #expect(try encode(Patch(note: .null, count: .value(2))) == #"{"count":2,"note":null}"#)
        let decoded = try JSONDecoder().decode(Patch.self, from: Data(#"{"note":null}"#.utf8))
        #expect(decoded == Patch(note: .null))
        #expect(try JSONDecoder().decode(Patch.self, from: Data(#"{"count":5}"#.utf8)) == Patch(count: .value(5)))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Patch.self, from: Data(#"{"count":"five"}"#.utf8)) }
    }

    @Test func outsideAKeyedContainerAbsentIsNull() throws {
        #expect(try encode([Nullable<Int>.absent, .null, .value(1)]) == "[null,null,1]")
        #expect(try JSONDecoder().decode([Nullable<Int>].self, from: Data("[null,1]".utf8)) == [.null, .value(1)])
    }

    @Test func accessorsAndMap() {
        #expect(Nullable<Int>(nil) == .null)
        #expect(Nullable(3).value == 3)
        #expect(Nullable<Int>.absent.value == nil)
        #expect(Nullable<Int>.absent.isAbsent && !Nullable<Int>.null.isAbsent)
        #expect(Nullable<Int>.null.isNull)
        #expect(Nullable(2).map { $0 * 10 } == .value(20))
        #expect(Nullable<Int>.null.map { $0 * 10 } == .null)
        #expect(Set([Nullable<Int>.absent, .null, .value(0)]).count == 3)
    }

    @Test func canonicalUUIDsAreLowerCaseAndReadEitherCase() throws {
        let uuid = try #require(UUID(uuidString: "3BE6453C-03EB-4357-AE5A-984A0E574A54"))
        #expect(try encode([CanonicalUUID(uuid)]) == #"["3be6453c-03eb-4357-ae5a-984a0e574a54"]"#)
        let decoded = try JSONDecoder().decode([CanonicalUUID].self, from: Data(#"["3BE6453C-03EB-4357-AE5A-984A0E574A54"]"#.utf8))
        #expect(decoded.first?.uuid == uuid)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CanonicalUUID].self, from: Data(#"["nope"]"#.utf8)) }
    }
}
