import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Configuration

/// When and how long to wait before sending a request again.
///
/// A request is sent again when
/// - the status is 429 (Too Many Requests) or 503 (Service Unavailable), whatever the method, because
///   the server says it did not process the request; or
/// - the transport failed (a `URLError`, timeouts included, other than `cancelled`, `badURL` and
///   `unsupportedURL`, which would fail again; or ``HTTPClientError/transport(_:)``) and the method is
///   idempotent (GET, HEAD, PUT, DELETE, OPTIONS, TRACE): a POST or PATCH may have reached the server
///   before the connection broke, and repeating it could do the work twice.
///
/// Before attempt *n* + 1 the client waits for the server's `Retry-After` (in seconds or as an HTTP
/// date in any of RFC 9110's three forms) or, without one, a random time between zero and `initialDelay × multiplier`ⁿ⁻¹ ("full
/// jitter", so that clients that failed together do not come back together); either wait is capped
/// at `maxDelay`. Cancelling the task ends the wait at once, and a cancelled request is not retried.
/// When the attempts run out the last response (or error) is what the caller gets.
public struct RetryPolicy: Sendable, Hashable {
    /// How many times a request is sent at most, the first time included; 1 or less never retries.
    public var maxAttempts: Int
    /// The longest random wait before the first retry, in seconds.
    public var initialDelay: TimeInterval
    /// The longest wait before any retry, in seconds, `Retry-After` included.
    public var maxDelay: TimeInterval
    /// How much the longest random wait grows with each retry.
    public var multiplier: Double

    /// Creates a policy.
    public init(maxAttempts: Int = 3, initialDelay: TimeInterval = 0.5, maxDelay: TimeInterval = 30, multiplier: Double = 2) {
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.multiplier = multiplier
    }

    /// Never retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Up to three attempts, waiting up to 0.5 s and then up to 1 s, or what `Retry-After` says (at most 30 s).
    public static let `default` = RetryPolicy()

    /// The wait before the retry that follows attempt `attempt` (counted from 1).
    func delay(afterAttempt attempt: Int, retryAfter: String?, now: Date = Date()) -> TimeInterval {
        let cap = max(0, maxDelay)
        if let retryAfter, let seconds = Self.seconds(retryAfter: retryAfter, now: now) {
            return min(seconds, cap)
        }
        let ceiling = min(cap, initialDelay * pow(multiplier, Double(max(0, attempt - 1))))
        guard ceiling.isFinite, ceiling > 0 else { return 0 }
        return Double.random(in: 0...ceiling)
    }

    /// The seconds a `Retry-After` value asks for: delay-seconds, or the time until an HTTP-date
    /// (see `HTTPDate`), never negative; `nil` if it is neither.
    static func seconds(retryAfter value: String, now: Date) -> TimeInterval? {
        let value = value.trimmingCharacters(in: .whitespaces)
        if let seconds = HTTPDate.number(value[...], digits: value.utf8.count) { return TimeInterval(seconds) }
        return HTTPDate.date(from: value, now: now).map { max(0, $0.timeIntervalSince(now)) }
    }
}

/// Everything an API client needs to know to send requests.
///
/// `description` (which `dump` shows too) names the server, the schemes that have credentials and
/// the credentials' kinds, never a secret: a password in the server URL is `<redacted>`, and the
/// transport and middlewares, which may hold secrets of their own, are only counted.
public struct APIClientConfiguration: Sendable, CustomStringConvertible, CustomReflectable {
    /// The server URL that operation paths are appended to; may have a base path (`https://api.example.com/v2`).
    public var serverURL: URL
    /// What sends the requests.
    public var transport: any HTTPTransport
    /// Credentials by security scheme name (the key in `components.securitySchemes`).
    public var credentials: [String: APICredential]
    /// The credential for every scheme without an entry in `credentials`, where its kind fits the
    /// scheme (a bearer token for a bearer scheme, and so on).
    public var defaultCredential: APICredential?
    /// When to retry.
    public var retryPolicy: RetryPolicy
    /// The timeout of every request (see ``HTTPRequest/timeout``); `nil` leaves the transport's default.
    public var timeout: TimeInterval?
    /// Middlewares in the order they see a request; the first is outermost.
    public var middlewares: [any HTTPMiddleware]
    /// Whether generated operations validate request parameters and bodies before sending (when
    /// validators are generated): a value that breaks its schema (a `limit` above its `maximum`, a
    /// body property too long) throws `ValidationError` with every violation, and nothing is sent.
    public var validatesRequests: Bool
    /// Whether request validation also refuses values that open enums keep although the API
    /// description does not list them (`.unknown("gif")` where it lists `png` and `jpeg`), which
    /// are otherwise sent as they are. Off by default; only when ``validatesRequests`` is on.
    public var rejectsUnknownEnumValues: Bool
    /// Whether generated operations validate decoded success bodies, throwing `ValidationError`.
    public var validatesResponses: Bool
    /// Whether a 2XX status the API description does not document for an operation (a 200 where it
    /// documents 201) is still a success when its body decodes as the documented success body: servers
    /// drift like this, and the body is what the caller wants. On by default; off, such a response
    /// throws `APIError`. Operations whose documented successes have different bodies never guess.
    public var acceptsUndocumentedSuccess: Bool
    /// The longest response body accepted, in bytes; a longer one fails with
    /// ``HTTPClientError/responseTooLarge(limit:)`` (and ``URLSessionTransport`` stops receiving it as
    /// soon as it is too long), so a broken or hostile server cannot exhaust memory. 100 MiB by default.
    public var maxResponseBodySize: Int
    /// Makes the encoder for JSON request bodies; a factory because `JSONEncoder` is a mutable class.
    public var makeJSONEncoder: @Sendable () -> JSONEncoder
    /// Makes the decoder for JSON response bodies; a factory because `JSONDecoder` is a mutable class.
    public var makeJSONDecoder: @Sendable () -> JSONDecoder

