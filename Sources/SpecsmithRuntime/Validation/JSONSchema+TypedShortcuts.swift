import Foundation

// MARK: - What a typed value cannot violate

extension JSONSchema {
    /// What the Swift type of a value already guarantees about a schema, worked out once per
    /// schema, so typed validation encodes and checks only what can fail.
    ///
    /// A generated type was made from its schema: its values have the schema's JSON types, its
    /// required properties, and (open enums) values `enum` lists or keeps on purpose; a `Date` or a
    /// `UUID` (or their coding proxies) always encodes to a valid `date-time` or `uuid` (a `DateOnly` can hold February 30th). A schema whose
    /// every keyword is of that kind, all the way down, is *settled*: a typed value cannot violate
    /// it, so the encoder skips it. Anything else (bounds, lengths, patterns, other formats,
    /// combinators, conditionals, …) is checked as usual.
    final class TypedShortcuts: @unchecked Sendable {
        // @unchecked: `settled`, `decisions` and `handedOver` are only read and written under `lock`; a race
        // only computes a value twice.
        private let lock = NSLock()
        private var settled: Bool?
        private var decisions: [MemberDecision] = []
        /// Worked out (`known`): how many members the schema's type hands over, nil when it does not.
        private var handedOver: (known: Bool, count: Int?) = (false, nil)

        func value(_ compute: () -> Bool) -> Bool {
            if let known = lock.withLock({ settled }) { return known }
            let result = compute()
            lock.withLock { settled = result }
            return result
        }

        /// How many members the type of this schema hands over, nil when it does not hand over every
        /// member that matters (see `JSONSchema.handedOverMemberCount(of:)`); worked out by
        /// `compute` the first time.
        func handedOverMemberCount(_ compute: () -> Int?) -> Int? {
            let known = lock.withLock { handedOver }
            if known.known { return known.count }
            let result = compute()
            lock.withLock { handedOver = (true, result) }
            return result
        }

        /// The encoder's decisions about this schema's declared properties so far (see `MemberDecision`).
        func memberDecisions() -> [MemberDecision] {
            lock.withLock { decisions }
        }

        /// Keeps a decision for the next values. Only declared properties are kept, so the keys of
        /// a map (any string) cannot grow the list without bound.
        func remember(_ decision: MemberDecision) {
            lock.withLock {
                guard decisions.count < 256, !decisions.contains(where: { $0.matches(decision.key, decision.type) }) else { return }
                decisions.append(decision)
            }
        }
    }

    /// Whether the encoder keeps a member of a typed value, and the schema deciding its own members
    /// (see `ValueEncoder.Node.member`), for one property name and Swift type. Worked out once per
    /// schema: working it out for every member of every value cost more than the rest of encoding.
    struct MemberDecision: Sendable {
        let key: String
        let type: ObjectIdentifier
        let keep: Bool
        let schema: JSONSchema?

        func matches(_ key: String, _ type: ObjectIdentifier) -> Bool {
            self.type == type && self.key == key
        }
    }

