import Foundation
import PictifyBindingsModels
import Testing

/// The generated Pictify client in process: parameters checked before sending (with each
/// parameter's location and name in its violations), the unknown-enum switch, undocumented 2XX
/// statuses, and the call-site order (path parameters, body, the rest).
@Suite struct PictifyClientRequestTests {
    /// Records what the client sends and answers every request with one canned response.
    final class RecordingTransport: HTTPTransport, @unchecked Sendable {
        // @unchecked: the lock guards `sent`.
        private let lock = NSLock()
        private var sent: [HTTPRequest] = []
        let response: HTTPResponse

        init(status: Int = 200, body: String = "{}") {
            response = HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }

        var requests: [HTTPRequest] {
            lock.withLock { sent }
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { sent.append(request) }
            return response
        }
    }

    static let bindingJSON = #"{"uid": "bnd_1", "templateId": "tmpl_123", "status": "active"}"#
    static let createdJSON = #"{"binding": \#(bindingJSON)}"#

    static func client(
        _ transport: RecordingTransport, validateRequests: Bool = true, rejectUnknownEnumValues: Bool = false,
        acceptUndocumentedSuccess: Bool = true
    ) -> PictifyClient {
        PictifyClient(
            auth: .bearer("pk_test"), transport: transport, retryPolicy: .none, validateRequests: validateRequests,
            rejectUnknownEnumValues: rejectUnknownEnumValues, acceptUndocumentedSuccess: acceptUndocumentedSuccess)
    }

    // MARK: Parameters

    @Test func parametersOutOfBoundsAreRefusedWithTheirNamesAndNothingIsSent() async throws {
        let transport = RecordingTransport(body: #"{"bindings": [], "total": 0}"#)
        await #expect(throws: ValidationError(violations: [
            Violation(path: "query.limit", message: "must be at most 100, found 500"),
            Violation(path: "query.offset", message: "must be at least 0, found -1"),
        ])) {
            _ = try await Self.client(transport).listBindings(limit: 500, offset: -1)
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func patternsAndArrayCountsOfParametersAreChecked() async throws {
        let transport = RecordingTransport(body: #"{"bindings": [], "total": 0}"#)
        let error = try await #require(throws: ValidationError.self) {
            _ = try await Self.client(transport).listBindings(templateId: "template 1", tags: ["a", "b", "a", "c", "d", ""])
        }
        #expect(error.violations.map(\.path) == ["query.templateId", "query.tags", "query.tags", "query.tags[5]"])
        #expect(error.violations.map(\.message).contains("must have at most 5 items, found 6"))
        #expect(transport.requests.isEmpty)
    }

    @Test func aPathParameterAndTheBodyAreReportedTogether() async throws {
        let transport = RecordingTransport(body: Self.bindingJSON)
        let error = try await #require(throws: ValidationError.self) {
            _ = try await Self.client(transport).updateBinding(uid: "bnd 1", body: UpdateBindingRequest(name: String(repeating: "n", count: 101)))
        }
        #expect(error.violations.map(\.path) == ["path.uid", "$.name"])
        #expect(transport.requests.isEmpty)
    }

    @Test func validParametersAreSentInCallSiteOrder() async throws {
        let transport = RecordingTransport(body: Self.bindingJSON)
        let binding = try await Self.client(transport).updateBinding(uid: "bnd_1", body: UpdateBindingRequest(status: .paused), notify: true)
        #expect(binding.uid == "bnd_1")
        let request = try #require(transport.requests.first)
        #expect(request.method == "PATCH")
        #expect(request.url.absoluteString == "https://api.pictify.io/bindings/bnd_1?notify=true")
    }

    @Test func parameterValidationFollowsTheRequestValidationSwitch() async throws {
        let transport = RecordingTransport(body: #"{"bindings": [], "total": 0}"#)
        _ = try await Self.client(transport, validateRequests: false).listBindings(limit: 500)
        #expect(transport.requests.map(\.url.query) == ["limit=500"])
    }

    // MARK: Unknown enum values

    @Test func unknownEnumValuesAreSentByDefault() async throws {
        let transport = RecordingTransport(body: #"{"bindings": [], "total": 0}"#)
        _ = try await Self.client(transport).listBindings(status: .unknown("archived"))
        #expect(transport.requests.map(\.url.query) == ["status=archived"])
    }

    @Test func unknownEnumValuesInParametersAndBodiesAreRefusedWhenAsked() async throws {
        let transport = RecordingTransport(body: Self.bindingJSON)
        let client = Self.client(transport, rejectUnknownEnumValues: true)
        await #expect(throws: ValidationError(violations: [
            Violation(path: "query.status", message: #"must be one of "active", "paused", "error", found "archived""#),
        ])) {
            _ = try await client.listBindings(status: .unknown("archived"))
        }
        await #expect(throws: ValidationError(violations: [
            Violation(path: "$.status", message: #"must be one of "active", "paused", found "archived""#),
        ])) {
            _ = try await client.updateBinding(uid: "bnd_1", body: UpdateBindingRequest(status: .unknown("archived")))
        }
        #expect(transport.requests.isEmpty)
        // Listed values still go through.
        _ = try await client.updateBinding(uid: "bnd_1", body: UpdateBindingRequest(status: .active))
        #expect(transport.requests.count == 1)
    }

    // MARK: Undocumented success statuses

    @Test func anUndocumentedSuccessWithTheDocumentedBodyIsAccepted() async throws {
        // The spec documents 201 for createBinding; this server answers 200 with the same body.
        let transport = RecordingTransport(status: 200, body: Self.createdJSON)
        let response = try await Self.client(transport).createBindingWithResponse(PictifyValidationTests.request())
        #expect(response.status == 200)
        #expect(response.body.binding?.uid == "bnd_1")
    }

    @Test func anUndocumentedSuccessIsRefusedWhenSwitchedOff() async throws {
        let transport = RecordingTransport(status: 200, body: Self.createdJSON)
        let error = try await #require(throws: APIError.self) {
            _ = try await Self.client(transport, acceptUndocumentedSuccess: false).createBinding(PictifyValidationTests.request())
        }
        #expect(error.status == 200)
    }

    @Test func anUndocumentedSuccessWithAnotherBodyIsRefused() async throws {
        let transport = RecordingTransport(status: 202, body: #"{"binding": "queued"}"#)
        let error = try await #require(throws: APIError.self) {
            _ = try await Self.client(transport).createBinding(PictifyValidationTests.request())
        }
        #expect(error.status == 202)
    }

    @Test func anUndocumentedSuccessOfABodylessOperationIsAccepted() async throws {
        // deleteBinding documents 204 only.
        let transport = RecordingTransport(status: 200, body: "")
        let response = try await Self.client(transport).deleteBindingWithResponse(uid: "bnd_1")
        #expect(response.status == 200)
        await #expect(throws: APIError.self) {
            try await Self.client(transport, acceptUndocumentedSuccess: false).deleteBinding(uid: "bnd_1")
        }
    }
}
