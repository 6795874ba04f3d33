import Foundation

// MARK: - Messages

extension JSONSchema {
    /// Words for values and kinds in messages.
    enum Describe {
        static func kind(named name: String) -> String {
            switch name {
            case "null": "null"
            case "boolean": "a boolean"
            case "integer": "an integer"
            case "number": "a number"
            case "string": "a string"
            case "array": "an array"
            default: "an object"
            }
        }

        static func kind(of value: JSONValue) -> String {
            switch value {
            case .null: "null"
            case .bool: "a boolean"
            case .integer: "an integer"
            case .number(let number): number.isFinite && number.rounded(.towardZero) == number ? "an integer" : "a number"
            case .string: "a string"
            case .array: "an array"
            case .object: "an object"
            }
        }

        /// The value as JSON, shortened past 64 characters.
        static func literal(_ value: JSONValue) -> String {
            if case .number(let number) = value, number.isFinite, let whole = Int64(exactly: number) {
                return String(whole)
            }
            let text = value.description
            return text.count > 64 ? String(text.prefix(61)) + "…" : text
        }

        /// `1 item`, `3 items`.
        static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
            "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
        }
    }
}
