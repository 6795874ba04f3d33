import IR

/// How a type whose Foundation coding is not canonical is coded, so that any `JSONEncoder` and
/// `JSONDecoder` read and write the spec's form: a `Date` through `RFC3339Timestamp` (RFC 3339,
/// whatever the coder's date strategy is), a `UUID` through `CanonicalUUID` (lower case, where
/// Foundation writes upper case). `[Date]` is coded as `[RFC3339Timestamp]` and mapped, and so on
/// for maps and nesting. A typealias (`Timestamp = Date`) is the same Swift type, so it is seen
/// through: without that, a plain `JSONDecoder` read such a property as a number.
struct CodingProxy {
    /// The type actually decoded and encoded.
    let proxyType: SwiftCode
    /// Turns an expression of the proxy type into the model's type.
    let fromProxy: (SwiftCode) -> SwiftCode
    /// Turns an expression of the model's type into the proxy type.
    let toProxy: (SwiftCode) -> SwiftCode

    /// The proxy for `type` (optionals excluded), or nil when it holds no `Date` or `UUID`. `aliases` are
    /// the generated typealiases' targets, by Swift path.
    init?(_ type: IRTypeReference, aliases: AliasTargets = AliasTargets()) {
        switch type {
        case .builtin("Date"):
            proxyType = "RFC3339Timestamp"
            fromProxy = { "\($0).date" }
            toProxy = { "RFC3339Timestamp(\($0))" }
        case .builtin("UUID"):
            proxyType = "CanonicalUUID"
            fromProxy = { "\($0).uuid" }
            toProxy = { "CanonicalUUID(\($0))" }
        case .array(let element):
            guard let inner = CodingProxy(element, aliases: aliases) else { return nil }
            proxyType = "[\(inner.proxyType)]"
            fromProxy = { "\($0).map { \(inner.fromProxy("$0")) }" }
            toProxy = { "\($0).map { \(inner.toProxy("$0")) }" }
        case .dictionary(let value):
            guard let inner = CodingProxy(value, aliases: aliases) else { return nil }
            proxyType = "[String: \(inner.proxyType)]"
            fromProxy = { "\($0).mapValues { \(inner.fromProxy("$0")) }" }
            toProxy = { "\($0).mapValues { \(inner.toProxy("$0")) }" }
        case .optional(let wrapped):
            guard let inner = CodingProxy(wrapped, aliases: aliases) else { return nil }
            proxyType = "\(inner.proxyType)?"
            fromProxy = { "\($0).map { \(inner.fromProxy("$0")) }" }
            toProxy = { "\($0).map { \(inner.toProxy("$0")) }" }
        case .generated(let path):
            // An alias is the type it names; aliases cannot form a cycle (Swift rejects one, and
            // the IR builds none), but the depth is bounded anyway.
            guard let target = aliases.targets[path], aliases.depth < 64,
                  let inner = CodingProxy(target, aliases: aliases.deeper) else { return nil }
            self = inner
        case .builtin:
            return nil
        }
    }
}

/// The targets of a module's typealiases, by Swift path, for seeing through them (package access:
/// the examples harness sees through them the same way).
package struct AliasTargets: Sendable {
    package var targets: [[String]: IRTypeReference] = [:]
    fileprivate var depth = 0

    init() {}

    package init(_ module: IRModule) {
        func collect(_ declaration: IRDeclaration, under parent: [String]) {
            let path = parent + [declaration.name]
            switch declaration {
            case .alias(let alias): targets[path] = alias.target
            case .structure(let structure): structure.nested.forEach { collect($0, under: path) }
            case .union(let union): union.nested.forEach { collect($0, under: path) }
            case .enumeration: break
            }
        }
        module.declarations.forEach { collect($0, under: []) }
    }

    fileprivate var deeper: AliasTargets {
        var copy = self
        copy.depth += 1
        return copy
    }
}
