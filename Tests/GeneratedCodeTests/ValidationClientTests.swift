import Foundation
import Testing
import ValidationKeywordsModels

/// The generated client validates request bodies before sending (unless switched off) and, when
/// asked, decoded response bodies.
@Suite struct ValidationClientTests {
    /// Records what the client sends and answers with a canned response.
    final class RecordingTransport: HTTPTransport, @unchecked Sendable {
        // @unchecked: the lock guards `sent`.
        private let lock = NSLock()
        private var sent: [HTTPRequest] = []
        let response: HTTPResponse

        init(response: HTTPResponse) {
            self.response = response
        }

        var requests: [HTTPRequest] {
            lock.withLock { sent }
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { sent.append(request) }
            return response
        }
    }

    static let createdJSON = #"{"name": "Ada", "owner": {"email": "ada@example.com"}, "status": "active"}"#
    static let valid = Account(name: "Ada", owner: Owner(email: "ada@example.com"), status: .active)
    static let invalid = Account(name: String(repeating: "x", count: 80), owner: Owner(email: "nobody"), status: .active)

    func client(_ transport: RecordingTransport, validatesRequests: Bool = true, validatesResponses: Bool = false) -> ValidationKeywordsClient {
        ValidationKeywordsClient(configuration: APIClientConfiguration(
            serverURL: URL(fileURLWithPath: "/"), transport: transport, retryPolicy: .none,
            validatesRequests: validatesRequests, validatesResponses: validatesResponses))
    }

    @Test func anInvalidBodyIsNotSent() async throws {
        let transport = RecordingTransport(response: HTTPResponse(status: 201, body: Data(Self.createdJSON.utf8)))
        await #expect(throws: ValidationError(violations: [
            Violation(path: "$.name", message: "must be at most 64 characters, found 80"),
            Violation(path: "$.owner.email", message: "must be an email address"),
        ])) {
            _ = try await client(transport).createAccount(Self.invalid)
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func aValidBodyIsSent() async throws {
        let transport = RecordingTransport(response: HTTPResponse(status: 201, body: Data(Self.createdJSON.utf8)))
        let created = try await client(transport).createAccount(Self.valid)
        #expect(created == Self.valid)
        #expect(transport.requests.count == 1)
    }

    @Test func requestValidationCanBeSwitchedOff() async throws {
        let transport = RecordingTransport(response: HTTPResponse(status: 201, body: Data(Self.createdJSON.utf8)))
        _ = try await client(transport, validatesRequests: false).createAccount(Self.invalid)
        #expect(transport.requests.count == 1)
    }

    @Test func responsesAreValidatedOnlyWhenAsked() async throws {
        let body = Data(#"{"name": "", "owner": {"email": "ada@example.com"}, "status": "active"}"#.utf8)
        let transport = RecordingTransport(response: HTTPResponse(status: 201, body: body))
        let unchecked = try await client(transport).createAccount(Self.valid)
        #expect(unchecked.name == "")
        await #expect(throws: ValidationError(violations: [Violation(path: "$.name", message: "must be at least 1 character, found 0")])) {
            _ = try await client(transport, validatesResponses: true).createAccount(Self.valid)
        }
    }
}