    /// Creates a configuration.
    public init(
        serverURL: URL,
        transport: any HTTPTransport = URLSessionTransport(),
        credentials: [String: APICredential] = [:],
        defaultCredential: APICredential? = nil,
        retryPolicy: RetryPolicy = .default,
        timeout: TimeInterval? = nil,
        middlewares: [any HTTPMiddleware] = [],
        validatesRequests: Bool = true,
        rejectsUnknownEnumValues: Bool = false,
        validatesResponses: Bool = false,
        acceptsUndocumentedSuccess: Bool = true,
        maxResponseBodySize: Int = APIClientConfiguration.defaultMaxResponseBodySize,
        makeJSONEncoder: @escaping @Sendable () -> JSONEncoder = APIClientConfiguration.defaultJSONEncoder,
        makeJSONDecoder: @escaping @Sendable () -> JSONDecoder = APIClientConfiguration.defaultJSONDecoder
    ) {
        self.serverURL = serverURL
        self.transport = transport
        self.credentials = credentials
        self.defaultCredential = defaultCredential
        self.retryPolicy = retryPolicy
        self.timeout = timeout
        self.middlewares = middlewares
        self.validatesRequests = validatesRequests
        self.rejectsUnknownEnumValues = rejectsUnknownEnumValues
        self.validatesResponses = validatesResponses
        self.acceptsUndocumentedSuccess = acceptsUndocumentedSuccess
        self.maxResponseBodySize = maxResponseBodySize
        self.makeJSONEncoder = makeJSONEncoder
        self.makeJSONDecoder = makeJSONDecoder
    }

    /// The default ``maxResponseBodySize``: 100 MiB (104,857,600 bytes).
    public static let defaultMaxResponseBodySize = 100 * 1_024 * 1_024

    /// The settings, with credentials as scheme names and kinds only: `bearer(<redacted>)`.
    public var description: String {
        let named = credentials.keys.sorted().map { "\($0): \(credentials[$0].map(String.init(describing:)) ?? "")" }
        return "APIClientConfiguration(serverURL: \(HTTPRequest.redacted(serverURL, hiding: [])), "
            + "credentials: [\(named.joined(separator: ", "))], defaultCredential: \(defaultCredential.map(String.init(describing:)) ?? "nil"), "
            + "retryPolicy: \(retryPolicy), timeout: \(timeout.map { "\($0)" } ?? "nil"), maxResponseBodySize: \(maxResponseBodySize), "
            + "middlewares: \(middlewares.count), validatesRequests: \(validatesRequests), rejectsUnknownEnumValues: \(rejectsUnknownEnumValues), "
            + "validatesResponses: \(validatesResponses), acceptsUndocumentedSuccess: \(acceptsUndocumentedSuccess))"
    }

    /// A mirror without children, so `dump` shows `description` instead of the transport's and
    /// middlewares' stored properties.
    public var customMirror: Mirror {
        Mirror(self, children: [:])
    }

    /// A `JSONEncoder` that writes RFC 3339 dates, sorted keys (so equal bodies are equal bytes) and
    /// unescaped slashes.
    public static func defaultJSONEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in try RFC3339DateCoding.encode(date, to: encoder) }
        return encoder
    }

    /// A `JSONDecoder` that reads RFC 3339 dates.
    public static func defaultJSONDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in try RFC3339DateCoding.decode(from: decoder) }
        return decoder
    }
}
