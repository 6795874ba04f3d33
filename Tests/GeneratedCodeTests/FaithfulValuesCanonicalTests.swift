import FaithfulValuesSDK
import Foundation
import Testing

/// What is read is written back as it was: UUIDs in lower case (Foundation writes upper case),
/// integers beyond 2^53, decimals such as 0.1 (issue 15, part 4).
@Suite struct FaithfulValuesCanonicalTests {
    static let issueJSON = """
        {"closedAt":"2022-09-30T23:40:30.946225Z","id":"3be6453c-03eb-4357-ae5a-984a0e574a54","milestone":null,\
        "ownersByTeam":{"core":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"},"parent":"ffffffff-0000-4000-a000-00000000000a",\
        "title":"Bug","watchers":["abcdef01-2345-4678-9abc-def012345678"]}
        """

    @Test(arguments: FaithfulCoders.allCases)
    func uuidsAreWrittenInLowerCase(coders: FaithfulCoders) throws {
        let (issue, json) = try coders.roundTrip(Issue.self, Self.issueJSON)
        #expect(json == Self.issueJSON)
        // Decoding accepts upper case too; what goes out is lower case.
        let shouted = try coders.decode(Issue.self, Self.issueJSON.replacingOccurrences(of: "3be6453c-03eb-4357-ae5a-984a0e574a54", with: "3BE6453C-03EB-4357-AE5A-984A0E574A54"))
        #expect(shouted.id == issue.id)
        let fresh = Issue(id: UUID(), title: "x", closedAt: nil, milestone: nil)
        let written = try coders.encode(fresh)
        #expect(written.contains(fresh.id.uuidString.lowercased()))
        #expect(!written.contains(fresh.id.uuidString))
        #expect(issue.violations().isEmpty, "\(issue.violations())")
    }

    @Test(arguments: FaithfulCoders.allCases)
    func numbersComeBackAsWritten(coders: FaithfulCoders) throws {
        for json in [
            #"{"count":9007199254740993,"price":1.1,"ratio":0.1,"small":-2147483648}"#,
            #"{"count":-9223372036854775808,"price":123456.789,"ratio":1e-07}"#,
            #"{"count":9223372036854775807,"ratio":0.30000000000000004}"#,
        ] {
            #expect(try coders.roundTrip(FaithfulValuesSDK.Measurement.self, json).json == json)
        }
        let measured = try coders.decode(FaithfulValuesSDK.Measurement.self, #"{"count":9007199254740993,"ratio":0.1}"#)
        #expect(measured.count == 9_007_199_254_740_993)
        #expect(measured.ratio == 0.1)
    }

    @Test func aUUIDThatIsNotOneFailsToDecode() {
        #expect(throws: DecodingError.self) {
            try FaithfulCoders.plain.decode(Issue.self, #"{"id":"not-a-uuid","title":"x","closedAt":null,"milestone":null}"#)
        }
    }
}
