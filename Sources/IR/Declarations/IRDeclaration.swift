import Diagnostics

/// A Swift declaration the emitters write: a struct, an enum, a union of alternatives, or a typealias.
public enum IRDeclaration: Sendable {
    case structure(IRStruct)
    case enumeration(IREnum)
    case union(IRUnion)
    case alias(IRAlias)

    public var name: String {
        switch self {
        case .structure(let value): value.name
        case .enumeration(let value): value.name
        case .union(let value): value.name
        case .alias(let value): value.name
        }
    }
}

/// Text for a doc comment, from a schema's `title` and `description`.
public struct IRDocumentation: Sendable, Hashable {
    public var lines: [String]

    public init(lines: [String] = []) {
        self.lines = lines
    }

    public var isEmpty: Bool { lines.isEmpty }
}

/// An object schema as a struct.
public struct IRStruct: Sendable {
    public var name: String
    public var documentation: IRDocumentation
    public var deprecated: Bool
    public var properties: [IRProperty]
    /// Types declared inside this one (inline objects and enums of its properties).
    public var nested: [IRDeclaration]
    /// Object-level constraints (`minProperties`, …) for validators.
    public var constraints: IRConstraints
    /// Where the schema was written, for diagnostics in later stages.
    public var location: SourceLocation?
    /// Where the members `properties` does not declare are kept, when the schema admits them
    /// explicitly (`additionalProperties: {schema}` or `true` beside `properties`).
    public var additionalProperties: IRAdditionalProperties?
}

/// The dictionary a struct keeps its undeclared members in: every key that is not a declared
/// property, decoded as `valueType` and encoded back.
public struct IRAdditionalProperties: Sendable {
    /// The Swift name of the dictionary property, unique among the struct's members (the spec's
    /// properties keep their names; this one gives way).
    public var swiftName: String
    /// The type of each value (`JSONValue` for `additionalProperties: true`).
    public var valueType: IRTypeReference
}

/// A stored property of a struct.
public struct IRProperty: Sendable {
    /// The Swift name (`renderUrl`), already unique among its siblings and escaped if reserved.
    public var swiftName: String
    /// The JSON key (`render_url`).
    public var jsonName: String
    /// The Swift type, optional when the property is not required or is nullable. (When both,
    /// see `distinguishesNull`, emitters write it as `Nullable<T>`.)
    public var type: IRTypeReference
    /// The key is present in every JSON object of this type, both ways: the spec requires it and
    /// it is neither `readOnly` nor `writeOnly` (those are required in one direction only, and
    /// one Swift type serves both). A required nullable property is encoded as `null` when `nil`.
    public var required: Bool
    /// `null` is a valid value (`nullable`, a `"null"` type or alternative, or a reference to such a schema).
    public var nullable: Bool
    public var documentation: IRDocumentation
    public var deprecated: Bool
    public var readOnly: Bool
    public var writeOnly: Bool
    /// The spec's `default`, as JSON text.
    public var defaultValue: String?
    public var constraints: IRConstraints
    /// Stored behind a reference because the struct contains itself through this property
    /// (`Node.parent: Node?`); a Swift struct cannot hold itself inline.
    public var isIndirect: Bool = false

    /// Optional and nullable: a missing key, `null` and a value are three different things
    /// (a PATCH body clears a field with `null`), so the Swift type must tell them apart.
    public var distinguishesNull: Bool { !required && nullable }
}

/// A string or integer enum.
public struct IREnum: Sendable {
    public enum RawType: String, Sendable {
        case string = "String"
        case integer = "Int"
    }

    public var name: String
    public var documentation: IRDocumentation
    public var deprecated: Bool
    public var rawType: RawType
    public var cases: [IREnumCase]
    /// Open enums keep unknown values in an `unknown` case instead of failing to decode.
    public var isOpen: Bool
}

public struct IREnumCase: Sendable, Hashable {
    public var swiftName: String
    /// The raw value as the spec wrote it (`serve_stale`, `42`); the emitter spells it as a
    /// Swift literal, because only it knows Swift's escapes (`\u{7}`, not JSON's `\u0007`).
    public var rawValue: String
}

/// `oneOf`/`anyOf`: an enum with one case per alternative, each holding that alternative's value.
public struct IRUnion: Sendable {
    public enum Kind: String, Sendable {
        case oneOf, anyOf
    }

    public var name: String
    public var documentation: IRDocumentation
    public var deprecated: Bool
    public var kind: Kind
    public var cases: [IRUnionCase]
    /// For a `discriminator`: the JSON property that names the alternative.
    public var discriminatorProperty: String?
    public var nested: [IRDeclaration]
    /// The union contains itself through one of its cases, so it is an `indirect enum`.
    public var isIndirect: Bool = false
}

public struct IRUnionCase: Sendable {
    public var swiftName: String
    public var type: IRTypeReference
    /// Discriminator values that select this case (empty without a discriminator).
    public var discriminatorValues: [String]
}

/// A named schema that is just another type (`typealias Tags = [String]`).
public struct IRAlias: Sendable {
    public var name: String
    public var documentation: IRDocumentation
    public var deprecated: Bool
    public var target: IRTypeReference
    public var constraints: IRConstraints
}
