import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import QueryParametersClient
import Testing

/// Parameters, the unknown-enum switch and undocumented 2XX statuses of the generated client of
/// `query-parameters.yaml`'s `/items` operations, against the loopback server that checks every request with openapi-core: what the client
/// refuses never reaches the server, and what it refuses is what openapi-core refuses too.
@Suite(
    .enabled(if: EndToEnd.isAvailable, "skipping end-to-end tests: run Scripts/e2e/setup.sh"),
    .loopbackServer(spec: "query-parameters/query-parameters.yaml"),
    .serialized,
    .timeLimit(.minutes(1))
)
struct ParameterChecksEndToEndTests {
    static func client(
        _ server: LoopbackServer, validateRequests: Bool = true, rejectUnknownEnumValues: Bool = false,
        acceptUndocumentedSuccess: Bool = true
    ) -> TestQueryParametersClient {
        TestQueryParametersClient(
            serverURL: server.url,
            transport: URLSessionTransport(session: URLSession(configuration: .ephemeral)),
            retryPolicy: .none, timeout: 10, validateRequests: validateRequests,
            rejectUnknownEnumValues: rejectUnknownEnumValues, acceptUndocumentedSuccess: acceptUndocumentedSuccess)
    }

    // MARK: Parameters

    @Test func parametersBreakingTheirSchemasAreRefusedBeforeSending() async throws {
        let server = try await LoopbackServer.forTest()
        let error = try await #require(throws: ValidationError.self) {
            _ = try await Self.client(server).listItems(limit: 500, offset: -1, prefix: "itm 1", tags: ["a", "a"])
        }
        #expect(error.violations.map(\.description) == [
            "query.limit: must be at most 100, found 500",
            "query.offset: must be at least 0, found -1",
            "query.prefix: must match the pattern ^itm_[A-Za-z0-9]+$",
            "query.tags: must not contain duplicates, found items 0 and 1 equal",
        ])
        let pathError = try await #require(throws: ValidationError.self) {
            try await Self.client(server).deleteItem(itemId: "../admin")
        }
        #expect(pathError.violations.map(\.path) == ["path.itemId"])
        #expect(try await server.requests().isEmpty, "a refused request reached the server")
    }

    @Test func validParametersAreSentAsTheSpecSays() async throws {
        let server = try await LoopbackServer.forTest()
        let requestID = try #require(UUID(uuidString: "7F0C2D4E-1B3A-4C5D-8E9F-0A1B2C3D4E5F"))
        _ = try await Self.client(server).listItems(
            limit: 100, offset: 0, status: .paused, prefix: "itm_12", tags: ["news", "sport"], xRequestID: requestID)
        _ = try await Self.client(server).updateItem(itemId: "itm_1", body: ItemChanges(name: "Lamp", status: .active), notify: true)
        try await Self.client(server).deleteItem(itemId: "itm_1")

        let requests = try await server.requests()
        try #require(requests.count == 3, "\(requests)")
        #expect(requests.map(\.valid) == [true, true, true], "\(requests)")
        #expect(requests[0].target == "/items?limit=100&offset=0&status=paused&prefix=itm_12&tags=news&tags=sport")
        // UUIDs are written in lower case (RFC 4122), though Foundation's uuidString is upper case.
        #expect(requests[0].header("X-Request-ID") == "7f0c2d4e-1b3a-4c5d-8e9f-0a1b2c3d4e5f")
        #expect(requests[1].method == "PATCH")
        #expect(requests[1].target == "/items/itm_1?notify=true")
        #expect(try requests[1].jsonBody() == LooseJSON(json: #"{"name": "Lamp", "status": "active"}"#))
        #expect(requests.map(\.operationId) == ["listItems", "updateItem", "deleteItem"])
    }

    /// Boundary values of each constrained parameter: the client's verdict (checked before sending)
    /// is openapi-core's (the same values sent with checking off). Left out: a value ending in a
    /// line break (`"itm_a\n"`), which the client refuses, as ECMA-262's `$` (JSON Schema's) matches
    /// only at the very end, and openapi-core accepts, as Python's `re` lets `$` match before it.
    @Test func theClientRefusesWhatOpenAPICoreRefuses() async throws {
        let server = try await LoopbackServer.forTest()
        let calls: [(String, @Sendable (TestQueryParametersClient) async throws -> Void)] = [
            ("limit 0", { _ = try await $0.listItems(limit: 0) }),
            ("limit 1", { _ = try await $0.listItems(limit: 1) }),
            ("limit 100", { _ = try await $0.listItems(limit: 100) }),
            ("limit 101", { _ = try await $0.listItems(limit: 101) }),
            ("offset -1", { _ = try await $0.listItems(offset: -1) }),
            ("offset 0", { _ = try await $0.listItems(offset: 0) }),
            ("prefix itm_a1", { _ = try await $0.listItems(prefix: "itm_a1") }),
            ("prefix itm-a1", { _ = try await $0.listItems(prefix: "itm-a1") }),
            ("five tags", { _ = try await $0.listItems(tags: ["a", "b", "c", "d", "e"]) }),
            ("six tags", { _ = try await $0.listItems(tags: ["a", "b", "c", "d", "e", "f"]) }),
            ("repeated tag", { _ = try await $0.listItems(tags: ["a", "b", "a"]) }),
            ("itemId itm_9", { try await $0.deleteItem(itemId: "itm_9") }),
            ("itemId of 65 characters", { try await $0.deleteItem(itemId: "itm_" + String(repeating: "x", count: 61)) }),
            ("itemId itm-9", { try await $0.deleteItem(itemId: "itm-9") }),
        ]
        var refusedCount = 0
        for (name, call) in calls {
            try await server.reset()
            var refused = false
            do {
                try await call(Self.client(server))
            } catch is ValidationError {
                refused = true
                refusedCount += 1
            } catch {
                Issue.record("\(name): \(error)")
            }
            #expect(try await server.requests().count == (refused ? 0 : 1), "\(name)")
            // Sent anyway, the server's validator must agree.
            try await server.reset()
            _ = try? await call(Self.client(server, validateRequests: false))
            let sent = try await server.requests()
            try #require(sent.count == 1, "\(name): \(sent)")
            #expect(sent[0].valid == !refused, "\(name): the client \(refused ? "refused" : "sent") it; openapi-core: \(sent[0])")
        }
        #expect(refusedCount == 8)
    }

    // MARK: Unknown enum values

    @Test func unknownEnumValuesAreSentUnlessTheClientIsAskedToRefuseThem() async throws {
        let server = try await LoopbackServer.forTest()
        // By default the value goes out as it is, and this server, like a strict API, refuses it.
        let error = try await #require(throws: APIError.self) {
            _ = try await Self.client(server).listItems(status: .unknown("deleted"))
        }
        #expect(error.status == 400)
        let sent = try await server.requests()
        #expect(sent.map(\.target) == ["/items?status=deleted"])
        #expect(sent.map(\.valid) == [false])

        try await server.reset()
        let refusing = Self.client(server, rejectUnknownEnumValues: true)
        let refusal = try await #require(throws: ValidationError.self) {
            _ = try await refusing.listItems(status: .unknown("deleted"))
        }
        #expect(refusal.violations == [
            Violation(path: "query.status", message: #"must be one of "active", "paused", "archived", found "deleted""#),
        ])
        await #expect(throws: ValidationError.self) {
            _ = try await refusing.updateItem(itemId: "itm_1", body: ItemChanges(status: .unknown("deleted")))
        }
        #expect(try await server.requests().isEmpty, "a refused request reached the server")
        // Listed values still go through.
        _ = try await refusing.listItems(status: .archived)
        #expect(try await server.requests().map(\.valid) == [true])
    }

    // MARK: Undocumented success statuses

    static let itemJSON = #"{"id": "itm_1", "name": "Lamp", "status": "active"}"#

    @Test func anUndocumentedSuccessIsAcceptedWhenItsBodyIsTheDocumentedOne() async throws {
        // createItem documents 201; this server answers 200 with the same body.
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(ScriptedResponse(status: 200, headers: ["Content-Type": "application/json"], body: Self.itemJSON))
        let response = try await Self.client(server).createItemWithResponse(ItemChanges(name: "Lamp"))
        #expect(response.status == 200)
        #expect(response.body.id == "itm_1")

        // deleteItem documents 204 only.
        try await server.enqueue(ScriptedResponse(status: 200))
        let deleted = try await Self.client(server).deleteItemWithResponse(itemId: "itm_1")
        #expect(deleted.status == 200)
        #expect(try await server.requests().map(\.valid) == [true, true])
    }

    @Test func anUndocumentedSuccessIsRefusedWhenSwitchedOffOrWhenItsBodyIsAnother() async throws {
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(
            ScriptedResponse(status: 200, headers: ["Content-Type": "application/json"], body: Self.itemJSON),
            ScriptedResponse(status: 202, headers: ["Content-Type": "application/json"], body: #"{"queued": true}"#))
        let strict = try await #require(throws: APIError.self) {
            _ = try await Self.client(server, acceptUndocumentedSuccess: false).createItem(ItemChanges(name: "Lamp"))
        }
        #expect(strict.status == 200)
        let other = try await #require(throws: APIError.self) {
            _ = try await Self.client(server).createItem(ItemChanges(name: "Lamp"))
        }
        #expect(other.status == 202)
        #expect(other.bodyText == #"{"queued": true}"#)
        #expect(try await server.requests().map(\.valid) == [true, true])
    }
}
