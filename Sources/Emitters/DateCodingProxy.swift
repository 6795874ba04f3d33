import IR

/// How a type that holds `Date`s is coded: through `RFC3339Timestamp`, which reads and writes
/// RFC 3339 whatever the coder's date strategy is. `[Date]` is coded as `[RFC3339Timestamp]`
/// and mapped, and so on for maps and nesting.
struct DateCodingProxy {
    /// The type actually decoded and encoded.
    let proxyType: SwiftCode
    /// Turns an expression of the proxy type into the model's type.
    let fromProxy: (SwiftCode) -> SwiftCode
    /// Turns an expression of the model's type into the proxy type.
    let toProxy: (SwiftCode) -> SwiftCode

    /// The proxy for `type` (optionals excluded), or nil when it holds no `Date`.
    init?(_ type: IRTypeReference) {
        switch type {
        case .builtin("Date"):
            proxyType = "RFC3339Timestamp"
            fromProxy = { "\($0).date" }
            toProxy = { "RFC3339Timestamp(\($0))" }
        case .array(let element):
            guard let inner = DateCodingProxy(element) else { return nil }
            proxyType = "[\(inner.proxyType)]"
            fromProxy = { "\($0).map { \(inner.fromProxy("$0")) }" }
            toProxy = { "\($0).map { \(inner.toProxy("$0")) }" }
        case .dictionary(let value):
            guard let inner = DateCodingProxy(value) else { return nil }
            proxyType = "[String: \(inner.proxyType)]"
            fromProxy = { "\($0).mapValues { \(inner.fromProxy("$0")) }" }
            toProxy = { "\($0).mapValues { \(inner.toProxy("$0")) }" }
        case .optional(let wrapped):
            guard let inner = DateCodingProxy(wrapped) else { return nil }
            proxyType = "\(inner.proxyType)?"
            fromProxy = { "\($0).map { \(inner.fromProxy("$0")) }" }
            toProxy = { "\($0).map { \(inner.toProxy("$0")) }" }
        case .builtin, .generated:
            return nil
        }
    }
}
