import Foundation
import NamingModels
import Testing

/// `Fixtures/naming`: nested and top-level type names that would be keywords, hide standard or
/// support types, or clash once normalised, and enum values that clash once normalised.
@Suite struct NamingTypeTests {
    @Test func inlineObjectsUnderAwkwardNamesGetUsableNestedTypes() throws {
        let json = """
            {"type": {"name": "t"}, "Self": {"name": "S"}, "protocol": {"name": "p"}, "coding_keys": {"name": "c"},
             "data": {"name": "d"}, "nestedTypes": {"name": "n"}, "名前": {"value": "v"}, "self": "a-b"}
            """
        let (value, reencoded) = try TestJSON.roundTrip(NestedTypes.self, json)
        let type: NestedTypes.TypeModel? = value.type
        let selfType: NestedTypes.NestedTypesSelf? = value.self_
        let protocolType: NestedTypes.ProtocolModel? = value.protocol
        let codingKeys: NestedTypes.CodingKeysModel? = value.codingKeys
        let data: NestedTypes.DataModel? = value.data
        let nested: NestedTypes.NestedTypes2? = value.nestedTypes
        let name: NestedTypes.NestedTypes名前? = value.名前
        #expect([type?.name, selfType?.name, protocolType?.name, codingKeys?.name, data?.name, nested?.name] == ["t", "S", "p", "c", "d", "n"])
        #expect(name?.value == "v")
        #expect(value.self_2 == .aB2)
        #expect(try TestJSON.normalized(reencoded) == TestJSON.normalized(json))
    }

    @Test func inlineObjectsOfOneShapeShareOneType() throws {
        var value = try TestJSON.decode(Addresses.self, #"{"home": {"street": "Elm"}}"#)
        // One type for both properties: a value of one can be given to the other.
        let home: Home? = value.home
        value.work = home
        #expect(value.work?.street == "Elm")
        #expect(try TestJSON.encode(value) == #"{"home":{"street":"Elm"},"work":{"street":"Elm"}}"#)
    }

    @Test func awkwardComponentNamesBecomeDistinctTypes() throws {
        let references = References(
            class: Class(name: "class"), self_: SelfModel(name: "Self"), fooBar1: FooBar(name: "foo-bar"),
            fooBar2: FooBar2(name: "Foo_Bar"), password: _1Password(vault: "v"), values: .aB4,
            indirect: IndirectModel(next: IndirectModel(next: IndirectModel())), error: DecodingErrorModel(reason: "r"),
            calendar: NamingModels.Calendar(name: "c"), timeZone: NamingModels.TimeZone(identifier: "Z"),
            union: .timeZone(NamingModels.TimeZone(identifier: "Y")))
        let json = try TestJSON.encode(references)
        #expect(json == """
            {"calendar":{"name":"c"},"class":{"name":"class"},"error":{"reason":"r"},"fooBar1":{"name":"foo-bar"},\
            "fooBar2":{"name":"Foo_Bar"},"indirect":{"next":{"next":{}}},"password":{"vault":"v"},"self":{"name":"Self"},\
            "timeZone":{"identifier":"Z"},"union":{"identifier":"Y"},"values":"A_B"}
            """)
        let decoded = try TestJSON.decode(References.self, json)
        #expect(decoded.indirect?.next?.next == IndirectModel())
        #expect(decoded.values == .aB4)
    }

    @Test func typesNamedLikeFoundationTypesDoNotBreakTheSupportFile() throws {
        // A `Calendar` and a `TimeZone` component exist in this module; DateOnly still uses Foundation's.
        let day = DateOnly(year: 2026, month: 1, day: 29)
        #expect(day.date() == Date(timeIntervalSince1970: 1_769_644_800))
        let zone: Foundation.TimeZone? = Foundation.TimeZone(identifier: "Asia/Tokyo")
        let tokyo = try #require(zone)
        #expect(day.date(in: tokyo) == Date(timeIntervalSince1970: 1_769_644_800 - 9 * 3_600))
    }

    @Test func enumValuesThatClashOnceNormalisedStayDistinct() throws {
        let raws = ["a_b", "a-b", "aB", "unknown", "A_B", "bell\u{7}", "tab\tstop", "quote\"s", "back\\slash", "allCases", "rawValue"]
        let values = raws.map(ClashingValues.init(rawValue:))
        #expect(values == [.aB, .aB2, .aB3, .unknown2, .aB4, .bell, .tabStop, .quoteS, .backSlash, .allCases, .rawValue])
        #expect(Set(values).count == raws.count)
        #expect(values.map(\.rawValue) == raws)
        let json = try TestJSON.encode(values)
        #expect(try TestJSON.decode([ClashingValues].self, json) == values)
    }

    @Test func theValueUnknownIsACaseAndOtherValuesStillFallBackToUnknown() throws {
        let values = try TestJSON.decode([ClashingValues].self, #"["unknown", "somethingElse"]"#)
        #expect(values == [.unknown2, .unknown("somethingElse")])
    }
}
