import Foundation

// MARK: - Members a generated type hands to typed validation

/// What a generated struct's `validationMembers(into:)` hands its stored properties to, so typed
/// validation reads them where they are instead of running the value through an `Encoder`: the
/// `Codable` machinery (a boxed container per object, a witness call and a key's text per member)
/// cost more than checking what it produced.
///
/// A struct hands over only the members its schema might find wrong (the generator leaves out the
/// ones whose schema a Swift value satisfies by construction), each as its `encode(to:)` encodes
/// it, under its JSON key. Before a type's first use, `JSONSchema.handedOverMemberCount(of:)` makes sure
/// every member left out is one validation would have skipped anyway, so the two ways of reading a
/// value cannot disagree: where it is not sure, the value is encoded as before.
public struct ValidationMembers {
    enum Mode {
        /// Members go into `node`, as `ValueEncoder.Encoding` would put them.
        case collecting(JSONSchema.ValueEncoder.Node)
        /// Only the keys handed over are noted, to compare them with the schema once.
        case recording
    }

    let mode: Mode
    /// The keys handed over, when recording.
    private(set) var keys: [String] = []
    /// Whether the type handed over its members: the default `validationMembers(into:)` does not.
    var handedOver = true
    /// The first member that could not be encoded: validation reports it as the encoder's failure.
    private(set) var failure: (any Error)?

    init(_ mode: Mode) {
        self.mode = mode
    }

    /// The member `key`, encoded as `encode(_:forKey:)` encodes it.
    public mutating func add<Value: Encodable>(_ key: String, _ value: Value) {
        guard let node = collectingNode(noting: key) else { return }
        let member = node.member(key, of: Value.self)
        guard member.keep else { return }
        append(key, value, schema: member.schema, to: node)
    }

    /// The member `key` when `value` is not nil, as `encodeIfPresent(_:forKey:)` encodes it.
    public mutating func add<Value: Encodable>(_ key: String, ifPresent value: Value?) {
        guard let node = collectingNode(noting: key) else { return }
        // Decided before the optional is looked at, as `ValueEncoder.Keyed.encodeIfPresent` does.
        let member = node.member(key, of: Value.self)
        guard member.keep, let value else { return }
        append(key, value, schema: member.schema, to: node)
    }

    /// The member `key` as the keyed container's `Nullable` overload encodes it: left out when
    /// absent, `null`, or the value.
    public mutating func add<Wrapped: Encodable>(_ key: String, nullable value: Nullable<Wrapped>) {
        guard let node = collectingNode(noting: key) else { return }
        switch value {
        case .absent:
            break
        case .null:
            // `encodeNil(forKey:)`, which the encoder decides for as a member of type `Void`.
            guard node.member(key, of: Void.self).keep else { return }
            node.members?.append((key, .value(.null)))
        case .value(let wrapped):
            add(key, wrapped)
        }
    }

    /// The node members go into, or nil (with `key` noted) when recording.
    private mutating func collectingNode(noting key: String) -> JSONSchema.ValueEncoder.Node? {
        switch mode {
        case .collecting(let node):
            return failure == nil ? node : nil
        case .recording:
            keys.append(key)
            return nil
        }
    }

    private mutating func append<Value: Encodable>(_ key: String, _ value: Value, schema: JSONSchema?, to node: JSONSchema.ValueEncoder.Node) {
        do {
            node.members?.append((key, try JSONSchema.ValueEncoder.slot(for: value, schema: schema)))
        } catch {
            failure = error
        }
    }
}

extension Validatable {
    /// Generated types that hand over their members implement this; for the others typed
    /// validation encodes the value.
    public func validationMembers(into members: inout ValidationMembers) {
        members.handedOver = false
    }

    /// Fills `node` (made for this type's own schema) with the members `validationMembers(into:)`
    /// hands over; false, with `node` untouched, when the type does not, or when its schema is not
    /// sure to miss nothing by it (see `JSONSchema.handedOverMemberCount(of:)`).
    func handOverMembers(to node: JSONSchema.ValueEncoder.Node) throws -> Bool {
        let schema = Self.jsonSchema
        guard node.schema === schema, let count = schema.handedOverMemberCount(of: self) else { return false }
        // Room for every member at once: growing the array member by member cost an allocation each time it doubled.
        node.members = []
        node.members?.reserveCapacity(count)
        var members = ValidationMembers(.collecting(node))
        validationMembers(into: &members)
        if let failure = members.failure { throw failure }
        return true
    }
}

extension JSONSchema {
    /// How many members `value`'s `validationMembers(into:)` hands over, when it hands over every
    /// member this schema (its type's own) might find wrong, so typed validation can read them
    /// instead of encoding the value; nil when it does not. Worked out once per schema: the keys a
    /// type hands over do not depend on its values.
    ///
    /// A declared property that is not handed over must have nothing but settled keywords, all the
    /// way down (see `TypedShortcuts`), and no `format` but `date-time` or `uuid`: the encoder
    /// would then leave it out too. What depends on the member's Swift type, which only the
    /// generator knows, is the generator's to get right: it hands over every member whose Swift
    /// type is free-form (which no schema settles), every `date-time` or `uuid` member that is not
    /// a `Date` or `UUID`, and every member the schema does not declare.
    func handedOverMemberCount<Value: Validatable>(of value: Value) -> Int? {
        shortcuts.handedOverMemberCount {
            var recorder = ValidationMembers(.recording)
            value.validationMembers(into: &recorder)
            guard recorder.handedOver else { return nil }
            let handedOver = Set(recorder.keys)
            let complete = properties.allSatisfy { property in
                guard !handedOver.contains(property.name) else { return true }
                switch property.schema.format {
                case nil, .dateTime?, .uuid?: return property.schema.isSettledApartFromFormat()
                default: return false
                }
            }
            return complete ? recorder.keys.count : nil
        }
    }
}
