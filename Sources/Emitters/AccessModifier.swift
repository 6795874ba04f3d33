/// The access level written on generated declarations.
public enum AccessModifier: String, Sendable, Hashable, CaseIterable {
    case `public`, `package`, `internal`
}
