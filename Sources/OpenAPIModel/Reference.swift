import Diagnostics
import YAMLReader

/// A `$ref` as written, with where it was written so a dangling reference can be reported there.
public struct Reference: Sendable, Hashable {
    /// The reference text, e.g. `#/components/schemas/Pet` or `common.yaml#/Pet`.
    public let target: String
    public let location: SourceLocation
    /// 3.1 allows `summary` and `description` beside `$ref` to override the target's.
    public let summary: String?
    public let description: String?
    /// Keys written beside the `$ref` of a parameter, response, operation, … that OpenAPI would
    /// ignore (`{$ref: '#/components/parameters/limit', required: true}`): the resolver reads
    /// them as replacing the target's keys, the obvious meaning. Nil when there are none.
    package let overrides: YAMLNode?

    public init(target: String, location: SourceLocation, summary: String? = nil, description: String? = nil) {
        self.init(target: target, location: location, summary: summary, description: description, overrides: nil)
    }

    package init(target: String, location: SourceLocation, summary: String?, description: String?, overrides: YAMLNode?) {
        self.target = target
        self.location = location
        self.summary = summary
        self.description = description
        self.overrides = overrides
    }

    // A reference is identified by what it says and where; the overrides are written at the same place.
    public static func == (lhs: Reference, rhs: Reference) -> Bool {
        lhs.target == rhs.target && lhs.location == rhs.location && lhs.summary == rhs.summary && lhs.description == rhs.description
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(target)
        hasher.combine(location)
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
