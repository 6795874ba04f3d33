import Foundation
import SpecsmithRuntime
import Testing

/// RFC 3339 date-times: parsing with and without fractions and offsets, refusing what is not one, and
/// writing UTC with milliseconds only when needed.
@Suite struct RFC3339DateTests {
    /// 2026-01-29T10:30:00Z.
    static let reference = Date(timeIntervalSince1970: 1_769_682_600)

    @Test func parsesUTC() {
        #expect(RFC3339DateCoding.date(from: "2026-01-29T10:30:00Z") == Self.reference)
        #expect(RFC3339DateCoding.date(from: "2026-01-29t10:30:00z") == Self.reference)
        #expect(RFC3339DateCoding.date(from: "1970-01-01T00:00:00Z") == Date(timeIntervalSince1970: 0))
        #expect(RFC3339DateCoding.date(from: "1969-12-31T23:59:59Z") == Date(timeIntervalSince1970: -1))
    }

    @Test func parsesFractions() throws {
        let millis = try #require(RFC3339DateCoding.date(from: "2026-01-29T10:30:00.123Z"))
        #expect(abs(millis.timeIntervalSince(Self.reference) - 0.123) < 1e-6)
        let half = try #require(RFC3339DateCoding.date(from: "2026-01-29T10:30:00.5Z"))
        #expect(half.timeIntervalSince(Self.reference) == 0.5)
        // Digits past nanoseconds are read and ignored rather than refused.
        let long = try #require(RFC3339DateCoding.date(from: "2026-01-29T10:30:00.123456789123Z"))
        #expect(abs(long.timeIntervalSince(Self.reference) - 0.123456789) < 1e-6)
    }

    @Test func parsesOffsets() {
        #expect(RFC3339DateCoding.date(from: "2026-01-29T12:30:00+02:00") == Self.reference)
        #expect(RFC3339DateCoding.date(from: "2026-01-29T05:00:00-05:30") == Self.reference)
        #expect(RFC3339DateCoding.date(from: "2026-01-29T10:30:00+00:00") == Self.reference)
        #expect(RFC3339DateCoding.date(from: "2026-01-29T10:30:00-00:00") == Self.reference)
        // An offset that crosses midnight moves the day.
        #expect(RFC3339DateCoding.date(from: "2026-01-30T00:30:00+14:00") == Self.reference)
    }

    @Test func leapSecondLandsOnTheNextMinute() {
        #expect(RFC3339DateCoding.date(from: "2016-12-31T23:59:60Z") == Date(timeIntervalSince1970: 1_483_228_800))
    }

    @Test(arguments: [
        "", "2026-01-29", "2026-01-29T10:30Z", "2026-01-29T10:30:00", "2026-01-29 10:30:00Z",
        "2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-29T24:00:00Z",
        "2026-01-29T10:60:00Z", "2026-01-29T10:30:61Z", "2026-01-29T10:30:00.Z", "2026-01-29T10:30:00+0200",
        "2026-01-29T10:30:00+24:00", "2026-01-29T10:30:00Zjunk", "26-01-29T10:30:00Z", "2026-1-29T10:30:00Z",
        "+2026-01-29T10:30:00Z", "２０２６-01-29T10:30:00Z",
    ])
    func refusesInvalidStrings(_ text: String) {
        #expect(RFC3339DateCoding.date(from: text) == nil)
    }

    @Test func acceptsLeapDay() {
        #expect(RFC3339DateCoding.date(from: "2024-02-29T00:00:00Z") != nil)
        #expect(RFC3339DateCoding.date(from: "2000-02-29T00:00:00Z") != nil)
        #expect(RFC3339DateCoding.date(from: "1900-02-29T00:00:00Z") == nil)
    }

    @Test func formatsInUTCWithMillisecondsOnlyWhenNeeded() {
        #expect(RFC3339DateCoding.string(from: Self.reference) == "2026-01-29T10:30:00Z")
        #expect(RFC3339DateCoding.string(from: Self.reference.addingTimeInterval(0.123)) == "2026-01-29T10:30:00.123Z")
        #expect(RFC3339DateCoding.string(from: Self.reference.addingTimeInterval(0.05)) == "2026-01-29T10:30:00.050Z")
        // Microseconds are kept; finer digits are rounded, carrying into the seconds.
        #expect(RFC3339DateCoding.string(from: Self.reference.addingTimeInterval(0.9996)) == "2026-01-29T10:30:00.999600Z")
        #expect(RFC3339DateCoding.string(from: Self.reference.addingTimeInterval(0.9999996)) == "2026-01-29T10:30:01Z")
        #expect(RFC3339DateCoding.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(RFC3339DateCoding.string(from: Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
    }

