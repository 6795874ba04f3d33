/// A mapping's pairs in document order: a view into the node store, so nothing is copied.
public struct YAMLPairs: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    let store: YAMLNodeStore
    /// The first key's slot in `store.children`.
    let start: Int
    public let count: Int

    init(store: YAMLNodeStore, start: Int, count: Int) {
        self.store = store
        self.start = start
        self.count = count
    }

    /// Pairs made in code, as a mapping located nowhere in particular.
    public init(arrayLiteral elements: YAMLPair...) {
        self = YAMLNode.mapping(elements, at: .startOf("")).pairs ?? YAMLPairs(store: .empty, start: 0, count: 0)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> YAMLPair {
        let slot = start + 2 * position
        return YAMLPair(key: store.child(slot), value: store.child(slot + 1))
    }

    /// The key of pair `position`, without building the pair.
    public func key(at position: Int) -> YAMLNode { store.child(start + 2 * position) }

    /// The value of pair `position`, without building the pair.
    public func value(at position: Int) -> YAMLNode { store.child(start + 2 * position + 1) }

    /// The value of the first pair whose key is the scalar `key`.
    public func value(forKey key: String) -> YAMLNode? {
        position(ofKey: key).map(value(at:))
    }

    /// The position of the first pair whose key is the scalar `key`. Compares the stored bytes
    /// (no key becomes a `String`) unless either side is not ASCII.
    public func position(ofKey key: String) -> Int? {
        var utf8 = key
        return utf8.withUTF8 { keyBytes in
            let keyIsASCII = allASCII(keyBytes)
            for position in 0..<count {
                let node = self.key(at: position)
                if node.store.scalar(node.index, equals: key, keyBytes: keyBytes, keyIsASCII: keyIsASCII) {
                    return position
                }
            }
            return nil
        }
    }
}

/// A sequence's items in document order: a view into the node store, so nothing is copied.
public struct YAMLItems: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    let store: YAMLNodeStore
    /// The first item's slot in `store.children`.
    let start: Int
    public let count: Int

    init(store: YAMLNodeStore, start: Int, count: Int) {
        self.store = store
        self.start = start
        self.count = count
    }

    /// Items made in code, as a sequence located nowhere in particular.
    public init(arrayLiteral elements: YAMLNode...) {
        self = YAMLNode.sequence(elements, at: .startOf("")).items ?? YAMLItems(store: .empty, start: 0, count: 0)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> YAMLNode {
        store.child(start + position)
    }
}
