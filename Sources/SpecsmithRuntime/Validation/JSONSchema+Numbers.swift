import Foundation

// MARK: - Numbers

extension JSONSchema {
    /// Comparisons between JSON numbers, exact between integers and integers with doubles.
    enum Numbers {
        /// -1, 0 or 1 as `lhs` is less than, equal to or greater than `rhs` (0 when either is not a number).
        static func compare(_ lhs: JSONValue, _ rhs: JSONValue) -> Int {
            switch (lhs, rhs) {
            case (.integer(let left), .integer(let right)):
                return left < right ? -1 : left > right ? 1 : 0
            case (.integer(let left), .number(let right)):
                return compare(left, right)
            case (.number(let left), .integer(let right)):
                return -compare(right, left)
            case (.number(let left), .number(let right)):
                return left < right ? -1 : left > right ? 1 : 0
            default:
                return 0
            }
        }

        /// The sign of `integer - double`, without rounding the integer to a double.
        private static func compare(_ integer: Int64, _ double: Double) -> Int {
            if double.isNaN { return 0 }
            if double >= 9_223_372_036_854_775_808.0 { return -1 }
            if double < -9_223_372_036_854_775_808.0 { return 1 }
            let floor = double.rounded(.down)
            let whole = Int64(floor)
            if integer != whole { return integer < whole ? -1 : 1 }
            return double > floor ? -1 : 0
        }

        /// Whether `value` is a whole multiple of `divisor`: exact for integers; for decimals, within
        /// the rounding of binary floating point (0.07 is a multiple of 0.01 although 0.07 / 0.01 is
        /// 7.000000000000001 in doubles).
        static func isMultiple(_ value: JSONValue, of divisor: JSONValue) -> Bool {
            if case .integer(let integer) = value, case .integer(let step) = divisor, step > 0 {
                return integer % step == 0
            }
            guard let number = value.doubleValue, let step = divisor.doubleValue, step > 0 else { return true }
            let quotient = number / step
            guard quotient.isFinite else { return false }
            let nearest = quotient.rounded()
            return abs(quotient - nearest) <= max(1, abs(quotient)) * 1e-9
        }
    }
}
