import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PictifyBindingsModels
import Testing

/// Parameters, the unknown-enum switch and undocumented 2XX statuses of the generated Pictify
/// client, against the loopback server that checks every request with openapi-core: what the client
/// refuses never reaches the server, and what it refuses is what openapi-core refuses too.
@Suite(
    .enabled(if: EndToEnd.isAvailable, "skipping end-to-end tests: run Scripts/e2e/setup.sh"),
    .loopbackServer(spec: "pictify-bindings/pictify-bindings.yaml"),
    .serialized,
    .timeLimit(.minutes(1))
)
struct PictifyParametersEndToEndTests {
    static func client(
        _ server: LoopbackServer, validateRequests: Bool = true, rejectUnknownEnumValues: Bool = false,
        acceptUndocumentedSuccess: Bool = true
    ) -> PictifyClient {
        PictifyClient(
            serverURL: server.url, auth: .bearer(PictifyEndToEndTests.token),
            transport: URLSessionTransport(session: URLSession(configuration: .ephemeral)),
            retryPolicy: .none, timeout: 10, validateRequests: validateRequests,
            rejectUnknownEnumValues: rejectUnknownEnumValues, acceptUndocumentedSuccess: acceptUndocumentedSuccess)
    }

    // MARK: Parameters

    @Test func parametersBreakingTheirSchemasAreRefusedBeforeSending() async throws {
        let server = try await LoopbackServer.forTest()
        let error = try await #require(throws: ValidationError.self) {
            _ = try await Self.client(server).listBindings(limit: 500, offset: -1, templateId: "tmpl 1", tags: ["a", "a"])
        }
        #expect(error.violations.map(\.description) == [
            "query.limit: must be at most 100, found 500",
            "query.offset: must be at least 0, found -1",
            "query.templateId: must match the pattern ^tmpl_[A-Za-z0-9]+$",
            "query.tags: must not contain duplicates, found items 0 and 1 equal",
        ])
        let pathError = try await #require(throws: ValidationError.self) {
            _ = try await Self.client(server).deleteBinding(uid: "../admin")
        }
        #expect(pathError.violations.map(\.path) == ["path.uid"])
        #expect(try await server.requests().isEmpty, "a refused request reached the server")
    }

    @Test func validParametersAreSentAsTheSpecSays() async throws {
        let server = try await LoopbackServer.forTest()
        let requestID = try #require(UUID(uuidString: "7F0C2D4E-1B3A-4C5D-8E9F-0A1B2C3D4E5F"))
        _ = try await Self.client(server).listBindings(
            limit: 100, offset: 0, status: .paused, templateId: "tmpl_123", tags: ["news", "sport"], xRequestID: requestID)
        _ = try await Self.client(server).updateBinding(uid: "bnd_1", body: UpdateBindingRequest(name: "Card", status: .active), notify: true)
        try await Self.client(server).deleteBinding(uid: "bnd_1")

        let requests = try await server.requests()
        try #require(requests.count == 3, "\(requests)")
        #expect(requests.map(\.valid) == [true, true, true], "\(requests)")
        #expect(requests[0].target == "/bindings?limit=100&offset=0&status=paused&templateId=tmpl_123&tags=news&tags=sport")
        #expect(requests[0].header("X-Request-ID") == "7F0C2D4E-1B3A-4C5D-8E9F-0A1B2C3D4E5F")
        #expect(requests[1].method == "PATCH")
        #expect(requests[1].target == "/bindings/bnd_1?notify=true")
        #expect(try requests[1].jsonBody() == LooseJSON(json: #"{"name": "Card", "status": "active"}"#))
        #expect(requests.map(\.operationId) == ["listBindings", "updateBinding", "deleteBinding"])
    }

    /// Boundary values of each constrained parameter: the client's verdict (checked before sending)
    /// is openapi-core's (the same values sent with checking off). Left out: a value ending in a
    /// line break (`"tmpl_a\n"`), which the client refuses, as ECMA-262's `$` (JSON Schema's) matches
    /// only at the very end, and openapi-core accepts, as Python's `re` lets `$` match before it.
    @Test func theClientRefusesWhatOpenAPICoreRefuses() async throws {
        let server = try await LoopbackServer.forTest()
        let calls: [(String, @Sendable (PictifyClient) async throws -> Void)] = [
            ("limit 0", { _ = try await $0.listBindings(limit: 0) }),
            ("limit 1", { _ = try await $0.listBindings(limit: 1) }),
            ("limit 100", { _ = try await $0.listBindings(limit: 100) }),
            ("limit 101", { _ = try await $0.listBindings(limit: 101) }),
            ("offset -1", { _ = try await $0.listBindings(offset: -1) }),
            ("offset 0", { _ = try await $0.listBindings(offset: 0) }),
            ("templateId tmpl_a1", { _ = try await $0.listBindings(templateId: "tmpl_a1") }),
            ("templateId tmpl-a1", { _ = try await $0.listBindings(templateId: "tmpl-a1") }),
            ("five tags", { _ = try await $0.listBindings(tags: ["a", "b", "c", "d", "e"]) }),
            ("six tags", { _ = try await $0.listBindings(tags: ["a", "b", "c", "d", "e", "f"]) }),
            ("repeated tag", { _ = try await $0.listBindings(tags: ["a", "b", "a"]) }),
            ("uid bnd_9", { try await $0.deleteBinding(uid: "bnd_9") }),
            ("uid of 65 characters", { try await $0.deleteBinding(uid: "bnd_" + String(repeating: "x", count: 61)) }),
            ("uid bnd-9", { try await $0.deleteBinding(uid: "bnd-9") }),
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
            _ = try await Self.client(server).listBindings(status: .unknown("archived"))
        }
        #expect(error.status == 400)
        let sent = try await server.requests()
        #expect(sent.map(\.target) == ["/bindings?status=archived"])
        #expect(sent.map(\.valid) == [false])

        try await server.reset()
        let refusing = Self.client(server, rejectUnknownEnumValues: true)
        let refusal = try await #require(throws: ValidationError.self) {
            _ = try await refusing.listBindings(status: .unknown("archived"))
        }
        #expect(refusal.violations == [
            Violation(path: "query.status", message: #"must be one of "active", "paused", "error", found "archived""#),
        ])
        await #expect(throws: ValidationError.self) {
            _ = try await refusing.updateBinding(uid: "bnd_1", body: UpdateBindingRequest(status: .unknown("archived")))
        }
        #expect(try await server.requests().isEmpty, "a refused request reached the server")
        // Listed values still go through.
        _ = try await refusing.listBindings(status: .error)
        #expect(try await server.requests().map(\.valid) == [true])
    }

    // MARK: Undocumented success statuses

    @Test func anUndocumentedSuccessIsAcceptedWhenItsBodyIsTheDocumentedOne() async throws {
        // createBinding documents 201; this server answers 200 with the same body.
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(ScriptedResponse(
            status: 200, headers: ["Content-Type": "application/json"], body: PictifyEndToEndTests.createdBody))
        let response = try await Self.client(server).createBindingWithResponse(PictifyEndToEndTests.fullRequest)
        #expect(response.status == 200)
        #expect(response.body.binding?.uid == "bnd_1")

        try await server.enqueue(ScriptedResponse(status: 200))
        let deleted = try await Self.client(server).deleteBindingWithResponse(uid: "bnd_1")
        #expect(deleted.status == 200)
        #expect(try await server.requests().map(\.valid) == [true, true])
    }

    @Test func anUndocumentedSuccessIsRefusedWhenSwitchedOffOrWhenItsBodyIsAnother() async throws {
        let server = try await LoopbackServer.forTest()
        try await server.enqueue(
            ScriptedResponse(status: 200, headers: ["Content-Type": "application/json"], body: PictifyEndToEndTests.createdBody),
            ScriptedResponse(status: 202, headers: ["Content-Type": "application/json"], body: #"{"binding": "queued"}"#))
        let strict = try await #require(throws: APIError.self) {
            _ = try await Self.client(server, acceptUndocumentedSuccess: false).createBinding(PictifyEndToEndTests.fullRequest)
        }
        #expect(strict.status == 200)
        let other = try await #require(throws: APIError.self) {
            _ = try await Self.client(server).createBinding(PictifyEndToEndTests.fullRequest)
        }
        #expect(other.status == 202)
        #expect(other.bodyText == #"{"binding": "queued"}"#)
        #expect(try await server.requests().map(\.valid) == [true, true])
    }
}
