import Diagnostics

extension YAMLNode {
    /// The scalar, or nil when this node is a sequence or mapping.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The mapping's pairs in document order, or nil when this node is not a mapping.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The sequence's items, or nil when this node is not a sequence.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value for `key` when this node is a mapping (first match; keys are unique after reading).
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.key.scalar?.text == key }?.value
    }

    /// True for a scalar that the core schema reads as null (`null`, `~`, or nothing at all).
    public var isNull: Bool {
        scalar?.value == .null
    }

    /// What this node is, phrased for messages: "a mapping", "a sequence", "an integer", …
    public var kindDescription: String {
        switch content {
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .scalar(let scalar): scalar.value.kindDescription
        }
    }

    /// A new scalar node, mainly for tests and for values synthesised during normalisation.
    public static func scalar(_ text: String, style: ScalarStyle = .plain, at location: SourceLocation) -> YAMLNode {
        YAMLNode(.scalar(YAMLScalar(text: text, style: style)), at: location)
    }
}
