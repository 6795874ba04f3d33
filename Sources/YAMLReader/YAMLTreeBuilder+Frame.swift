import Diagnostics

extension YAMLTreeBuilder {
    /// A sequence or mapping whose end event has not arrived yet.
    ///
    /// Its fields are `@exclusivity(unchecked)`: only the builder that owns the frame touches them,
    /// one call at a time, and checking every access at run time cost a tenth of reading the tree.
    final class Frame {
        enum Kind {
            case sequence
            case mapping
        }

        private(set) var kind: Kind
        private(set) var location: SourceLocation
        private(set) var anchor: String?
        /// Nodes in this subtree once aliases are expanded, for the alias-expansion limit.
        @exclusivity(unchecked) var weight = 1
        /// Levels of sequences and mappings in this subtree, itself included, once aliases are expanded.
        @exclusivity(unchecked) var height = 1
        @exclusivity(unchecked) private var items: [YAMLNode] = []
        @exclusivity(unchecked) private var pairs: [YAMLPair] = []
        /// Each pair's key text (nil for a key that is not a scalar), searched for duplicates
        /// without copying keys out of their nodes.
        @exclusivity(unchecked) private var keyTexts: [String?] = []
        @exclusivity(unchecked) private var pendingKey: YAMLNode?
        /// Key → where it was defined; built only once a mapping is big enough for linear search to hurt.
        @exclusivity(unchecked) private var keyIndex: [String: SourceLocation]?
        /// Pairs brought in by `<<` merge keys, with the position where the merge key stood.
        private var merges: [(position: Int, pairs: [YAMLPair])] = []

        private static let indexThreshold = 16

        init(kind: Kind, location: SourceLocation, anchor: String?) {
            self.kind = kind
            self.location = location
            self.anchor = anchor
        }

        /// Makes a finished frame stand for a new collection, keeping the room its arrays grew:
        /// the builder reuses frames, so collections are not built by growing arrays from empty
        /// each time (`finish` copies the elements out into arrays of their own size anyway).
        func reuse(kind: Kind, location: SourceLocation, anchor: String?) {
            self.kind = kind
            self.location = location
            self.anchor = anchor
            weight = 1
            height = 1
            items.removeAll(keepingCapacity: true)
            pairs.removeAll(keepingCapacity: true)
            keyTexts.removeAll(keepingCapacity: true)
            pendingKey = nil
            keyIndex = nil
            merges = []
        }

        func add(_ node: YAMLNode) throws(Diagnostic) {
            switch kind {
            case .sequence:
                items.append(node)
            case .mapping:
                guard let key = pendingKey else {
                    pendingKey = node
                    return
                }
                pendingKey = nil
                try addPair(key: key, value: node)
            }
        }

        private func addPair(key: YAMLNode, value: YAMLNode) throws(Diagnostic) {
            // The key's scalar is read once: taking it out of the node copies it.
            let scalar = key.scalar
            if let scalar, scalar.style == .plain, scalar.tag == nil, scalar.text == "<<" {
                merges.append((pairs.count, try mergedPairs(from: value)))
                return
            }
            let text = scalar?.text
            if let text {
                if let first = definition(of: text) {
                    throw .error("duplicate key '\(text)' in this mapping", at: key.location,
                                 notes: [.note("'\(text)' is first defined here", at: first)])
                }
                keyIndex?[text] = key.location
            }
            pairs.append(YAMLPair(key: key, value: value))
            keyTexts.append(text)
            if keyIndex == nil, pairs.count >= Self.indexThreshold {
                var index: [String: SourceLocation] = [:]
                for (pair, text) in zip(pairs, keyTexts) {
                    if let text { index[text] = pair.key.location }
                }
                keyIndex = index
            }
        }

        private func definition(of key: String) -> SourceLocation? {
            if let keyIndex { return keyIndex[key] }
            return keyTexts.firstIndex { $0 == key }.map { pairs[$0].key.location }
        }

        /// The value of a merge key must be a mapping or a sequence of mappings (YAML merge key spec).
        private func mergedPairs(from value: YAMLNode) throws(Diagnostic) -> [YAMLPair] {
            switch value.content {
            case .mapping(let pairs):
                return pairs
            case .sequence(let sources):
                var merged: [YAMLPair] = []
                for source in sources {
                    guard let pairs = source.pairs else {
                        throw .error("a merge key '<<' takes mappings, found \(source.kindDescription)", at: source.location)
                    }
                    merged += pairs
                }
                return merged
            case .scalar:
                throw .error("a merge key '<<' takes a mapping or a sequence of mappings, found \(value.kindDescription)",
                             at: value.location)
            }
        }

        func finish() throws(Diagnostic) -> YAMLNode {
            switch kind {
            case .sequence:
                return YAMLNode(.sequence(Self.exactly(items)), at: location)
            case .mapping:
                return YAMLNode(.mapping(Self.exactly(merges.isEmpty ? pairs : applyingMerges())), at: location)
            }
        }

        /// `elements` copied into storage of their own size: the frame keeps its arrays (with the room
        /// appending left, up to twice what they need) for the next collection, and the tree keeps
        /// every collection until the IR is built (its peak memory).
        private static func exactly<Element>(_ elements: [Element]) -> [Element] {
            Array(unsafeUninitializedCapacity: elements.count) { buffer, count in
                count = buffer.initialize(fromContentsOf: elements)
            }
        }

        /// Explicit keys win over merged ones, and earlier merge sources win over later ones;
        /// merged pairs take the place of the merge key so document order stays meaningful.
        private func applyingMerges() -> [YAMLPair] {
            var seen = Set(pairs.compactMap { $0.key.scalar?.text })
            var result: [YAMLPair] = []
            var explicitIndex = 0
            for merge in merges {
                while explicitIndex < merge.position {
                    result.append(pairs[explicitIndex])
                    explicitIndex += 1
                }
                for pair in merge.pairs {
                    let text = pair.key.scalar?.text ?? ""
                    if seen.insert(text).inserted { result.append(pair) }
                }
            }
            result += pairs[explicitIndex...]
            return result
        }
    }
}
