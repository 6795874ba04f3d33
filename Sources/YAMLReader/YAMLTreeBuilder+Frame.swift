import Diagnostics

extension YAMLTreeBuilder {
    /// A sequence or mapping whose end event has not arrived yet.
    struct Frame {
        let isMapping: Bool
        /// Its record, whose place among the children is filled in when it ends.
        let record: Int32
        /// Where its children start in `pending`.
        let pendingStart: Int
        let anchor: String?
        /// Nodes in this subtree once aliases are expanded, for the alias-expansion limit.
        var weight = 1
        /// Levels of sequences and mappings in this subtree, itself included, once aliases are expanded.
        var height = 1
        /// Its ASCII keys by their bytes, once there are too many to compare one after another.
        var keyTable = KeyTable()
        /// Key text → key node, once a key is not ASCII (see `definition(of:_:inMappingAt:)`).
        var stringIndex: [String: Int32]?
        /// Sources brought in by `<<` merge keys, with the pair position where the merge key stood.
        var merges: [(position: Int, source: Int32)] = []

        init(isMapping: Bool, record: Int32, pendingStart: Int, anchor: String?) {
            self.isMapping = isMapping
            self.record = record
            self.pendingStart = pendingStart
            self.anchor = anchor
        }
    }

    private static let indexThreshold = 16

    /// An open-addressing hash table of key nodes (-1 for an empty slot), its size a power of two.
    struct KeyTable {
        var slots: [Int32]
        var count = 0

        init(capacity: Int = 0) {
            slots = Array(repeating: -1, count: capacity)
        }

        var isEmpty: Bool { slots.isEmpty }
    }

    /// Adds `value` to the open mapping `frame`, whose key is the last pending node.
    mutating func addValue(_ value: Int32, toMappingAt frame: Int) throws(Diagnostic) {
        let key = pending[pending.count - 1]
        let keyRecord = records[Int(key)]
        if keyRecord.kind == .scalar, keyRecord.style == .plain, !keyRecord.hasTag, keyRecord.count == 2,
           text[Int(keyRecord.start)] == UInt8(ascii: "<"), text[Int(keyRecord.start) + 1] == UInt8(ascii: "<") {
            try checkMergeSource(value)
            pending.removeLast()
            stack[frame].merges.append(((pending.count - stack[frame].pendingStart) / 2, value))
            return
        }
        if keyRecord.kind == .scalar {
            if let first = definition(of: key, keyRecord, inMappingAt: frame) {
                let text = string(key)
                throw .error("duplicate key '\(text)' in this mapping", at: location(of: key),
                             notes: [.note("'\(text)' is first defined here", at: location(of: first))])
            }
        }
        pending.append(value)
    }

    /// The key node of the open mapping `frame` that has the same text as `key` (its last pending
    /// node), if any; records `key` in the mapping's index when it has one.
    ///
    /// While keys are ASCII, equal bytes mean equal strings: a few keys are compared one after
    /// another, more through a hash table of their bytes. A non-ASCII key moves the mapping to a
    /// `String` index, since Swift equates canonically equivalent strings whatever their bytes.
    private mutating func definition(of key: Int32, _ keyRecord: Record, inMappingAt frame: Int) -> Int32? {
        let start = stack[frame].pendingStart
        let keySlots = stride(from: start, to: pending.count - 1, by: 2)
        if stack[frame].stringIndex == nil, !keyRecord.isASCII {
            var index: [String: Int32] = [:]
            for slot in keySlots where records[Int(pending[slot])].kind == .scalar {
                index[string(pending[slot])] = pending[slot]
            }
            stack[frame].stringIndex = index
            stack[frame].keyTable = KeyTable()
        }
        if stack[frame].stringIndex != nil {
            let text = string(key)
            if let first = stack[frame].stringIndex?[text] { return first }
            stack[frame].stringIndex?[text] = key
            return nil
        }
        if (pending.count - start + 1) / 2 < Self.indexThreshold {
            for slot in keySlots {
                let other = records[Int(pending[slot])]
                if other.kind == .scalar, other.count == keyRecord.count, bytesEqual(other, keyRecord) { return pending[slot] }
            }
            return nil
        }
        // Moved out of the frame while in use, so growing it copies nothing.
        var table = stack[frame].keyTable
        stack[frame].keyTable = KeyTable()
        defer { stack[frame].keyTable = table }
        if table.isEmpty {
            for slot in keySlots where records[Int(pending[slot])].kind == .scalar {
                _ = insert(pending[slot], into: &table)
            }
        }
        return insert(key, into: &table)
    }

