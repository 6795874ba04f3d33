import FaithfulValuesSDK
import Foundation
import Testing

/// Dates through a chain of aliases (`Deadline` → `Timestamp` → `Date`), alone, in lists, in maps,
/// in unions and lists of unions, read and written as RFC 3339 by any coders, microseconds kept.
@Suite struct FaithfulValuesDateTests {
    static let json = """
        {"byPhase":{"beta":"2024-02-29T12:00:00Z"},"due":"2022-09-30T23:40:30.946225Z",\
        "milestones":["2021-01-01T00:00:00.500Z","1999-12-31T23:59:59Z"],"reminders":[3,"2030-06-01T08:00:00.000001Z"],\
        "starts":"2020-05-17T10:20:30.123Z"}
        """

    @Test(arguments: FaithfulCoders.allCases)
    func datesThroughAliasChainsRoundTrip(coders: FaithfulCoders) throws {
        let (schedule, reencoded) = try coders.roundTrip(Schedule.self, Self.json)
        #expect(reencoded == Self.json)
        #expect(schedule.starts == RFC3339DateCoding.date(from: "2020-05-17T10:20:30.123Z"))
        #expect(schedule.due == .timestamp(try #require(RFC3339DateCoding.date(from: "2022-09-30T23:40:30.946225Z"))))
        #expect(schedule.reminders?.first == .int(3))
        #expect(schedule.violations().isEmpty, "\(schedule.violations())")
    }

    @Test(arguments: FaithfulCoders.allCases)
    func aDateThatIsNotOneIsADecodingError(coders: FaithfulCoders) {
        #expect(throws: DecodingError.self) { try coders.decode(Schedule.self, #"{"starts":1700000000}"#) }
    }
}
