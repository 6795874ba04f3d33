#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The nodes of one document (or of one node built in code), kept flat: one array of records
/// addressed by index, one array of child indices, one buffer of scalar bytes.
///
/// A tree of per-node values cost more to build and to free than libyaml took to parse the file;
/// here building is appending, and freeing is releasing a few buffers. Scalar text stays bytes
/// until someone asks for it, so what no later stage reads (most examples) never becomes a `String`.
final class YAMLNodeStore: Sendable {
    /// What a node is and where it starts.
    struct Record: Sendable {
        /// Scalar: offset of its bytes in `text`. Collection: offset of its children in `children`.
        var start: UInt32
        /// Scalar: its length in bytes. Sequence: its items. Mapping: its pairs (twice as many children).
        var count: UInt32
        var line: UInt32
        var column: UInt32
        var kind: Kind
        var style: ScalarStyle
        /// The scalar's bytes are all ASCII, so comparing bytes is comparing strings.
        var isASCII: Bool
        var hasTag: Bool
    }

    enum Kind: UInt8, Sendable {
        case scalar
        case sequence
        case mapping
    }

    /// The file every node of this store is in.
    let file: String
    let records: [Record]
    /// Children of collections, each collection's contiguous (a mapping's alternate key, value).
    /// A negative entry `c` stands for `foreign[~c]`: a node of another store, which nodes built
    /// in code (the Swagger 2.0 conversion, spliced sections) take as they are.
    let children: [Int32]
    let text: [UInt8]
    let foreign: [YAMLNode]
    /// Explicit tags by node, which few documents have.
    let tags: [Int32: String]

    init(file: String, records: [Record], children: [Int32], text: [UInt8], foreign: [YAMLNode] = [], tags: [Int32: String] = [:]) {
        self.file = file
        self.records = records
        self.children = children
        self.text = text
        self.foreign = foreign
        self.tags = tags
    }

    /// The node in child slot `slot`.
    @inline(__always)
    func child(_ slot: Int) -> YAMLNode {
        let entry = children[slot]
        return entry >= 0 ? YAMLNode(store: self, index: entry) : foreign[Int(~entry)]
    }

    /// The scalar text of node `index`, decoded now.
    func string(_ index: Int32) -> String {
        Self.string(of: records[Int(index)], in: text)
    }

    /// The text of scalar `record` whose bytes are in `text`: a store's, or the tree builder's
    /// before its store exists.
    static func string(of record: Record, in text: [UInt8]) -> String {
        text.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(record.start)..<Int(record.start + record.count)]), as: UTF8.self)
        }
    }

    /// What `record` is, phrased for messages ("a mapping", "an integer", …); its scalar bytes
    /// are in `text`, and `tag` is its explicit tag.
    static func kindDescription(of record: Record, text: [UInt8], tag: String?) -> String {
        switch record.kind {
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .scalar: YAMLScalar(text: string(of: record, in: text), style: record.style, tag: tag).value.kindDescription
        }
    }

    /// Whether node `index` is a scalar whose text equals `key` as Swift compares strings.
    /// `keyBytes` is `key`'s UTF-8; bytes decide when both sides are ASCII (the usual case).
    func scalar(_ index: Int32, equals key: String, keyBytes: UnsafeBufferPointer<UInt8>, keyIsASCII: Bool) -> Bool {
        let record = records[Int(index)]
        guard record.kind == .scalar else { return false }
        if keyIsASCII && record.isASCII {
            guard Int(record.count) == keyBytes.count else { return false }
            return text.withUnsafeBufferPointer { buffer in
                guard let textBase = buffer.baseAddress, let keyBase = keyBytes.baseAddress else { return keyBytes.isEmpty }
                return memcmp(textBase + Int(record.start), keyBase, keyBytes.count) == 0
            }
        }
        // Canonically equivalent strings can differ in bytes (and `K` equals the Kelvin sign).
        return string(index) == key
    }

    /// Whether node `index` is a plain, untagged scalar reading as null under the core schema.
    func isPlainNull(_ record: Record) -> Bool {
        guard record.style == .plain else { return false }
        switch record.count {
        case 0: return true
        case 1: return text[Int(record.start)] == UInt8(ascii: "~")
        case 4:
            let start = Int(record.start)
            let bytes = (text[start], text[start + 1], text[start + 2], text[start + 3])
            return bytes == (0x6E, 0x75, 0x6C, 0x6C) || bytes == (0x4E, 0x75, 0x6C, 0x6C) || bytes == (0x4E, 0x55, 0x4C, 0x4C)
        default: return false
        }
    }

    /// A store with nothing in it, behind empty `YAMLPairs` and `YAMLItems`.
    static let empty = YAMLNodeStore(file: "", records: [], children: [], text: [])
}

/// Whether every byte is ASCII, eight at a time.
func allASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var index = 0
    let count = bytes.count
    let raw = UnsafeRawPointer(base)
    while index + 8 <= count {
        if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
        index += 8
    }
    while index < count {
        if base[index] >= 0x80 { return false }
        index += 1
    }
    return true
}
