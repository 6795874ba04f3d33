/// One compiler-style line, `file:LINE:COL: severity: message`, as `generate` prints it.
struct DiagnosticLine: Equatable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var message: String

    /// Parses `line`, or returns nil when it is not in the compiler format.
    init?(_ text: String) {
        for severity in ["error", "warning", "note"] {
            guard let marker = text.range(of: ": \(severity): ") else { continue }
            let location = text[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard location.count >= 3,
                  let column = Int(location[location.count - 1]),
                  let line = Int(location[location.count - 2]),
                  line >= 1, column >= 1
            else { return nil }
            self.file = location.dropLast(2).joined(separator: ":")
            self.line = line
            self.column = column
            self.severity = severity
            self.message = String(text[marker.upperBound...])
            return
        }
        return nil
    }

    var description: String { "\(file):\(line):\(column): \(severity): \(message)" }
}
