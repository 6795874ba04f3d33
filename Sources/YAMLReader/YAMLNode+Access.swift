import Diagnostics

extension YAMLNode {
    /// The scalar, or nil when this node is a sequence or mapping.
    public var scalar: YAMLScalar? {
        let record = record
        return record.kind == .scalar ? scalarValue(record) : nil
    }

    /// The scalar's text, or nil when this node is a sequence or mapping (no `YAMLScalar` made).
    public var scalarText: String? {
        record.kind == .scalar ? store.string(index) : nil
    }

    /// The mapping's pairs in document order, or nil when this node is not a mapping.
    public var pairs: YAMLPairs? {
        let record = record
        guard record.kind == .mapping else { return nil }
        return YAMLPairs(store: store, start: Int(record.start), count: Int(record.count))
    }

    /// The sequence's items, or nil when this node is not a sequence.
    public var items: YAMLItems? {
        let record = record
        guard record.kind == .sequence else { return nil }
        return YAMLItems(store: store, start: Int(record.start), count: Int(record.count))
    }

    /// The value for `key` when this node is a mapping (first match; keys are unique after reading).
    public subscript(key: String) -> YAMLNode? {
        pairs?.value(forKey: key)
    }

    /// True for a scalar that the core schema reads as null (`null`, `~`, or nothing at all).
    public var isNull: Bool {
        let record = record
        guard record.kind == .scalar else { return false }
        if record.hasTag { return scalarValue(record).value == .null }
        return store.isPlainNull(record)
    }

    /// What this node is, phrased for messages: "a mapping", "a sequence", "an integer", …
    public var kindDescription: String {
        let record = record
        return YAMLNodeStore.kindDescription(of: record, text: store.text, tag: record.hasTag ? store.tags[index] : nil)
    }
}
