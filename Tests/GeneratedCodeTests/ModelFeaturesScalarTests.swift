import Foundation
import ModelFeaturesModels
import Testing

/// Scalars and string formats of `Fixtures/model-features`: each maps to its Swift type and
/// survives a round trip.
@Suite struct ModelFeaturesScalarTests {
    @Test func scalarsDecodeToTheirSwiftTypes() throws {
        let scalars = try TestJSON.decode(Scalars.self, """
            {"text": "hi", "count": 42, "small": -7, "large": 9007199254740993, "ratio": 0.5,
             "single": 1.5, "precise": 2.25, "flag": true, "unknownFormat": "example.com"}
            """)
        let small: Int32 = scalars.small
        let large: Int64 = scalars.large
        let single: Float = scalars.single
        let precise: Double = scalars.precise
        #expect(scalars.text == "hi")
        #expect(scalars.count == 42)
        #expect(small == -7)
        #expect(large == 9_007_199_254_740_993)
        #expect(scalars.ratio == 0.5)
        #expect(single == 1.5)
        #expect(precise == 2.25)
        #expect(scalars.flag)
        #expect(scalars.optionalText == nil)
        #expect(scalars.optionalCount == nil)
        // An unknown format falls back to the base type.
        let unknownFormat: String? = scalars.unknownFormat
        #expect(unknownFormat == "example.com")
    }

    @Test func anInt32OutOfRangeIsADecodingError() {
        #expect(throws: DecodingError.self) {
            try TestJSON.decode(Scalars.self, """
                {"text": "", "count": 0, "small": 2147483648, "large": 0, "ratio": 0, "single": 0, "precise": 0, "flag": false}
                """)
        }
    }

    @Test func scalarsEncodeWithOptionalsLeftOut() throws {
        let scalars = Scalars(text: "a", count: 1, small: 2, large: 3, ratio: 0.5, single: 0.25, precise: 1.5, flag: false)
        #expect(try TestJSON.encode(scalars) == #"{"count":1,"flag":false,"large":3,"precise":1.5,"ratio":0.5,"single":0.25,"small":2,"text":"a"}"#)
    }

    static let formatsJSON = """
        {"createdAt": "2026-01-29T10:30:00Z",
         "updatedAt": "2026-01-29T11:30:00.250+01:00",
         "history": ["2026-01-01T00:00:00Z", "2026-01-02T12:00:00.5Z"],
         "deadlines": {"draft": "2026-02-01T09:00:00+01:00", "final": "2026-03-01T00:00:00Z"},
         "nullableDate": null,
         "birthday": "1990-12-31",
         "homepage": "https://example.com/a?b=c",
         "id": "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
         "avatar": "aGVsbG8=",
         "blob": "AAEC/w=="}
        """

    @Test func formatsDecodeToFoundationAndSupportTypes() throws {
        let formats = try TestJSON.decode(Formats.self, Self.formatsJSON)
        #expect(formats.createdAt == Date(timeIntervalSince1970: 1_769_682_600))
        #expect(formats.updatedAt == Date(timeIntervalSince1970: 1_769_682_600.25))
        #expect(formats.history == [Date(timeIntervalSince1970: 1_767_225_600), Date(timeIntervalSince1970: 1_767_355_200.5)])
        #expect(formats.deadlines == ["draft": Date(timeIntervalSince1970: 1_769_932_800), "final": Date(timeIntervalSince1970: 1_772_323_200)])
        #expect(formats.nullableDate == .null)
        #expect(formats.birthday == DateOnly(year: 1990, month: 12, day: 31))
        #expect(formats.homepage == URL(string: "https://example.com/a?b=c"))
        #expect(formats.id == UUID(uuidString: "3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
        #expect(formats.avatar == Data("hello".utf8))
        #expect(formats.blob == Data([0, 1, 2, 255]))
    }

    @Test func formatsEncodeAsTheSpecSays() throws {
        let formats = try TestJSON.decode(Formats.self, Self.formatsJSON)
        #expect(try TestJSON.encode(formats) == """
            {"avatar":"aGVsbG8=","birthday":"1990-12-31","blob":"AAEC/w==","createdAt":"2026-01-29T10:30:00Z",\
            "deadlines":{"draft":"2026-02-01T08:00:00Z","final":"2026-03-01T00:00:00Z"},\
            "history":["2026-01-01T00:00:00Z","2026-01-02T12:00:00.500Z"],"homepage":"https://example.com/a?b=c",\
            "id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","nullableDate":null,"updatedAt":"2026-01-29T10:30:00.250Z"}
            """)
    }

    @Test func formatsRoundTrip() throws {
        let (formats, json) = try TestJSON.roundTrip(Formats.self, Self.formatsJSON)
        #expect(try TestJSON.decode(Formats.self, json) == formats)
    }

    @Test func datesIgnoreTheCodersDateStrategy() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        let formats = Formats(createdAt: Date(timeIntervalSince1970: 0), history: [Date(timeIntervalSince1970: 86_400)],
                              birthday: DateOnly(year: 1970, month: 1, day: 1), id: UUID())
        let object = try JSONSerialization.jsonObject(with: try encoder.encode(formats)) as? [String: Any]
        #expect(object?["createdAt"] as? String == "1970-01-01T00:00:00Z")
        #expect(object?["history"] as? [String] == ["1970-01-02T00:00:00Z"])
    }

    @Test(arguments: [
        #"{"createdAt": "yesterday", "birthday": "1990-12-31", "id": "3F2504E0-4F89-11D3-9A0C-0305E82C3301"}"#,
        #"{"createdAt": "2026-01-29T10:30:00Z", "birthday": "1990-02-30", "id": "3F2504E0-4F89-11D3-9A0C-0305E82C3301"}"#,
        #"{"createdAt": "2026-01-29T10:30:00Z", "birthday": "1990-12-31", "id": "not-a-uuid"}"#,
        #"{"createdAt": "2026-01-29T10:30:00Z", "birthday": "1990-12-31", "id": "3F2504E0-4F89-11D3-9A0C-0305E82C3301", "history": ["2026-01-01"]}"#,
        #"{"createdAt": "2026-01-29T10:30:00Z", "birthday": "1990-12-31", "id": "3F2504E0-4F89-11D3-9A0C-0305E82C3301", "avatar": "***"}"#,
    ])
    func malformedFormatsAreDecodingErrors(json: String) {
        #expect(throws: DecodingError.self) { try TestJSON.decode(Formats.self, json) }
    }
}
