import Foundation

// MARK: - Equality

extension JSONSchema {
    /// JSON equality, as `enum`, `const` and `uniqueItems` compare: numbers by value (`1` equals
    /// `1.0`), objects regardless of key order, booleans never equal to numbers.
    enum Equality {
        static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
            switch (lhs, rhs) {
            case (.integer, .integer), (.integer, .number), (.number, .integer), (.number, .number):
                return Numbers.compare(lhs, rhs) == 0 && !(lhs.doubleValue?.isNaN ?? false)
            case (.string(let left), .string(let right)):
                // Code point by code point, as JSON compares: Swift's `==` would also equate
                // canonically equivalent spellings ("é" precomposed and with a combining accent).
                return left.unicodeScalars.elementsEqual(right.unicodeScalars)
            case (.array(let left), .array(let right)):
                return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
            case (.object(let left), .object(let right)):
                return left.count == right.count && left.allSatisfy { key, value in right[key].map { equal(value, $0) } ?? false }
            default:
                return lhs == rhs
            }
        }

        /// The indices of the first two equal elements, if any.
        static func firstDuplicate(in elements: [JSONValue]) -> (Int, Int)? {
            var seen: [JSONValue: Int] = [:]
            for (index, element) in elements.enumerated() {
                let key = canonical(element)
                if let earlier = seen[key] { return (earlier, index) }
                seen[key] = index
            }
            return nil
        }

        /// The value with every whole number spelled as `.integer`, so equal JSON is equal `JSONValue`.
        private static func canonical(_ value: JSONValue) -> JSONValue {
            switch value {
            case .number(let number):
                if let whole = Int64(exactly: number) { return .integer(whole) }
                return value
            case .array(let elements):
                return .array(elements.map(canonical))
            case .object(let members):
                return .object(members.mapValues(canonical))
            default:
                return value
            }
        }
    }
}
