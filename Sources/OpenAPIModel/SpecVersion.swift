/// The OpenAPI versions Specsmith reads. Both are normalised into one model; the version is kept
/// for the few places where the rules differ (siblings of `$ref`, `exclusiveMinimum` as a boolean).
public enum SpecVersion: Sendable, Hashable {
    case v3_0
    case v3_1

    /// Reads `3.0.x` and `3.1.x`; nil for anything else.
    public init?(_ text: String) {
        if text == "3.0" || text.hasPrefix("3.0.") {
            self = .v3_0
        } else if text == "3.1" || text.hasPrefix("3.1.") {
            self = .v3_1
        } else {
            return nil
        }
    }
}
