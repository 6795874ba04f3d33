import Foundation

// MARK: - Encoding typed values

extension JSONSchema {
    /// Encodes a value straight into a `JSONValue`, with no JSON text in between, writing what the
    /// generated client's `JSONEncoder` would: dates as RFC 3339, data as base64, URLs as text.
    enum ValueEncoder {
        static func encode(_ value: some Encodable) throws -> JSONValue {
            try slot(for: value).value
        }

        /// A value that is written out already, or a node that containers are still filling.
        enum Slot {
            case value(JSONValue)
            case node(Node)

            var value: JSONValue {
                switch self {
                case .value(let value): value
                case .node(let node): node.value
                }
            }
        }

        /// What one encoder or container writes into. Members are kept as pairs and made into a
        /// dictionary once, at the end: cheaper than growing a dictionary key by key.
        final class Node {
            var single: Slot?
            var members: [(key: String, slot: Slot)]?
            var elements: [Slot]?

            var value: JSONValue {
                if let members {
                    return .object(Dictionary(members.lazy.map { ($0.key, $0.slot.value) }, uniquingKeysWith: { _, last in last }))
                }
                if let elements { return .array(elements.map(\.value)) }
                return single?.value ?? .object([:])
            }
        }

        static func slot<Value: Encodable>(for value: Value) throws -> Slot {
            // Comparing metatypes first is much cheaper than a dynamic cast for every nested value.
            let type = Value.self
            if type == JSONValue.self, let json = value as? JSONValue { return .value(json) }
            if type == URL.self, let url = value as? URL { return .value(.string(url.absoluteString)) }
            if type == Date.self, let date = value as? Date { return .value(.string(RFC3339DateCoding.string(from: date))) }
            if type == Data.self, let data = value as? Data { return .value(.string(data.base64EncodedString())) }
            if type == Decimal.self, let decimal = value as? Decimal { return .value(.number(Double(decimal.description) ?? 0)) }
            let node = Node()
            try value.encode(to: Encoding(node: node))
            return .node(node)
        }

        static func integer<Integer: BinaryInteger>(_ value: Integer) -> JSONValue {
            Int64(exactly: value).map(JSONValue.integer) ?? .number(Double(value))
        }

        /// A `Float` by its shortest decimal spelling, so `0.1` stays 0.1 rather than 0.100000001490116.
        static func float(_ value: Float) -> JSONValue {
            .number(Double(value.description) ?? Double(value))
        }

        /// An encoder that writes into a `Node`. Coding paths are left empty: nothing here reports
        /// errors by path, and building them would cost more than the rest of the encoding.
        final class Encoding: Encoder {
            let node: Node
            var codingPath: [any CodingKey] { [] }
            var userInfo: [CodingUserInfoKey: Any] { [:] }

            init(node: Node) {
                self.node = node
            }

            func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
                if node.members == nil { node.members = [] }
                return KeyedEncodingContainer(Keyed<Key>(node: node))
            }

            func unkeyedContainer() -> any UnkeyedEncodingContainer {
                if node.elements == nil { node.elements = [] }
                return Unkeyed(node: node)
            }

            func singleValueContainer() -> any SingleValueEncodingContainer {
                Single(node: node)
            }
        }

        struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
            let node: Node
            var codingPath: [any CodingKey] { [] }

            private func set(_ value: JSONValue, _ key: Key) { node.members?.append((key.stringValue, .value(value))) }

            mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
            mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
            mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
            mutating func encode(_ value: Double, forKey key: Key) throws { set(.number(value), key) }
            mutating func encode(_ value: Float, forKey key: Key) throws { set(ValueEncoder.float(value), key) }
            mutating func encode(_ value: Int, forKey key: Key) throws { set(.integer(Int64(value)), key) }
            mutating func encode(_ value: Int8, forKey key: Key) throws { set(.integer(Int64(value)), key) }
            mutating func encode(_ value: Int16, forKey key: Key) throws { set(.integer(Int64(value)), key) }
            mutating func encode(_ value: Int32, forKey key: Key) throws { set(.integer(Int64(value)), key) }
            mutating func encode(_ value: Int64, forKey key: Key) throws { set(.integer(value), key) }
            mutating func encode(_ value: UInt, forKey key: Key) throws { set(ValueEncoder.integer(value), key) }
            mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.integer(Int64(value)), key) }
            mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.integer(Int64(value)), key) }
            mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.integer(Int64(value)), key) }
            mutating func encode(_ value: UInt64, forKey key: Key) throws { set(ValueEncoder.integer(value), key) }

            mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
                node.members?.append((key.stringValue, try ValueEncoder.slot(for: value)))
            }

            mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
                let child = Node()
                child.members = []
                node.members?.append((key.stringValue, .node(child)))
                return KeyedEncodingContainer(Keyed<NestedKey>(node: child))
            }

            mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
                let child = Node()
                child.elements = []
                node.members?.append((key.stringValue, .node(child)))
                return Unkeyed(node: child)
            }

            mutating func superEncoder() -> any Encoder {
                let child = Node()
                node.members?.append(("super", .node(child)))
                return Encoding(node: child)
            }

            mutating func superEncoder(forKey key: Key) -> any Encoder {
                let child = Node()
                node.members?.append((key.stringValue, .node(child)))
                return Encoding(node: child)
            }
        }

        struct Unkeyed: UnkeyedEncodingContainer {
            let node: Node
            var codingPath: [any CodingKey] { [] }
            var count: Int { node.elements?.count ?? 0 }

            private func append(_ value: JSONValue) { node.elements?.append(.value(value)) }
            mutating func encodeNil() throws { append(.null) }
            mutating func encode(_ value: Bool) throws { append(.bool(value)) }
            mutating func encode(_ value: String) throws { append(.string(value)) }
            mutating func encode(_ value: Double) throws { append(.number(value)) }
            mutating func encode(_ value: Float) throws { append(ValueEncoder.float(value)) }
            mutating func encode(_ value: Int) throws { append(.integer(Int64(value))) }
            mutating func encode(_ value: Int8) throws { append(.integer(Int64(value))) }
            mutating func encode(_ value: Int16) throws { append(.integer(Int64(value))) }
            mutating func encode(_ value: Int32) throws { append(.integer(Int64(value))) }
            mutating func encode(_ value: Int64) throws { append(.integer(value)) }
            mutating func encode(_ value: UInt) throws { append(ValueEncoder.integer(value)) }
            mutating func encode(_ value: UInt8) throws { append(.integer(Int64(value))) }
            mutating func encode(_ value: UInt16) throws { append(.integer(Int64(value))) }
            mutating func encode(_ value: UInt32) throws { append(.integer(Int64(value))) }
            mutating func encode(_ value: UInt64) throws { append(ValueEncoder.integer(value)) }

            mutating func encode<Value: Encodable>(_ value: Value) throws {
                node.elements?.append(try ValueEncoder.slot(for: value))
            }

            mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
                let child = Node()
                child.members = []
                node.elements?.append(.node(child))
                return KeyedEncodingContainer(Keyed<NestedKey>(node: child))
            }

            mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
                let child = Node()
                child.elements = []
                node.elements?.append(.node(child))
                return Unkeyed(node: child)
            }

            mutating func superEncoder() -> any Encoder {
                let child = Node()
                node.elements?.append(.node(child))
                return Encoding(node: child)
            }
        }

        struct Single: SingleValueEncodingContainer {
            let node: Node
            var codingPath: [any CodingKey] { [] }

            private func set(_ value: JSONValue) { node.single = .value(value) }

            mutating func encodeNil() throws { set(.null) }
            mutating func encode(_ value: Bool) throws { set(.bool(value)) }
            mutating func encode(_ value: String) throws { set(.string(value)) }
            mutating func encode(_ value: Double) throws { set(.number(value)) }
            mutating func encode(_ value: Float) throws { set(ValueEncoder.float(value)) }
            mutating func encode(_ value: Int) throws { set(.integer(Int64(value))) }
            mutating func encode(_ value: Int8) throws { set(.integer(Int64(value))) }
            mutating func encode(_ value: Int16) throws { set(.integer(Int64(value))) }
            mutating func encode(_ value: Int32) throws { set(.integer(Int64(value))) }
            mutating func encode(_ value: Int64) throws { set(.integer(value)) }
            mutating func encode(_ value: UInt) throws { set(ValueEncoder.integer(value)) }
            mutating func encode(_ value: UInt8) throws { set(.integer(Int64(value))) }
            mutating func encode(_ value: UInt16) throws { set(.integer(Int64(value))) }
            mutating func encode(_ value: UInt32) throws { set(.integer(Int64(value))) }
            mutating func encode(_ value: UInt64) throws { set(ValueEncoder.integer(value)) }

            mutating func encode<Value: Encodable>(_ value: Value) throws {
                node.single = try ValueEncoder.slot(for: value)
            }
        }
    }
}
