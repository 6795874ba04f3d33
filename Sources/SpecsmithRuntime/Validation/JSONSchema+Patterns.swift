import Foundation

// MARK: - Patterns

extension JSONSchema {
    /// A `pattern`, an ECMA-262 regular expression, translated for ICU (see `ECMAScriptPattern`),
    /// compiled once with `NSRegularExpression` and searched anywhere in the string, as JSON Schema
    /// does.
    ///
    /// A pattern ICU cannot compile, or that ECMA-262 rejects, is reported when the code is
    /// generated; one ICU cannot compile is skipped here rather than failing every value.
    final class Pattern: @unchecked Sendable {
        // @unchecked: NSRegularExpression is immutable once created and documented as safe to use
        // from several threads at once.
        let source: String
        private let expression: NSRegularExpression?

        init(_ source: String) {
            self.source = source
            expression = try? NSRegularExpression(pattern: ECMAScriptPattern(source).icuPattern)
        }

        var isCompiled: Bool { expression != nil }

        func matches(_ string: String) -> Bool {
            guard let expression else { return true }
            return expression.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
        }
    }
}
