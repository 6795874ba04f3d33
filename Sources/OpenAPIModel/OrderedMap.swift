/// String-keyed entries in the order the spec wrote them, with fast lookup.
///
/// OpenAPI gives meaning to order in many places (paths, properties, responses), and generated
/// code follows it, so the model never stores these as plain dictionaries. Most maps in a spec
/// are small, so a hash index is built only once a map grows past a few entries.
public struct OrderedMap<Value: Sendable>: Sendable, RandomAccessCollection {
    public typealias Element = (key: String, value: Value)

    private var entries: [Element] = []
    private var index: [String: Int]?

    private static var indexThreshold: Int { 12 }

    public init() {}

    public init(_ entries: [(String, Value)]) {
        for (key, value) in entries { self[key] = value }
    }

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }
    public subscript(position: Int) -> Element { entries[position] }

    public subscript(key: String) -> Value? {
        get { position(of: key).map { entries[$0].value } }
        set {
            if let position = position(of: key) {
                if let newValue {
                    entries[position].value = newValue
                } else {
                    entries.remove(at: position)
                    rebuildIndex()
                }
            } else if let newValue {
                entries.append((key, newValue))
                if index != nil {
                    index?[key] = entries.count - 1
                } else if entries.count > Self.indexThreshold {
                    rebuildIndex()
                }
            }
        }
    }

    public var keys: [String] { entries.map { $0.key } }
    public var values: [Value] { entries.map { $0.value } }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return entries.firstIndex { $0.key == key }
    }

    private mutating func rebuildIndex() {
        guard entries.count > Self.indexThreshold else {
            index = nil
            return
        }
        var rebuilt: [String: Int] = [:]
        rebuilt.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() { rebuilt[entry.key] = position }
        index = rebuilt
    }
}
