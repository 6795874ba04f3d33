import FaithfulValuesSDK
import Foundation
import Testing

/// Optional nullable properties are `Nullable`: a missing key, `null` and a value stay three
/// things through decoding, encoding, validation and the client (issue 15: a PATCH could not clear
/// a field). Required nullable properties stay optionals that are always sent.
@Suite struct FaithfulValuesNullTests {
    @Test(arguments: FaithfulCoders.allCases)
    func aPatchBodySendsOnlyWhatWasSet(coders: FaithfulCoders) throws {
        #expect(try coders.encode(IssueUpdate()) == "{}")
        var patch = IssueUpdate(title: "Renamed")
        patch.milestone = .null
        patch.assignee = .value(User(login: "octocat"))
        patch.labels = .value([])
        patch.dueOn = .null
        #expect(try coders.encode(patch) == #"{"assignee":{"login":"octocat"},"dueOn":null,"labels":[],"milestone":null,"title":"Renamed"}"#)
        #expect(patch.violations().isEmpty, "\(patch.violations())")
    }

    @Test(arguments: FaithfulCoders.allCases)
    func absentNullAndValueRoundTripExactly(coders: FaithfulCoders) throws {
        for json in [
            "{}",
            #"{"assignee":null,"dueOn":null,"labels":null,"milestone":null,"reviewer":null}"#,
            #"{"dueOn":"2022-09-30T23:40:30.946225Z","milestone":3,"reviewer":{"login":"hubot"}}"#,
        ] {
            #expect(try coders.roundTrip(IssueUpdate.self, json).json == json)
        }
        let cleared = try coders.decode(IssueUpdate.self, #"{"milestone":null}"#)
        #expect(cleared.milestone == .null)
        #expect(cleared.milestone.isNull)
        #expect(cleared.assignee == .absent)
        #expect(cleared.title == nil)
        let set = try coders.decode(IssueUpdate.self, #"{"milestone":7,"dueOn":"2024-02-29T12:00:00Z"}"#)
        #expect(set.milestone == .value(7))
        #expect(set.milestone.value == 7)
        #expect(set.dueOn.value == RFC3339DateCoding.date(from: "2024-02-29T12:00:00Z"))
        // A reference to a nullable schema (`NullableUser: {type: [object, "null"]}`) is three-state too.
        #expect(try coders.decode(IssueUpdate.self, #"{"reviewer":null}"#).reviewer == .null)
    }

    @Test(arguments: FaithfulCoders.allCases)
    func requiredNullablePropertiesAreAlwaysSent(coders: FaithfulCoders) throws {
        let id = try #require(UUID(uuidString: "3be6453c-03eb-4357-ae5a-984a0e574a54"))
        let open = Issue(id: id, title: "Bug", closedAt: nil, milestone: nil)
        #expect(try coders.encode(open) == #"{"closedAt":null,"id":"3be6453c-03eb-4357-ae5a-984a0e574a54","milestone":null,"title":"Bug"}"#)
        let withBody = Issue(id: id, title: "Bug", closedAt: nil, milestone: 1, body: .null, parent: .value(id))
        let (decoded, json) = try coders.roundTrip(Issue.self, try coders.encode(withBody))
        #expect(decoded == withBody)
        #expect(json.contains(#""body":null"#))
    }

    @Test(arguments: FaithfulCoders.allCases)
    func aBoxedRecursivePropertyKeepsItsThreeStates(coders: FaithfulCoders) throws {
        let json = #"{"replyTo":{"replyTo":null,"text":"first"},"text":"second"}"#
        let (comment, reencoded) = try coders.roundTrip(FaithfulValuesSDK.Comment.self, json)
        #expect(reencoded == json)
        #expect(comment.replyTo.value?.replyTo == .null)
        #expect(comment.replyTo.value?.text == "first")
        var edited = comment
        edited.replyTo = .absent
        #expect(try coders.encode(edited) == #"{"text":"second"}"#)
        #expect(comment.replyTo != .absent, "editing a copy must not change the original")
    }

    @Test func validatorsSeeTheSameThreeStates() throws {
        // The typed path encodes through the same overloads: `null` is checked against the schema, absent is not there.
        #expect(IssueUpdate(milestone: .null, assignee: .null, reviewer: .null).violations().isEmpty)
        #expect(IssueUpdate.violations(json: ["milestone": nil, "assignee": nil]).isEmpty)
        #expect(!IssueUpdate.violations(json: ["milestone": "soon"]).isEmpty)
        #expect(!IssueUpdate.violations(json: ["assignee": ["name": "no login"]]).isEmpty)
    }

    @Test func theClientSendsNullToClearAField() async throws {
        let transport = BodyRecordingTransport(json: #"{"id":"3be6453c-03eb-4357-ae5a-984a0e574a54","title":"Bug","closedAt":null,"milestone":null}"#)
        let server = try #require(URL(string: "https://api.example.com"))
        let client = FaithfulValuesClient(serverURL: server, transport: transport, retryPolicy: .none)
        let issue = try await client.updateIssue(number: 12, body: IssueUpdate(milestone: .null))
        #expect(transport.bodies == [#"{"milestone":null}"#])
        #expect(issue.milestone == nil)
        #expect(issue.body == .absent)
    }
}

/// Answers every request with `json` and keeps the bodies sent.
final class BodyRecordingTransport: HTTPTransport, @unchecked Sendable {
    // @unchecked: the lock guards `sent`.
    private let lock = NSLock()
    private var sent: [String] = []
    let json: String

    init(json: String) {
        self.json = json
    }

    var bodies: [String] { lock.withLock { sent } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock { sent.append(String(decoding: request.body ?? Data(), as: UTF8.self)) }
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(json.utf8))
    }
}
