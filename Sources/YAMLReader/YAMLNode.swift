import Diagnostics

/// One node of a YAML (or JSON) document, with the place it starts in its file.
///
/// A node is a place in a `YAMLNodeStore` (see there why), so copying one costs a retain.
/// Mappings keep document order, because OpenAPI gives meaning to it (paths, properties, enum cases).
/// Aliases are already expanded: a node reached through `*anchor` is the anchored node itself,
/// which keeps the anchor's location.
public struct YAMLNode: Sendable {
    let store: YAMLNodeStore
    let index: Int32

    init(store: YAMLNodeStore, index: Int32) {
        self.store = store
        self.index = index
    }

    /// What the node holds, for a `switch` over its kind.
    public enum Content {
        case scalar(YAMLScalar)
        case sequence(YAMLItems)
        case mapping(YAMLPairs)
    }

    var record: YAMLNodeStore.Record { store.records[Int(index)] }

    public var content: Content {
        let record = record
        switch record.kind {
        case .scalar: return .scalar(scalarValue(record))
        case .sequence: return .sequence(YAMLItems(store: store, start: Int(record.start), count: Int(record.count)))
        case .mapping: return .mapping(YAMLPairs(store: store, start: Int(record.start), count: Int(record.count)))
        }
    }

    /// Where the node starts.
    public var location: SourceLocation {
        let record = record
        return SourceLocation(file: store.file, line: Int(record.line), column: Int(record.column))
    }

    func scalarValue(_ record: YAMLNodeStore.Record) -> YAMLScalar {
        YAMLScalar(text: store.string(index), style: record.style, tag: record.hasTag ? store.tags[index] : nil)
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
        key.scalarText ?? ""
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
