import Foundation
import SpecsmithRuntime
import Testing

/// `DateOnly`: `YYYY-MM-DD`, real dates only.
@Suite struct DateOnlyTests {
    @Test func parsesRealDates() {
        #expect(DateOnly("2026-01-29") == DateOnly(year: 2026, month: 1, day: 29))
        #expect(DateOnly("2024-02-29") == DateOnly(year: 2024, month: 2, day: 29))
        #expect(DateOnly("0001-12-31") == DateOnly(year: 1, month: 12, day: 31))
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "2026-00-10", "2026-04-31", "2026-1-29", "26-01-29", "2026-01-29T00:00:00Z", "2026/01/29", "", " 2026-01-29"])
    func refusesOtherText(_ text: String) {
        #expect(DateOnly(text) == nil)
    }

    @Test func writesZeroPaddedComponents() {
        #expect(DateOnly(year: 42, month: 1, day: 5).description == "0042-01-05")
        #expect(DateOnly(year: 2026, month: 12, day: 31).description == "2026-12-31")
    }

    @Test func codesAsAString() throws {
        let data = try JSONEncoder().encode([DateOnly(year: 2026, month: 3, day: 7)])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-03-07"]"#)
        #expect(try JSONDecoder().decode([DateOnly].self, from: data) == [DateOnly(year: 2026, month: 3, day: 7)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([DateOnly].self, from: Data(#"["2026-02-30"]"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([DateOnly].self, from: Data("[20260307]".utf8)) }
    }

    @Test func ordersByDay() {
        let days = ["2026-01-02", "2025-12-31", "2026-01-01"].compactMap(DateOnly.init)
        #expect(days.sorted().map(\.description) == ["2025-12-31", "2026-01-01", "2026-01-02"])
        #expect(DateOnly(year: 2026, month: 2, day: 1) > DateOnly(year: 2026, month: 1, day: 31))
    }

    @Test func startOfDayInUTCAndInATimeZone() throws {
        let day = DateOnly(year: 2026, month: 2, day: 1)
        #expect(day.date() == Date(timeIntervalSince1970: 1_769_904_000))
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        #expect(day.date(in: tokyo) == Date(timeIntervalSince1970: 1_769_904_000 - 9 * 3_600))
        #expect(DateOnly(year: 2026, month: 2, day: 30).date() == nil)
    }
}