    /// A timestamp read and written back keeps its digits down to the microsecond (issue 15: Plaid's
    /// `2022-09-30T23:40:30.946225Z` came back as `.946Z`).
    @Test func roundTripsKeepMicroseconds() throws {
        for text in ["2022-09-30T23:40:30.946225Z", "2026-01-29T10:30:00.000001Z", "1999-12-31T23:59:59.999999Z",
                     "2026-01-29T10:30:00.120Z".replacingOccurrences(of: "120", with: "123")] {
            let date = try #require(RFC3339DateCoding.date(from: text))
            #expect(RFC3339DateCoding.string(from: date) == text)
        }
        // Finer digits than microseconds are rounded; trailing zeros are not kept.
        let nanos = try #require(RFC3339DateCoding.date(from: "2022-09-30T23:40:30.9462254Z"))
        #expect(RFC3339DateCoding.string(from: nanos) == "2022-09-30T23:40:30.946225Z")
        let padded = try #require(RFC3339DateCoding.date(from: "2022-09-30T23:40:30.500000+02:00"))
        #expect(RFC3339DateCoding.string(from: padded) == "2022-09-30T21:40:30.500Z")
    }

    @Test func clampsToTheYearsRFC3339CanWrite() {
        #expect(RFC3339DateCoding.string(from: Date(timeIntervalSince1970: 1e12)) == "9999-12-31T23:59:59.999999Z")
        #expect(RFC3339DateCoding.string(from: Date(timeIntervalSince1970: -1e12)) == "0000-01-01T00:00:00Z")
        #expect(RFC3339DateCoding.string(from: Date(timeIntervalSince1970: .nan)) == "1970-01-01T00:00:00Z")
        // Foundation's distantFuture is 4001-01-01, inside the range.
        #expect(RFC3339DateCoding.string(from: .distantFuture) == "4001-01-01T00:00:00Z")
    }

    @Test func formattedStringsParseBack() throws {
        for offset in [0, 0.001, 59.999, -86_400.25, 1e9] {
            let date = Self.reference.addingTimeInterval(offset)
            let parsed = try #require(RFC3339DateCoding.date(from: RFC3339DateCoding.string(from: date)))
            #expect(abs(parsed.timeIntervalSince(date)) < 0.0005)
        }
    }

    @Test func codingStrategiesUseRFC3339() throws {
        struct Event: Codable, Equatable { var at: Date }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { try RFC3339DateCoding.encode($0, to: $1) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { try RFC3339DateCoding.decode(from: $0) }
        let data = try encoder.encode(Event(at: Self.reference))
        #expect(String(decoding: data, as: UTF8.self) == #"{"at":"2026-01-29T10:30:00Z"}"#)
        #expect(try decoder.decode(Event.self, from: data) == Event(at: Self.reference))
        #expect(throws: DecodingError.self) { try decoder.decode(Event.self, from: Data(#"{"at":"yesterday"}"#.utf8)) }
    }

    @Test func timestampCodesWhateverTheDecoderStrategy() throws {
        // A plain decoder would read a Date as seconds since 2001; the timestamp type ignores that.
        let decoded = try JSONDecoder().decode([RFC3339Timestamp].self, from: Data(#"["2026-01-29T12:30:00+02:00"]"#.utf8))
        #expect(decoded.map(\.date) == [Self.reference])
        let encoded = try JSONEncoder().encode(["at": RFC3339Timestamp(Self.reference.addingTimeInterval(0.25))])
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"at":"2026-01-29T10:30:00.250Z"}"#)
    }

    @Test func timestampRefusesInvalidStringsAndOtherTypes() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([RFC3339Timestamp].self, from: Data(#"["2026-02-30T00:00:00Z"]"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([RFC3339Timestamp].self, from: Data("[1769682600]".utf8)) }
    }
}
