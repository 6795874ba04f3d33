import Foundation

// MARK: - Types

extension JSONSchema {
    /// The JSON types a `type` keyword admits, as bits, so checking a value's type costs nothing.
    struct TypeSet: Sendable {
        private static let names = ["null", "boolean", "integer", "number", "string", "array", "object"]
        private let bits: UInt8

        init?(names: [String]) {
            var bits: UInt8 = 0
            for name in names {
                if let index = Self.names.firstIndex(of: name) { bits |= 1 << index }
            }
            guard bits != 0 else { return nil }
            self.bits = bits
        }

        private func has(_ name: Int) -> Bool { bits & (1 << name) != 0 }

        /// Whether `object` is the one type admitted.
        var isOnlyObject: Bool { bits == 1 << 6 }

        func admits(_ value: JSONValue) -> Bool {
            switch value {
            case .null: has(0)
            case .bool: has(1)
            case .integer: has(2) || has(3)
            case .number(let number): has(3) || (has(2) && number.isFinite && number.rounded(.towardZero) == number)
            case .string: has(4)
            case .array: has(5)
            case .object: has(6)
            }
        }

        /// `a string`, `a string or null`.
        var phrase: String {
            let phrases = Self.names.indices.filter(has).map { Describe.kind(named: Self.names[$0]) }
            guard let last = phrases.last, phrases.count > 1 else { return phrases.first ?? "" }
            return phrases.dropLast().joined(separator: ", ") + " or " + last
        }
    }
}
