import Foundation
import ModelFeaturesModels
import Testing

/// String enums with values that are not identifiers, integer enums, and open enums keeping
/// values the spec does not list.
@Suite struct ModelFeaturesEnumTests {
    @Test(arguments: [
        ("serve_stale", AwkwardEnum.serveStale), ("a-b", .aB), ("1st", ._1st), ("GET", .get), ("", .empty),
        ("default", .default), ("self", .self_),
    ])
    func awkwardValuesMapToIdiomaticCases(raw: String, value: AwkwardEnum) throws {
        #expect(AwkwardEnum(rawValue: raw) == value)
        #expect(value.rawValue == raw)
        let json = try TestJSON.encode([value])
        #expect(json == "[\(try TestJSON.encode(raw))]")
        #expect(try TestJSON.decode([AwkwardEnum].self, json) == [value])
    }

    @Test func integerEnumsUseIntRawValues() throws {
        let values = try TestJSON.decode([Priority].self, "[1, 2, 3, -1]")
        #expect(values == [._1, ._2, ._3, .negative1])
        let raw: [Int] = values.map(\.rawValue)
        #expect(raw == [1, 2, 3, -1])
        #expect(try TestJSON.encode(values) == "[1,2,3,-1]")
    }

    @Test func unknownValuesAreKeptAndEncodedBack() throws {
        let values = try TestJSON.decode([AwkwardEnum].self, #"["serve_fresh", "SERVE_STALE", "serve_stale"]"#)
        #expect(values == [.unknown("serve_fresh"), .unknown("SERVE_STALE"), .serveStale])
        #expect(try TestJSON.encode(values) == #"["serve_fresh","SERVE_STALE","serve_stale"]"#)
        let priorities = try TestJSON.decode([Priority].self, "[42]")
        #expect(priorities == [.unknown(42)])
        #expect(try TestJSON.encode(priorities) == "[42]")
    }

    @Test func anEnumValueOfTheWrongJSONTypeIsADecodingError() {
        #expect(throws: DecodingError.self) { try TestJSON.decode([Priority].self, #"["1"]"#) }
        #expect(throws: DecodingError.self) { try TestJSON.decode([AwkwardEnum].self, "[1]") }
    }

    @Test func inlineEnumsAreNestedAndOpen() throws {
        let documented = try TestJSON.decode(Documented.self, #"{"status": "archived", "Status": "free text"}"#)
        #expect(documented.status == .unknown("archived"))
        #expect(documented.status2 == "free text")
        #expect(try TestJSON.decode(Documented.self, #"{"status": "draft"}"#).status == Documented.Status.draft)
    }
}
