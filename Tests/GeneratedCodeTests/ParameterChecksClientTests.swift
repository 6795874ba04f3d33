import Foundation
import QueryParametersClient
import Testing

/// The generated client of `query-parameters.yaml` in process: parameters checked before sending
/// (with each parameter's location and name in its violations), the unknown-enum switch,
/// undocumented 2XX statuses, and the call-site order (path parameters, body, the rest).
@Suite struct ParameterChecksClientTests {
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

    static let itemJSON = #"{"id": "itm_1", "name": "Lamp", "status": "active"}"#
    static let pageJSON = #"{"items": [], "total": 0}"#

    static func client(
        _ transport: RecordingTransport, validateRequests: Bool = true, rejectUnknownEnumValues: Bool = false,
        acceptUndocumentedSuccess: Bool = true
    ) -> TestQueryParametersClient {
        TestQueryParametersClient(
            transport: transport, retryPolicy: .none, validateRequests: validateRequests,
            rejectUnknownEnumValues: rejectUnknownEnumValues, acceptUndocumentedSuccess: acceptUndocumentedSuccess)
    }

    // MARK: Parameters

    @Test func parametersOutOfBoundsAreRefusedWithTheirNamesAndNothingIsSent() async throws {
        let transport = RecordingTransport(body: Self.pageJSON)
        await #expect(throws: ValidationError(violations: [
            Violation(path: "query.limit", message: "must be at most 100, found 500"),
            Violation(path: "query.offset", message: "must be at least 0, found -1"),
        ])) {
            _ = try await Self.client(transport).listItems(limit: 500, offset: -1)
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func patternsAndArrayCountsOfParametersAreChecked() async throws {
        let transport = RecordingTransport(body: Self.pageJSON)
        let error = try await #require(throws: ValidationError.self) {
            _ = try await Self.client(transport).listItems(prefix: "item 1", tags: ["a", "b", "a", "c", "d", ""])
        }
        #expect(error.violations.map(\.path) == ["query.prefix", "query.tags", "query.tags", "query.tags[5]"])
        #expect(error.violations.map(\.message).contains("must have at most 5 items, found 6"))
        #expect(transport.requests.isEmpty)
    }

    @Test func aPathParameterAndTheBodyAreReportedTogether() async throws {
        let transport = RecordingTransport(body: Self.itemJSON)
        let error = try await #require(throws: ValidationError.self) {
            _ = try await Self.client(transport).updateItem(itemId: "itm 1", body: ItemChanges(name: String(repeating: "n", count: 101)))
        }
        #expect(error.violations.map(\.path) == ["path.itemId", "$.name"])
        #expect(transport.requests.isEmpty)
    }

    @Test func validParametersAreSentInCallSiteOrder() async throws {
        let transport = RecordingTransport(body: Self.itemJSON)
        let item = try await Self.client(transport).updateItem(itemId: "itm_1", body: ItemChanges(status: .paused), notify: true)
        #expect(item.id == "itm_1")
        let request = try #require(transport.requests.first)
        #expect(request.method == "PATCH")
        #expect(request.url.absoluteString == "https://example.com/items/itm_1?notify=true")
    }

    @Test func parameterValidationFollowsTheRequestValidationSwitch() async throws {
        let transport = RecordingTransport(body: Self.pageJSON)
        _ = try await Self.client(transport, validateRequests: false).listItems(limit: 500)
        #expect(transport.requests.map(\.url.query) == ["limit=500"])
    }

    // MARK: Unknown enum values

    @Test func unknownEnumValuesAreSentByDefault() async throws {
        let transport = RecordingTransport(body: Self.pageJSON)
        _ = try await Self.client(transport).listItems(status: .unknown("deleted"))
        #expect(transport.requests.map(\.url.query) == ["status=deleted"])
    }

    @Test func unknownEnumValuesInParametersAndBodiesAreRefusedWhenAsked() async throws {
        let transport = RecordingTransport(body: Self.itemJSON)
        let client = Self.client(transport, rejectUnknownEnumValues: true)
        await #expect(throws: ValidationError(violations: [
            Violation(path: "query.status", message: #"must be one of "active", "paused", "archived", found "deleted""#),
        ])) {
            _ = try await client.listItems(status: .unknown("deleted"))
        }
        await #expect(throws: ValidationError(violations: [
            Violation(path: "$.status", message: #"must be one of "active", "paused", "archived", found "deleted""#),
        ])) {
            _ = try await client.updateItem(itemId: "itm_1", body: ItemChanges(status: .unknown("deleted")))
        }
        #expect(transport.requests.isEmpty)
        // Listed values still go through.
        _ = try await client.updateItem(itemId: "itm_1", body: ItemChanges(status: .archived))
        #expect(transport.requests.count == 1)
    }

    // MARK: Undocumented success statuses

    @Test func anUndocumentedSuccessWithTheDocumentedBodyIsAccepted() async throws {
        // The spec documents 201 for createItem; this server answers 200 with the same body.
        let transport = RecordingTransport(status: 200, body: Self.itemJSON)
        let response = try await Self.client(transport).createItemWithResponse(ItemChanges(name: "Lamp"))
        #expect(response.status == 200)
        #expect(response.body.id == "itm_1")
    }

    @Test func anUndocumentedSuccessIsRefusedWhenSwitchedOff() async throws {
        let transport = RecordingTransport(status: 200, body: Self.itemJSON)
        let error = try await #require(throws: APIError.self) {
            _ = try await Self.client(transport, acceptUndocumentedSuccess: false).createItem(ItemChanges(name: "Lamp"))
        }
        #expect(error.status == 200)
    }

    @Test func anUndocumentedSuccessWithAnotherBodyIsRefused() async throws {
        let transport = RecordingTransport(status: 202, body: #"{"queued": true}"#)
        let error = try await #require(throws: APIError.self) {
            _ = try await Self.client(transport).createItem(ItemChanges(name: "Lamp"))
        }
        #expect(error.status == 202)
    }

    @Test func anUndocumentedSuccessOfABodylessOperationIsAccepted() async throws {
        // deleteItem documents 204 only.
        let transport = RecordingTransport(status: 200, body: "")
        let response = try await Self.client(transport).deleteItemWithResponse(itemId: "itm_1")
        #expect(response.status == 200)
        await #expect(throws: APIError.self) {
            try await Self.client(transport, acceptUndocumentedSuccess: false).deleteItem(itemId: "itm_1")
        }
    }
}
