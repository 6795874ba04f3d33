import Foundation

// MARK: - Encoding typed values

extension JSONSchema {
    /// Encodes a value straight into a `JSONValue`, with no JSON text in between, writing what the
    /// generated client's `JSONEncoder` would: dates as RFC 3339, data as base64, URLs as text.
    ///
    /// Given the schema the value will be checked against, it leaves out the members that schema
    /// settles (see `TypedShortcuts`): their Swift type already guarantees them, so neither
    /// encoding nor checking them could find anything.
    enum ValueEncoder {
        static func encode(_ value: some Encodable, schema: JSONSchema? = nil) throws -> JSONValue {
            try encodedSlot(value, schema: schema).value
        }

        /// The value encoded, with its objects left as nodes for `JSONSchema.check(_:_:)`.
        static func encodedSlot(_ value: some Encodable, schema: JSONSchema? = nil) throws -> Slot {
            try slot(for: value, schema: schema?.memberSchemaSource())
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
            /// The schema that decides this value's members (see `memberSchemaSource`), or nil to keep them all.
            let schema: JSONSchema?
            var single: Slot?
            var members: [(key: String, slot: Slot)]?
            var elements: [Slot]?

            /// The schema's decisions so far, read once per node; `nextDecision` is where the next
            /// member's is likely to be, since a type encodes its members in the same order every time.
            private var decisions: [MemberDecision] = []
            private var decisionsRead = false
            private var nextDecision = 0

            init(schema: JSONSchema?) {
                self.schema = schema
            }

            /// Whether a member of type `type` under `key` must be encoded, and the schema that
            /// decides its own members.
            func member(_ key: String, of type: Any.Type) -> (keep: Bool, schema: JSONSchema?) {
                guard let schema else { return (true, nil) }
                let identifier = ObjectIdentifier(type)
                if !decisionsRead {
                    decisions = schema.shortcuts.memberDecisions()
                    decisionsRead = true
                }
                var index = nextDecision
                for _ in 0..<decisions.count {
                    if index >= decisions.count { index = 0 }
                    if decisions[index].matches(key, identifier) {
                        nextDecision = index + 1
                        return (decisions[index].keep, decisions[index].schema)
                    }
                    index += 1
                }
                let decided = Self.decide(key, of: type, schema: schema)
                if schema.propertiesByName[key] != nil {
                    let decision = MemberDecision(key: key, type: identifier, keep: decided.keep, schema: decided.schema)
                    schema.shortcuts.remember(decision)
                    decisions.append(decision)
                    nextDecision = decisions.count
                }
                return decided
            }

            private static func decide(_ key: String, of type: Any.Type, schema: JSONSchema) -> (keep: Bool, schema: JSONSchema?) {
                guard !JSONSchema.isFreeForm(type) else { return (true, nil) }
                guard let member = schema.memberSchema(named: key), !member.isSettled(for: type) else { return (false, nil) }
                return (true, member.memberSchemaSource())
            }

            /// The schema that decides the members of the element about to be appended.
            var nextElementSchema: JSONSchema? {
                schema?.elementSchema(at: elements?.count ?? 0)?.memberSchemaSource()
            }

            var value: JSONValue {
                if let members {
                    return .object(Dictionary(members.lazy.map { ($0.key, $0.slot.value) }, uniquingKeysWith: { _, last in last }))
                }
                if let elements { return .array(elements.map(\.value)) }
                return single?.value ?? .object([:])
            }
        }

