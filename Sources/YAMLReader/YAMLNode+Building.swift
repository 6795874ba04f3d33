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

    /// A mapping of `pairs`, in their order.
    public static func mapping(_ pairs: some Collection<YAMLPair>, at location: SourceLocation) -> YAMLNode {
        var foreign: [YAMLNode] = []
        foreign.reserveCapacity(2 * pairs.count)
        for pair in pairs {
            foreign.append(pair.key)
            foreign.append(pair.value)
        }
        return collection(.mapping, count: pairs.count, foreign: foreign, at: location)
    }

    /// A sequence of `items`, in their order.
    public static func sequence(_ items: some Collection<YAMLNode>, at location: SourceLocation) -> YAMLNode {
        collection(.sequence, count: items.count, foreign: Array(items), at: location)
    }

    private static func collection(_ kind: YAMLNodeStore.Kind, count: Int, foreign: [YAMLNode], at location: SourceLocation) -> YAMLNode {
        let record = YAMLNodeStore.Record(
            start: 0, count: UInt32(clamping: count), line: UInt32(clamping: location.line), column: UInt32(clamping: location.column),
            kind: kind, style: .plain, isASCII: true, hasTag: false)
        let children = (0..<Int32(clamping: foreign.count)).map { ~$0 }
        let store = YAMLNodeStore(file: location.file, records: [record], children: children, text: [], foreign: foreign)
        return YAMLNode(store: store, index: 0)
    }
}
