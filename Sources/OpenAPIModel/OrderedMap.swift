/// String-keyed entries in the order the spec wrote them, with fast lookup.
///
/// OpenAPI gives meaning to order in many places (paths, properties, responses), and generated
/// code follows it, so the model never stores these as plain dictionaries.
public struct OrderedMap<Value: Sendable>: Sendable, Sequence {
    public private(set) var keys: [String] = []
    private var storage: [String: Value] = [:]

    public init() {}

    public init(_ entries: [(String, Value)]) {
        for (key, value) in entries { self[key] = value }
    }

    public subscript(key: String) -> Value? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }
    public var values: [Value] { keys.compactMap { storage[$0] } }

    public func makeIterator() -> some IteratorProtocol<(key: String, value: Value)> {
        keys.lazy.compactMap { key in storage[key].map { (key: key, value: $0) } }.makeIterator()
    }
}
