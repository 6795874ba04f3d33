import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SpecsmithRuntime
import Testing

/// `Retry-After` parsing and the wait it gives.
@Suite struct RetryAfterTests {
    /// Sun, 06 Nov 1994 08:49:37 GMT.
    static let httpDate = Date(timeIntervalSince1970: 784_111_777)

    @Test func delaySeconds() {
        #expect(RetryPolicy.seconds(retryAfter: "120", now: Date()) == 120)
        #expect(RetryPolicy.seconds(retryAfter: " 0 ", now: Date()) == 0)
        #expect(RetryPolicy.seconds(retryAfter: "-5", now: Date()) == nil)
        #expect(RetryPolicy.seconds(retryAfter: "+5", now: Date()) == nil)
        #expect(RetryPolicy.seconds(retryAfter: "1.5", now: Date()) == nil)
        #expect(RetryPolicy.seconds(retryAfter: "", now: Date()) == nil)
        #expect(RetryPolicy.seconds(retryAfter: "soon", now: Date()) == nil)
        #expect(RetryPolicy.seconds(retryAfter: "99999999999999999999999", now: Date()) == nil)
    }

    @Test func httpDate() {
        let now = Self.httpDate.addingTimeInterval(-30)
        #expect(RetryPolicy.seconds(retryAfter: "Sun, 06 Nov 1994 08:49:37 GMT", now: now) == 30)
        // A date in the past means now, never a negative wait.
        #expect(RetryPolicy.seconds(retryAfter: "Sun, 06 Nov 1994 08:49:37 GMT", now: Self.httpDate.addingTimeInterval(60)) == 0)
    }

    /// RFC 9110 makes recipients accept the two obsolete forms too.
    @Test func obsoleteHTTPDateForms() {
        let now = Self.httpDate.addingTimeInterval(-30)
        #expect(RetryPolicy.seconds(retryAfter: "Sunday, 06-Nov-94 08:49:37 GMT", now: now) == 30)
        #expect(RetryPolicy.seconds(retryAfter: "Sun Nov  6 08:49:37 1994", now: now) == 30)
        #expect(RetryPolicy.seconds(retryAfter: "Sun Nov 16 08:49:37 1994", now: now) == TimeInterval(30 + 10 * 86_400))
    }

    /// A two-digit year more than 50 years ahead is in the century before.
    @Test func twoDigitYearsPickTheirCentury() {
        let in2026 = Date(timeIntervalSince1970: 1_769_682_600)
        // "27" is 2027, a year ahead: about 11 months from January 2026.
        let ahead = RetryPolicy.seconds(retryAfter: "Friday, 01-Jan-27 00:00:00 GMT", now: in2026) ?? 0
        #expect((300 * 86_400...340 * 86_400).contains(ahead))
        // "94" would be 2094, more than 50 years ahead, so it is 1994: in the past, no wait.
        #expect(RetryPolicy.seconds(retryAfter: "Sunday, 06-Nov-94 08:49:37 GMT", now: in2026) == 0)
    }

    @Test(arguments: [
        "Sunday, 6-Nov-94 08:49:37 GMT", "Sunday, 06-Nov-1994 08:49:37 GMT", "Sun Nov 6 08:49:37 1994", "Sun Nov  6 08:49:37 94",
        "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
        "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 24:49:37 GMT", "Sun 06 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49 GMT",
    ])
    func refusesMalformedDates(_ value: String) {
        #expect(RetryPolicy.seconds(retryAfter: value, now: Self.httpDate) == nil)
    }

    @Test func retryAfterIsCappedAtMaxDelay() {
        let policy = RetryPolicy(maxAttempts: 3, initialDelay: 1, maxDelay: 30)
        #expect(policy.delay(afterAttempt: 1, retryAfter: "3600") == 30)
        #expect(policy.delay(afterAttempt: 1, retryAfter: "7") == 7)
        #expect(policy.delay(afterAttempt: 1, retryAfter: "Sun, 06 Nov 1994 08:49:37 GMT", now: Self.httpDate.addingTimeInterval(-100)) == 30)
    }

    @Test func backoffGrowsWithFullJitterUnderTheCap() {
        let policy = RetryPolicy(maxAttempts: 10, initialDelay: 0.5, maxDelay: 3, multiplier: 2)
        for _ in 0..<200 {
            #expect((0...0.5).contains(policy.delay(afterAttempt: 1, retryAfter: nil)))
            #expect((0...1).contains(policy.delay(afterAttempt: 2, retryAfter: nil)))
            #expect((0...3).contains(policy.delay(afterAttempt: 8, retryAfter: nil)))
        }
        // An unparsable Retry-After falls back to the backoff.
        #expect((0...0.5).contains(policy.delay(afterAttempt: 1, retryAfter: "later")))
        // Jitter: 200 draws are not all the same.
        #expect(Set((0..<200).map { _ in policy.delay(afterAttempt: 3, retryAfter: nil) }).count > 1)
        #expect(RetryPolicy(initialDelay: 1, maxDelay: -5).delay(afterAttempt: 1, retryAfter: "10") == 0)
    }
}

/// What `APIClientCore.send` retries, observed through a scripted transport.
@Suite struct RetryBehaviourTests {
    private func send(_ core: APIClientCore, method: String = "GET") async throws -> HTTPResponse {
        try await core.send(HTTPRequestBuilder(method: method, pathTemplate: "/r"), operationID: "op", security: [], schemes: [])
    }

