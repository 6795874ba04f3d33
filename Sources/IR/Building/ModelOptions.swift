/// Choices that change the shape of generated models.
public struct ModelOptions: Sendable, Hashable {
    /// Whether enums keep unknown values (`open`, the default) or fail to decode them (`frozen`).
    public enum EnumStyle: String, Sendable, Hashable, CaseIterable {
        case open, frozen
    }

    public var enumStyle: EnumStyle

    public init(enumStyle: EnumStyle = .open) {
        self.enumStyle = enumStyle
    }
}
