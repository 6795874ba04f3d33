import Mustache

/// Swift source text that is valid where the generator puts it.
///
/// Spec text never becomes `SwiftCode` directly: it goes through one of `SwiftText`'s escaping
/// functions (identifiers, string literals, raw string content, comment lines, numbers). Code the
/// generator writes itself is a string literal in the generator's source, and interpolation only
/// accepts other `SwiftCode`, so `"try \(name)"` with a `String` from the spec does not compile.
/// Templates receive nothing but `SwiftCode`, flags and lists of contexts: no template, a user's
/// included, can be handed spec text that breaks out of a literal or a comment.
public struct SwiftCode: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The source text.
    public let text: String

    /// Text already made valid by `SwiftText` (only that file and the runtime writer call this).
    init(escaped text: String) {
        self.text = text
    }

    /// The output of a template: made of the template's own text and the `SwiftCode` it was given.
    init(rendered text: String) {
        self.text = text
    }

    /// Code written in the generator's own source.
    public init(stringLiteral value: String) {
        text = value
    }

    public init(stringInterpolation: Interpolation) {
        text = stringInterpolation.text
    }

    public var description: String { text }

    /// Interpolation that takes only code: literal segments, other `SwiftCode`, numbers and flags.
    public struct Interpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        public mutating func appendInterpolation(_ code: SwiftCode) {
            text += code.text
        }

        public mutating func appendInterpolation(_ code: SwiftCode?) {
            text += code?.text ?? ""
        }

        public mutating func appendInterpolation(_ number: Int) {
            text += String(number)
        }

        public mutating func appendInterpolation(_ flag: Bool) {
            text += flag ? "true" : "false"
        }

        /// `parts` joined by `separator`.
        public mutating func appendInterpolation(_ parts: [SwiftCode], separator: SwiftCode) {
            text += parts.map(\.text).joined(separator: separator.text)
        }
    }
}

extension SwiftCode {
    /// `parts` joined by `separator`.
    static func joined(_ parts: [SwiftCode], separator: SwiftCode = "") -> SwiftCode {
        SwiftCode(escaped: parts.map(\.text).joined(separator: separator.text))
    }

    static func + (lhs: SwiftCode, rhs: SwiftCode) -> SwiftCode {
        SwiftCode(escaped: lhs.text + rhs.text)
    }
}

extension SwiftCode: MustacheCustomRenderable {
    public var renderText: String { text }
    public var isNull: Bool { false }
}
