import Foundation
import Testing

/// Runs a suite with its own ``LoopbackServer`` for `spec`, started before the suite's first test
/// and stopped after its last; the tests reach it through ``LoopbackServer/current``.
///
/// Use it with `.serialized`, since the tests share the server's queue and records, and with
/// `.enabled(if: EndToEnd.isAvailable)`, so that the suite skips where there is no venv.
struct LoopbackServerTrait: SuiteTrait, TestScoping {
    /// The spec the server validates requests against.
    let spec: URL

    /// Once for the suite, not again for each test.
    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        guard let python = EndToEnd.python else {
            // The suite is disabled then, but run whatever is asked of it without a server.
            try await function()
            return
        }
        let server = try LoopbackServer(python: python, spec: spec)
        defer { server.stop() }
        try await LoopbackServer.$current.withValue(server) {
            try await function()
        }
    }
}

extension Trait where Self == LoopbackServerTrait {
    /// A loopback server validating against the fixture spec at `path` below `Fixtures/`.
    static func loopbackServer(spec path: String) -> Self {
        LoopbackServerTrait(spec: EndToEnd.fixture(path))
    }
}

extension LoopbackServer {
    /// The suite's server, reset, for a test to use.
    static func forTest() async throws -> LoopbackServer {
        let server = try #require(current, "no loopback server: the suite needs the .loopbackServer trait")
        try await server.reset()
        return server
    }
}
