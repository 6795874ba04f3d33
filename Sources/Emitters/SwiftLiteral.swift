import Foundation
import IR

/// Swift source spellings of values.
enum SwiftLiteral {
    /// A string literal that reads back as `text`.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// An integer literal from a YAML integer (`42`, `-1`, `+5`, `0x1F`, `0o17`). Swift reads all of
    /// these forms except the explicit `+`, which would be an operator, not part of the literal.
    static func integer(_ text: String) -> String {
        text.hasPrefix("+") ? String(text.dropFirst()) : text
    }

    /// The literal for a `const` value given as JSON text, when `type` is a standard type that can
    /// be written as one (`String`, `Bool`, the integer and floating-point types); nil otherwise.
    static func constant(json: String, as type: IRTypeReference) -> String? {
        guard case .builtin(let name) = type else { return nil }
        switch name {
        case "String":
            let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
            return (value as? String).map(string)
        case "Bool":
            return json == "true" || json == "false" ? json : nil
        case "Int", "Int32", "Int64":
            return Int64(json).map(String.init)
        case "Double", "Float":
            // JSON numbers (`2`, `-0.5`, `1e3`) are Swift literals as they are.
            return Double(json).flatMap { $0.isFinite ? json : nil }
        default:
            return nil
        }
    }
}
