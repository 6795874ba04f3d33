import Diagnostics

/// One node of a YAML (or JSON) document, with the place it starts in its file.
///
/// Mappings keep document order, because OpenAPI gives meaning to it (paths, properties, enum cases).
/// Aliases are already expanded: a node reached through `*anchor` is a copy of the anchored node
/// (cheap, since arrays share storage) that keeps the anchor's location.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key's text; keys in OpenAPI documents are scalars (`200`, `get`, `/pets/{id}`).
    public var keyText: String {
        key.scalar?.text ?? ""
    }
}

/// How a scalar was written, which decides how its text is interpreted.
public enum ScalarStyle: Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}
