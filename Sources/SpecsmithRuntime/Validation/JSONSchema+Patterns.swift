import Foundation

// MARK: - Patterns

extension JSONSchema {
    /// A `pattern`, compiled once with `NSRegularExpression` (ICU syntax, which reads nearly every
    /// ECMA-262 pattern the same way) and searched anywhere in the string, as JSON Schema does.
    ///
    /// A pattern ICU cannot compile is reported when the code is generated; here it is skipped rather
    /// than failing every value.
    final class Pattern: @unchecked Sendable {
        // @unchecked: NSRegularExpression is immutable once created and documented as safe to use
        // from several threads at once.
        let source: String
        private let expression: NSRegularExpression?

        init(_ source: String) {
            self.source = source
            expression = try? NSRegularExpression(pattern: source)
        }

        var isCompiled: Bool { expression != nil }

        func matches(_ string: String) -> Bool {
            guard let expression else { return true }
            return expression.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
        }
    }
}
