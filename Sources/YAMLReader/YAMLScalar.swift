/// A scalar's text, how it was written, and its explicit tag if any.
public struct YAMLScalar: Sendable, Hashable {
    public var text: String
    public var style: ScalarStyle
    /// The explicit tag (`!!str` is stored as `tag:yaml.org,2002:str`), or nil when untagged.
    public var tag: String?

    public init(text: String, style: ScalarStyle = .plain, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }

    /// The value under the YAML 1.2 core schema: only untagged plain scalars can be
    /// null, booleans or numbers; anything quoted, block-styled or tagged `!!str` is a string.
    public var value: YAMLScalarValue {
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:null": return .null
            case "tag:yaml.org,2002:bool": return YAMLCoreSchema.bool(text).map(YAMLScalarValue.bool) ?? .string(text)
            case "tag:yaml.org,2002:int": return YAMLCoreSchema.isInteger(text) ? .integer(text) : .string(text)
            case "tag:yaml.org,2002:float": return YAMLCoreSchema.isFloat(text) || YAMLCoreSchema.isInteger(text) ? .float(text) : .string(text)
            default: return .string(text)
            }
        }
        guard style == .plain else { return .string(text) }
        return YAMLCoreSchema.resolvePlain(text)
    }
}

/// A scalar's interpreted value. Numbers keep their exact text so nothing is lost to
/// rounding (`9223372036854775807`, `0.1`), and callers convert when they need to.
public enum YAMLScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(String)
    case float(String)
    case string(String)

    /// A name for the kind of value, for messages like "found an integer".
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .float: "a number"
        case .string: "a string"
        }
    }
}
