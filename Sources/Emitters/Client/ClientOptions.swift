/// Choices for the generated client that are not in the spec.
public struct ClientOptions: Sendable, Hashable {
    /// The client type's name; by default the API title plus `Client`.
    public var name: String?
    /// Whether the client validates request parameters and bodies before sending, by default.
    public var validateRequests: Bool
    /// Defaults of the client's retry policy; nil keeps the runtime's default.
    public var maxAttempts: Int?
    public var initialDelay: Double?
    public var maxDelay: Double?

    public init(name: String? = nil, validateRequests: Bool = true, maxAttempts: Int? = nil, initialDelay: Double? = nil, maxDelay: Double? = nil) {
        self.name = name
        self.validateRequests = validateRequests
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
    }

    /// The Swift expression of the default retry policy.
    var retryPolicyExpression: SwiftCode {
        var arguments: [SwiftCode] = []
        if let maxAttempts { arguments.append("maxAttempts: \(maxAttempts)") }
        if let initialDelay { arguments.append("initialDelay: \(SwiftText.numberLiteral(json: "\(initialDelay)") ?? "0")") }
        if let maxDelay { arguments.append("maxDelay: \(SwiftText.numberLiteral(json: "\(maxDelay)") ?? "0")") }
        return arguments.isEmpty ? ".default" : "RetryPolicy(\(arguments, separator: ", "))"
    }
}
