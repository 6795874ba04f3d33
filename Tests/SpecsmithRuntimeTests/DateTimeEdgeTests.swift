import SpecsmithRuntime
import Testing

/// `date-time` and `time` at the edges RFC 3339 draws (sections 5.6, 5.7 and appendix D): second 60
/// only where a leap second can be, year 0000, no trailing line break.
@Suite struct DateTimeEdgeTests {
    static func accepts(_ format: String, _ string: String) -> Bool {
        JSONSchema(["format": .string(format)]).violations(json: .string(string)).isEmpty
    }

    @Test func secondSixtyOnlyAtTheEndOfAMonthInUTC() {
        #expect(Self.accepts("date-time", "2016-12-31T23:59:60Z"))
        #expect(Self.accepts("date-time", "2017-01-01T01:59:60+02:00"))
        #expect(Self.accepts("date-time", "2016-12-31T18:59:60.5-05:00"))
        #expect(!Self.accepts("date-time", "2024-01-01T00:00:60Z"))
        #expect(!Self.accepts("date-time", "2016-12-30T23:59:60Z"))
        #expect(Self.accepts("time", "23:59:60Z"))
        #expect(Self.accepts("time", "01:59:60+02:00"))
        #expect(!Self.accepts("time", "12:00:60Z"))
    }

    @Test func yearZeroIsAFullYear() {
        #expect(Self.accepts("date-time", "0000-01-01T00:00:00Z"))
        #expect(Self.accepts("date", "0000-01-01"))
    }

    @Test func aTrailingLineBreakIsNotADateTime() {
        #expect(!Self.accepts("date-time", "2024-01-01T00:00:00Z\n"))
        #expect(!Self.accepts("time", "10:00:00Z\n"))
        #expect(!Self.accepts("date", "2024-01-01\n"))
    }
}
