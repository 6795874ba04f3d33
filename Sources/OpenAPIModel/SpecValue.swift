import Diagnostics
import YAMLReader

/// A value written in the spec as data rather than as an OpenAPI object: a schema's `default`,
/// `enum` values, `const`, `examples`, extensions (`x-…`), links, callbacks and OAuth flows.
///
/// Later stages read these through this type only, so they depend on OpenAPIModel and never on
/// how the document was read (YAML or JSON). It wraps the node it was read from, without copying,
/// because most of these values (large `examples` above all) are never looked at.
public struct SpecValue: Sendable {
    /// The node the value was read from; for the resolver, which follows `$ref`s through raw nodes.
    package let node: YAMLNode

    package init(_ node: YAMLNode) {
        self.node = node
    }

    /// Where the value starts in its file, for diagnostics.
    public var location: SourceLocation { node.location }

    /// A scalar's interpreted value (YAML 1.2 core schema). Numbers keep their exact text.
    public enum Scalar: Sendable, Hashable {
        case null
        case bool(Bool)
        case integer(String)
        case float(String)
        case string(String)
    }

    /// The scalar's interpreted value, or nil for a list or an object.
    public var scalar: Scalar? {
        guard let scalar = node.scalar else { return nil }
        switch scalar.value {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .integer(let text): return .integer(text)
        case .float(let text): return .float(text)
        case .string(let text): return .string(text)
        }
    }

    /// A scalar's text exactly as written (`"20"` for `20`, `"true"` for `true`), or nil for a list or an object.
    public var text: String? { node.scalar?.text }

    /// True for a scalar that reads as null (`null`, `~`, or nothing at all).
    public var isNull: Bool { node.isNull }

    /// A list's items, or nil when the value is not a list.
    public var items: [SpecValue]? { node.items?.map(SpecValue.init) }

    /// An object's members in spec order, or nil when the value is not an object.
    public var members: [(key: String, value: SpecValue)]? {
        node.pairs?.map { ($0.keyText, SpecValue($0.value)) }
    }

    /// The member named `key` when the value is an object.
    public subscript(key: String) -> SpecValue? { node[key].map(SpecValue.init) }

    /// What the value is, phrased for messages: "a mapping", "a sequence", "an integer", …
    public var kindDescription: String { node.kindDescription }
}
