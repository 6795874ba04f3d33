/// The JSON Schema constraints the Swift type cannot express, kept for the validators.
/// Numbers stay as the spec wrote them.
public struct IRConstraints: Sendable, Hashable {
    public var minimum: String?
    public var maximum: String?
    public var exclusiveMinimum: String?
    public var exclusiveMaximum: String?
    public var multipleOf: String?
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems: Bool = false
    public var minProperties: Int?
    public var maxProperties: Int?
    public var format: String?
    /// `const`, as JSON text.
    public var constJSON: String?

    public init() {}

    public var isEmpty: Bool { self == IRConstraints() }
}
