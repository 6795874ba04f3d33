/// The access level written on generated declarations.
public enum AccessModifier: String, Sendable, Hashable, CaseIterable {
    case `public`, `package`, `internal`
}

extension AccessModifier {
    /// The keyword as code.
    var code: SwiftCode {
        switch self {
        case .public: "public"
        case .package: "package"
        case .internal: "internal"
        }
    }
}
