import Diagnostics

/// A number from the spec, kept as written so that nothing is lost to rounding
/// (`maximum: 9223372036854775807`, `multipleOf: 0.01`); converted only where it is used.
public struct SpecNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number exactly as the spec wrote it.
    public let text: String
    public let isInteger: Bool

    public init(text: String, isInteger: Bool) {
        self.text = text
        self.isInteger = isInteger
    }

    /// The value as a `Double`, which may round very large or very precise numbers.
    public var doubleValue: Double? { Double(text) }

    /// The value as an `Int64` when it is an integer that fits, else nil.
    public var int64Value: Int64? {
        if let value = Int64(text) { return value }
        // "5.0" or "1e3" are integral even though written as floats.
        guard let double = Double(text), double.rounded() == double, abs(double) < 9.2e18 else { return nil }
        return Int64(double)
    }

    public var description: String { text }
}