    /// Adds ASCII scalar `key` to `table`, or returns the key already there with the same bytes.
    private func insert(_ key: Int32, into table: inout KeyTable) -> Int32? {
        if (table.count + 1) * 2 > table.slots.count {
            var grown = KeyTable(capacity: max(64, table.slots.count * 2))
            for entry in table.slots where entry >= 0 {
                _ = insert(entry, into: &grown)
            }
            table = grown
        }
        let record = records[Int(key)]
        let mask = table.slots.count - 1
        var slot = Int(truncatingIfNeeded: hash(record)) & mask
        while true {
            let entry = table.slots[slot]
            if entry < 0 {
                table.slots[slot] = key
                table.count += 1
                return nil
            }
            let other = records[Int(entry)]
            if other.count == record.count, bytesEqual(other, record) { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the scalar's bytes.
    private func hash(_ record: Record) -> UInt64 {
        text.withUnsafeBufferPointer { buffer in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for offset in Int(record.start)..<Int(record.start + record.count) {
                hash = (hash ^ UInt64(buffer[offset])) &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }

    private func bytesEqual(_ lhs: Record, _ rhs: Record) -> Bool {
        text.withUnsafeBufferPointer { buffer in
            let count = Int(lhs.count)
            var offset = 0
            while offset < count {
                if buffer[Int(lhs.start) + offset] != buffer[Int(rhs.start) + offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// The value of a merge key must be a mapping or a sequence of mappings (YAML merge key spec).
    private func checkMergeSource(_ value: Int32) throws(Diagnostic) {
        let record = records[Int(value)]
        switch record.kind {
        case .mapping:
            return
        case .sequence:
            for slot in Int(record.start)..<Int(record.start + record.count) {
                let source = children[slot]
                guard records[Int(source)].kind == .mapping else {
                    throw .error("a merge key '<<' takes mappings, found \(kindDescription(of: source))", at: location(of: source))
                }
            }
        case .scalar:
            throw .error("a merge key '<<' takes a mapping or a sequence of mappings, found \(kindDescription(of: value))",
                         at: location(of: value))
        }
    }

    /// Moves the frame's children from `pending` to `children` and fills in its record.
    mutating func finish(_ frame: Frame) {
        let start = children.count
        if frame.merges.isEmpty {
            children.append(contentsOf: pending[frame.pendingStart...])
        } else {
            children.append(contentsOf: applyingMerges(frame))
        }
        let added = children.count - start
        records[Int(frame.record)].start = UInt32(truncatingIfNeeded: start)
        records[Int(frame.record)].count = UInt32(truncatingIfNeeded: frame.isMapping ? added / 2 : added)
        pending.removeSubrange(frame.pendingStart...)
    }

    /// Explicit keys win over merged ones, and earlier merge sources win over later ones;
    /// merged pairs take the place of the merge key so document order stays meaningful.
    private func applyingMerges(_ frame: Frame) -> [Int32] {
        let explicit = Array(pending[frame.pendingStart...])
        var seen = Set(stride(from: 0, to: explicit.count, by: 2).compactMap { records[Int(explicit[$0])].kind == .scalar ? string(explicit[$0]) : nil })
        var result: [Int32] = []
        var explicitPair = 0
        for merge in frame.merges {
            while explicitPair < merge.position {
                result += [explicit[2 * explicitPair], explicit[2 * explicitPair + 1]]
                explicitPair += 1
            }
            let source = records[Int(merge.source)]
            let mappings = source.kind == .mapping
                ? [merge.source]
                : children[Int(source.start)..<Int(source.start + source.count)].map { $0 }
            for mapping in mappings {
                let record = records[Int(mapping)]
                for slot in stride(from: Int(record.start), to: Int(record.start + 2 * record.count), by: 2) {
                    let key = children[slot]
                    let text = records[Int(key)].kind == .scalar ? string(key) : ""
                    if seen.insert(text).inserted { result += [key, children[slot + 1]] }
                }
            }
        }
        result += explicit[(2 * explicitPair)...]
        return result
    }

    // MARK: Nodes not yet in a store

    func string(_ index: Int32) -> String {
        YAMLNodeStore.string(of: records[Int(index)], in: text)
    }

    func location(of index: Int32) -> SourceLocation {
        let record = records[Int(index)]
        return SourceLocation(file: file, line: Int(record.line), column: Int(record.column))
    }

    func kindDescription(of index: Int32) -> String {
        YAMLNodeStore.kindDescription(of: records[Int(index)], text: text, tag: tags[index])
    }
}
