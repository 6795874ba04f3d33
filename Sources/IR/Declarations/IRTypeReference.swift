/// A Swift type as used in a property, case payload or alias.
public indirect enum IRTypeReference: Sendable, Hashable {
    /// A Swift or Foundation type, or one from the support file: `String`, `Int64`, `Date`, `URL`, `JSONValue`, …
    case builtin(String)
    /// A generated type, by its path from the top level (`["CreateBindingRequest", "DataSource"]`).
    case generated([String])
    case array(IRTypeReference)
    /// A JSON object with string keys: `[String: T]`.
    case dictionary(IRTypeReference)
    case optional(IRTypeReference)

    /// The type as written in Swift, qualified from the top level so it resolves from any scope.
    public var swiftSource: String {
        switch self {
        case .builtin(let name): name
        case .generated(let path): path.joined(separator: ".")
        case .array(let element): "[\(element.swiftSource)]"
        case .dictionary(let value): "[String: \(value.swiftSource)]"
        case .optional(let wrapped):
            if case .optional = wrapped { wrapped.swiftSource } else { "\(wrapped.swiftSource)?" }
        }
    }

    /// The type without any outer optional.
    public var nonOptional: IRTypeReference {
        if case .optional(let wrapped) = self { return wrapped.nonOptional }
        return self
    }

    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// The type made optional (once).
    public var optional: IRTypeReference {
        isOptional ? self : .optional(self)
    }

    public static let string = IRTypeReference.builtin("String")
    public static let jsonValue = IRTypeReference.builtin("JSONValue")
}
