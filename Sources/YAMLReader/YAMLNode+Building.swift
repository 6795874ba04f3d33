import Diagnostics

/// Nodes made in code: values synthesised during normalisation (the Swagger 2.0 conversion,
/// spliced sections, keys written beside a `$ref`) and tests. Each is a small store of its own
/// whose children are the given nodes, wherever they live.
extension YAMLNode {
    /// A scalar node.
    public static func scalar(_ text: String, style: ScalarStyle = .plain, tag: String? = nil, at location: SourceLocation) -> YAMLNode {
        var text = text
        let bytes = text.withUTF8 { Array($0) }
        let isASCII = bytes.withUnsafeBufferPointer(allASCII)
        let record = YAMLNodeStore.Record(
            start: 0, count: UInt32(clamping: bytes.count), line: UInt32(clamping: location.line), column: UInt32(clamping: location.column),
            kind: .scalar, style: style, isASCII: isASCII, hasTag: tag != nil)
        let store = YAMLNodeStore(file: location.file, records: [record], children: [], text: bytes, tags: tag.map { [0: $0] } ?? [:])
        return YAMLNode(store: store, index: 0)
    }

    /// A mapping of `pairs`, in their order. (Arrays, not any collection: a generic would run
    /// unspecialised from other modules, a witness call for every element.)
    public static func mapping(_ pairs: [YAMLPair], at location: SourceLocation) -> YAMLNode {
        mapping(pairs.map { (YAMLKey.node($0.key), $0.value) }, at: location)
    }

    /// A mapping of `entries`, in their order. Keys given as text become plain scalars kept in
    /// the mapping's own store, rather than a store each.
    public static func mapping(_ entries: [(key: YAMLKey, value: YAMLNode)], at location: SourceLocation) -> YAMLNode {
        var records = [record(.mapping, count: entries.count, at: location)]
        var children: [Int32] = []
        children.reserveCapacity(2 * entries.count)
        var text: [UInt8] = []
        var foreign: [YAMLNode] = []
        foreign.reserveCapacity(entries.count)
        for entry in entries {
            switch entry.key {
            case .text(let key, let keyLocation) where keyLocation.file == location.file:
                var key = key
                let start = text.count
                let isASCII = key.withUTF8 { bytes in
                    text.append(contentsOf: bytes)
                    return allASCII(bytes)
                }
                var keyRecord = record(.scalar, count: text.count - start, at: keyLocation)
                keyRecord.start = UInt32(clamping: start)
                keyRecord.isASCII = isASCII
                children.append(Int32(clamping: records.count))
                records.append(keyRecord)
            case .text(let key, let keyLocation):
                children.append(~Int32(clamping: foreign.count))
                foreign.append(.scalar(key, at: keyLocation))
            case .node(let key):
                children.append(~Int32(clamping: foreign.count))
                foreign.append(key)
            }
            children.append(~Int32(clamping: foreign.count))
            foreign.append(entry.value)
        }
        let store = YAMLNodeStore(file: location.file, records: records, children: children, text: text, foreign: foreign)
        return YAMLNode(store: store, index: 0)
    }

    /// A sequence of `items`, in their order.
    public static func sequence(_ items: [YAMLNode], at location: SourceLocation) -> YAMLNode {
        let children = (0..<Int32(clamping: items.count)).map { ~$0 }
        let store = YAMLNodeStore(file: location.file, records: [record(.sequence, count: items.count, at: location)], children: children,
                                  text: [], foreign: items)
        return YAMLNode(store: store, index: 0)
    }

    private static func record(_ kind: YAMLNodeStore.Kind, count: Int, at location: SourceLocation) -> YAMLNodeStore.Record {
        YAMLNodeStore.Record(
            start: 0, count: UInt32(clamping: count), line: UInt32(clamping: location.line), column: UInt32(clamping: location.column),
            kind: kind, style: .plain, isASCII: true, hasTag: false)
    }
}

/// The key of a mapping made in code: a node as it is, or text for a new plain scalar at a place.
public enum YAMLKey: Sendable {
    case node(YAMLNode)
    case text(String, at: SourceLocation)
}