    @Test(arguments: [429, 503])
    func retriesTooManyRequestsAndUnavailableForAnyMethod(_ status: Int) async throws {
        for method in ["GET", "POST", "PATCH"] {
            let transport = FakeTransport([HTTPResponse.reply(status), HTTPResponse.reply(200)])
            let response = try await send(makeCore(transport), method: method)
            #expect(response.status == 200)
            #expect(transport.requests.count == 2)
        }
    }

    @Test(arguments: [400, 401, 404, 500, 502, 504])
    func doesNotRetryOtherStatuses(_ status: Int) async throws {
        let transport = FakeTransport([HTTPResponse.reply(status), HTTPResponse.reply(200)])
        #expect(try await send(makeCore(transport)).status == status)
        #expect(transport.requests.count == 1)
    }

    @Test func stopsAfterMaxAttemptsWithTheLastResponse() async throws {
        let transport = FakeTransport([HTTPResponse.reply(503, ["X-Try": "1"]), HTTPResponse.reply(503, ["X-Try": "2"]), HTTPResponse.reply(503, ["X-Try": "3"]), HTTPResponse.reply(200)])
        let response = try await send(makeCore(transport))
        #expect(response.status == 503)
        #expect(response.headers["X-Try"] == "3")
        #expect(transport.requests.count == 3)
    }

    @Test func noneNeverRetries() async throws {
        let transport = FakeTransport([HTTPResponse.reply(503), HTTPResponse.reply(200)])
        #expect(try await send(makeCore(transport, retry: .none)).status == 503)
        #expect(transport.requests.count == 1)
    }

    @Test func transportErrorsRetryOnlyIdempotentMethods() async throws {
        for method in ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "get"] {
            let transport = FakeTransport([.failure(URLError(.timedOut)), HTTPResponse.reply(204)])
            #expect(try await send(makeCore(transport), method: method).status == 204)
            #expect(transport.requests.count == 2, "\(method)")
        }
        for method in ["POST", "PATCH"] {
            let transport = FakeTransport([.failure(URLError(.networkConnectionLost)), HTTPResponse.reply(204)])
            await #expect(throws: URLError.self) { try await send(makeCore(transport), method: method) }
            #expect(transport.requests.count == 1, "\(method)")
        }
    }

    @Test(arguments: [URLError.Code.cancelled, .badURL, .unsupportedURL])
    func permanentTransportErrorsAreNotRetried(_ code: URLError.Code) async throws {
        let transport = FakeTransport([.failure(URLError(code)), HTTPResponse.reply(200)])
        await #expect(throws: URLError.self) { try await send(makeCore(transport)) }
        #expect(transport.requests.count == 1)
    }

    @Test func otherErrorsAreNotRetried() async throws {
        struct Custom: Error {}
        let transport = FakeTransport([.failure(Custom()), HTTPResponse.reply(200)])
        await #expect(throws: Custom.self) { try await send(makeCore(transport)) }
        #expect(transport.requests.count == 1)
        let nonHTTP = FakeTransport([.failure(HTTPClientError.transport("not HTTP")), HTTPResponse.reply(200)])
        #expect(try await send(makeCore(nonHTTP)).status == 200)
    }

    /// Uncapped, Retry-After would wait an hour and the time limit would fail the test; the bound is
    /// that loose because a loaded machine (the whole suite in parallel) can delay a 0.3 s sleep by seconds.
    @Test(.timeLimit(.minutes(2))) func waitsForRetryAfterUpToTheCap() async throws {
        let transport = FakeTransport([HTTPResponse.reply(429, ["Retry-After": "3600"]), HTTPResponse.reply(200)])
        let policy = RetryPolicy(maxAttempts: 2, initialDelay: 0, maxDelay: 0.3)
        let start = Date()
        #expect(try await send(makeCore(transport, retry: policy)).status == 200)
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed >= 0.25, "the wait should be Retry-After capped at maxDelay (0.3 s), was \(elapsed)")
        #expect(transport.requests.count == 2)
        // That the cap applies is checked on `delay(afterAttempt:retryAfter:)` above, not here: an
        // upper bound on wall time fails whenever the suite's other tests keep the machine busy.
    }

    @Test func cancellationEndsTheWait() async throws {
        let transport = FakeTransport([HTTPResponse.reply(503, ["Retry-After": "120"]), HTTPResponse.reply(200)])
        let core = makeCore(transport, retry: RetryPolicy(maxAttempts: 2, initialDelay: 0, maxDelay: 120))
        let task = Task { try await send(core) }
        try await Task.sleep(nanoseconds: 100_000_000)
        task.cancel()
        let start = Date()
        await #expect(throws: CancellationError.self) { try await task.value }
        // Far below the 120 s wait, with room for a loaded machine.
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(transport.requests.count == 1)
    }

    @Test func middlewaresRunInOrderOncePerAttempt() async throws {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var entries: [String] = []
            func add(_ entry: String) { lock.withLock { entries.append(entry) } }
        }
        struct Tagging: HTTPMiddleware {
            let name: String
            let log: Log
            func intercept(_ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
                log.add("\(name)>")
                var request = request
                try request.headers.add("X-Seen", name)
                let response = try await next(request)
                log.add("<\(name)")
                return response
            }
        }
        let log = Log()
        let transport = FakeTransport([HTTPResponse.reply(503), HTTPResponse.reply(200)])
        let core = makeCore(transport, middlewares: [Tagging(name: "outer", log: log), Tagging(name: "inner", log: log)])
        _ = try await send(core)
        #expect(log.entries == ["outer>", "inner>", "<inner", "<outer", "outer>", "inner>", "<inner", "<outer"])
        #expect(transport.requests.last?.headers.values(for: "X-Seen") == ["outer", "inner"])
        #expect(transport.requests.last?.operationID == "op")
    }
}