    /// The keywords a typed value satisfies by construction (with `format`, which depends on the
    /// Swift type, handled apart); any other keyword makes a schema unsettled.
    private static let settledKeywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "prefixItems", "$ref",
        "format", "enum", "discriminator",
        // Annotations.
        "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
    ]

    /// The keywords of a schema that decides the members or elements of a value by itself: none
    /// looks at the value as a whole, so members it does not need can be left out.
    static let memberDecidingKeywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "prefixItems", "format",
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "minItems", "maxItems",
        "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
    ]

    /// Whether every keyword of the schema, `format` aside, is one a typed value satisfies by
    /// construction (see `TypedShortcuts`); computed from its keywords when it is read.
    static func hasOnlySettledKeywords(_ object: [String: JSONValue]) -> Bool {
        object.keys.allSatisfy { settledKeywords.contains($0) }
            // Only open enums (strings, integers) keep values `enum` does not list on purpose.
            && (object["enum"]?.arrayValue ?? []).allSatisfy { value in
                switch value {
                case .string, .integer: true
                default: false
                }
            }
    }

    /// Whether values of `type` can be any JSON, whatever the schema says (a value of several types,
    /// a tuple, a free-form object): their Swift type guarantees nothing, so nothing is settled.
    static func isFreeForm(_ type: Any.Type) -> Bool {
        freeFormTypes.contains(ObjectIdentifier(type))
    }

    /// Looked up once: spelling `[JSONValue].self` looks its metadata up on every call, which cost
    /// more than the rest of deciding whether to encode a member. An array: five comparisons are
    /// cheaper than hashing.
    static let freeFormMap = ObjectIdentifier([String: JSONValue].self)
    static let freeFormList = ObjectIdentifier([JSONValue].self)
    private static let freeFormTypes: [ObjectIdentifier] = [
        ObjectIdentifier(JSONValue.self), ObjectIdentifier([JSONValue].self), ObjectIdentifier([String: JSONValue].self),
        ObjectIdentifier([[JSONValue]].self), ObjectIdentifier([String: [JSONValue]].self),
    ]

    /// Whether a typed value of type `valueType` cannot violate the schema: see `TypedShortcuts`.
    func isSettled(for valueType: Any.Type) -> Bool {
        if Self.isFreeForm(valueType) {
            // A free-form map is still an object: `{type: object, additionalProperties: true}` is settled.
            if ObjectIdentifier(valueType) == Self.freeFormMap, types?.isOnlyObject == true,
               properties.isEmpty, additionalProperties == nil || additionalProperties?.constant == true,
               keywordCount <= 2 {
                return true
            }
            return constant == true || keywordCount == 0
        }
        guard isSettledApartFromFormat() else { return false }
        guard let format else { return true }
        switch format {
        case .dateTime: return valueType == Date.self || valueType == RFC3339Timestamp.self
        case .uuid: return valueType == UUID.self || valueType == CanonicalUUID.self
        default: return false
        }
    }

    /// `isSettled` without the schema's own `format`; below it, where the Swift types are not
    /// known, a `format` unsettles.
    func isSettledApartFromFormat(depth: Int = 0) -> Bool {
        if let constant { return constant }
        guard problem == nil, settledKeywordsOnly, depth < 32 else { return false }
        return shortcuts.value {
            func settled(_ schema: JSONSchema?) -> Bool {
                guard let schema else { return true }
                return schema.format == nil && schema.isSettledApartFromFormat(depth: depth + 1)
            }
            if let reference, let target = reference.target, !settled(target()) { return false }
            // `additionalProperties: false` is not checked on typed values (their keys are their type's).
            let additional = additionalProperties?.constant == false || settled(additionalProperties)
            return properties.allSatisfy { settled($0.schema) } && additional && settled(items) && prefixItems.allSatisfy { settled($0) }
        }
    }

    /// The schema that decides what the members or elements of a typed value must be, when that
    /// is the schema itself (or the one its lone `$ref` names): only such a schema lets the encoder
    /// skip settled members. Keywords that look at the whole value (`enum`, `const`, combinators,
    /// conditionals, counts of properties, `uniqueItems`, `contains`, …) need every member.
    func memberSchemaSource() -> JSONSchema? {
        if let reference {
            guard keywordCount == 1, let target = reference.target else { return nil }
            return target().keywordCount == 1 && target().reference != nil ? nil : target().memberSchemaSource()
        }
        return decidesMembers ? self : nil
    }

    /// The schema of the member `name` of an object this schema decides (see `memberSchemaSource`):
    /// its property, else `additionalProperties`; nil when nothing checks that member.
    func memberSchema(named name: String) -> JSONSchema? {
        propertiesByName[name] ?? additionalProperties
    }

    /// The schema of element `index` of an array this schema decides.
    func elementSchema(at index: Int) -> JSONSchema? {
        index < prefixItems.count ? prefixItems[index] : items
    }
}