        static func slot<Value: Encodable>(for value: Value, schema: JSONSchema?) throws -> Slot {
            // Comparing metatypes first is much cheaper than a dynamic cast for every nested value.
            let type = Value.self
            if type == JSONValue.self, let json = value as? JSONValue { return .value(json) }
            // Free-form maps and lists are JSON already: no need to take them apart and build them again.
            let identifier = ObjectIdentifier(type)
            if identifier == JSONSchema.freeFormMap, let members = value as? [String: JSONValue] { return .value(.object(members)) }
            if identifier == JSONSchema.freeFormList, let elements = value as? [JSONValue] { return .value(.array(elements)) }
            if type == URL.self, let url = value as? URL { return .value(.string(url.absoluteString)) }
            if type == Date.self, let date = value as? Date { return .value(.string(RFC3339DateCoding.string(from: date))) }
            if type == Data.self, let data = value as? Data { return .value(.string(data.base64EncodedString())) }
            if type == Decimal.self, let decimal = value as? Decimal { return .value(.number(Double(decimal.description) ?? 0)) }
            // The members of the commonest values, as the keyed container's own overloads write them.
            if type == String.self, let string = value as? String { return .value(.string(string)) }
            if type == Int.self, let integer = value as? Int { return .value(.integer(Int64(integer))) }
            if type == Bool.self, let bool = value as? Bool { return .value(.bool(bool)) }
            if type == Double.self, let number = value as? Double { return .value(.number(number)) }
            let node = Node(schema: schema)
            // A generated type hands over the members its schema needs, without an encoder in between.
            if schema != nil, let validatable = value as? any Validatable, try validatable.handOverMembers(to: node) {
                return .node(node)
            }
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

            private func set<Value>(_ value: @autoclosure () -> JSONValue, _ key: Key, _ type: Value.Type) {
                guard node.member(key.stringValue, of: type).keep else { return }
                node.members?.append((key.stringValue, .value(value())))
            }

            mutating func encodeNil(forKey key: Key) throws { set(.null, key, Void.self) }
            mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key, Bool.self) }
            mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key, String.self) }
            mutating func encode(_ value: Double, forKey key: Key) throws { set(.number(value), key, Double.self) }
            mutating func encode(_ value: Float, forKey key: Key) throws { set(ValueEncoder.float(value), key, Float.self) }
            mutating func encode(_ value: Int, forKey key: Key) throws { set(.integer(Int64(value)), key, Int.self) }
            mutating func encode(_ value: Int8, forKey key: Key) throws { set(.integer(Int64(value)), key, Int8.self) }
            mutating func encode(_ value: Int16, forKey key: Key) throws { set(.integer(Int64(value)), key, Int16.self) }
            mutating func encode(_ value: Int32, forKey key: Key) throws { set(.integer(Int64(value)), key, Int32.self) }
            mutating func encode(_ value: Int64, forKey key: Key) throws { set(.integer(value), key, Int64.self) }
            mutating func encode(_ value: UInt, forKey key: Key) throws { set(ValueEncoder.integer(value), key, UInt.self) }
            mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.integer(Int64(value)), key, UInt8.self) }
            mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.integer(Int64(value)), key, UInt16.self) }
            mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.integer(Int64(value)), key, UInt32.self) }
            mutating func encode(_ value: UInt64, forKey key: Key) throws { set(ValueEncoder.integer(value), key, UInt64.self) }

            // Instead of the default, which goes through more generic layers for every absent optional.
            // Decided before the optional is looked at: unwrapping it in code that is generic over
            // `Value` looks up the metadata of `Value?` every time, which cost more than deciding.
            mutating func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
                let name = key.stringValue
                let member = node.member(name, of: Value.self)
                guard member.keep else { return }
                try Self.append(value, named: name, schema: member.schema, to: node)
            }

            // Apart, so the metadata of `Value?` is looked up for kept members only, not hoisted
            // to the start of `encodeIfPresent`.
            @inline(never)
            private static func append<Value: Encodable>(_ value: Value?, named name: String, schema: JSONSchema?, to node: Node) throws {
                guard let value else { return }
                node.members?.append((name, try ValueEncoder.slot(for: value, schema: schema)))
            }

            mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
                let name = key.stringValue
                let member = node.member(name, of: Value.self)
                guard member.keep else { return }
                node.members?.append((name, try ValueEncoder.slot(for: value, schema: member.schema)))
            }

            /// A child node for `key`. What goes into it is not known yet, so it is always kept,
            /// and its members are not left out.
            private func child(_ key: Key) -> Node {
                let child = Node(schema: nil)
                node.members?.append((key.stringValue, .node(child)))
                return child
            }

            mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
                let child = child(key)
                child.members = []
                return KeyedEncodingContainer(Keyed<NestedKey>(node: child))
            }

            mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
                let child = child(key)
                child.elements = []
                return Unkeyed(node: child)
            }

            mutating func superEncoder() -> any Encoder {
                let child = Node(schema: nil)
                node.members?.append(("super", .node(child)))
                return Encoding(node: child)
            }

            mutating func superEncoder(forKey key: Key) -> any Encoder {
                Encoding(node: child(key))
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

            // Elements are never left out: counts and positions must stay what they are.
            mutating func encode<Value: Encodable>(_ value: Value) throws {
                // Worked out before appending: the element's schema depends on how many there are.
                let slot = try ValueEncoder.slot(for: value, schema: node.nextElementSchema)
                node.elements?.append(slot)
            }

            mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
                let child = Node(schema: node.nextElementSchema)
                child.members = []
                node.elements?.append(.node(child))
                return KeyedEncodingContainer(Keyed<NestedKey>(node: child))
            }

            mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
                let child = Node(schema: node.nextElementSchema)
                child.elements = []
                node.elements?.append(.node(child))
                return Unkeyed(node: child)
            }

            mutating func superEncoder() -> any Encoder {
                let child = Node(schema: nil)
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
                // A value that encodes as another (a wrapper, an enum's raw value) has the same schema.
                node.single = try ValueEncoder.slot(for: value, schema: node.schema)
            }
        }
    }
}
