import Foundation
import ModelFeaturesModels
import Testing

/// A date-time component (`Timestamp: {type: string, format: date-time}`) becomes
/// `typealias Timestamp = Date`; properties that `$ref` it, alone, in lists, in maps or
/// optional, are read and written as RFC 3339 by a plain `JSONDecoder`/`JSONEncoder`, with
/// their microseconds (issue 15: Plaid's examples failed with "Expected to decode Double").
@Suite struct ModelFeaturesDateAliasTests {
    static let json = """
        {"at":"2022-09-30T23:40:30.946225Z","byName":{"first":"2024-02-29T12:00:00Z"},\
        "history":["2021-01-01T00:00:00.500Z","1999-12-31T23:59:59Z"]}
        """

    @Test func plainCodersReadAndWriteDatesThroughTheAlias() throws {
        let stamped = try JSONDecoder().decode(Stamped.self, from: Data(Self.json.utf8))
        #expect(stamped.at == RFC3339DateCoding.date(from: "2022-09-30T23:40:30.946225Z"))
        #expect(stamped.history?.count == 2)
        #expect(stamped.maybe == nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: try encoder.encode(stamped), as: UTF8.self) == Self.json)
        #expect(stamped.violations().isEmpty, "\(stamped.violations())")
    }

    @Test func aWrongDateIsADecodingErrorNotANumber() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Stamped.self, from: Data(#"{"at": "yesterday"}"#.utf8))
        }
    }
}
