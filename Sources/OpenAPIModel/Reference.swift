import Diagnostics

/// A `$ref` as written, with where it was written so a dangling reference can be reported there.
public struct Reference: Sendable, Hashable {
    /// The reference text, e.g. `#/components/schemas/Pet` or `common.yaml#/Pet`.
    public let target: String
    public let location: SourceLocation
    /// 3.1 allows `summary` and `description` beside `$ref` to override the target's.
    public let summary: String?
    public let description: String?

    public init(target: String, location: SourceLocation, summary: String? = nil, description: String? = nil) {
        self.target = target
        self.location = location
        self.summary = summary
        self.description = description
    }

    /// True when the reference points into the same file (`#/…`).
    public var isLocal: Bool { target.hasPrefix("#") }
}

/// A component that is either written in place or referenced with `$ref`.
public enum Referenceable<Value: Sendable>: Sendable {
    case reference(Reference)
    case value(Value)

    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    public var reference: Reference? {
        if case .reference(let reference) = self { return reference }
        return nil
    }
}
