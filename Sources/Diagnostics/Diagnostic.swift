/// How serious a diagnostic is: errors stop generation, warnings and notes do not.
public enum Severity: String, Sendable, Hashable, Comparable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in the user's input, with the place it was found.
///
/// Diagnostics are values: stages throw or collect them, and only the front door renders them.
/// Rendering follows the compiler convention so editors and CI logs can link to the location:
/// `path/spec.yaml:12:7: error: 'paths' must be a mapping, found an integer`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// Related places (e.g. "first defined here"), printed after the diagnostic.
    public var notes: [Diagnostic]

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, message, at: location)
    }

    /// The compiler-style rendering, including notes on following lines.
    public var description: String {
        var lines = [renderedLine]
        lines += notes.map(\.renderedLine)
        return lines.joined(separator: "\n")
    }

    private var renderedLine: String {
        let prefix = location.map { "\($0): " } ?? "specsmith: "
        return Self.printable("\(prefix)\(severity.rawValue): \(message)")
    }

    /// `text` on one line with nothing a terminal would act on: messages quote spec text (names,
    /// `$ref`s), and a line break, an escape sequence or a right-to-left override in it would
    /// break the one-line format editors parse or rewrite what the user sees.
    static func printable(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 >= 0x80 }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Several diagnostics thrown together, for stages that keep going after the first error
/// so the user sees every problem in one run.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
