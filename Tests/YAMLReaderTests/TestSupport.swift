import Diagnostics
import Testing
import YAMLReader

/// The file name every in-memory test document is parsed as.
let testFile = "spec.yaml"

/// A location in `testFile`, written `at(line, column)` to keep expectations short.
func at(_ line: Int, _ column: Int, file: String = testFile) -> Diagnostics.SourceLocation {
    Diagnostics.SourceLocation(file: file, line: line, column: column)
}

/// Parses `text` as `testFile`.
func parse(_ text: String, limits: YAMLReaderLimits = .default) throws(Diagnostic) -> YAMLNode {
    try YAMLParser.parse(text, file: testFile, limits: limits)
}

/// The diagnostic that parsing `text` throws, recording a test failure when it parses.
func parseError(
    _ text: String,
    limits: YAMLReaderLimits = .default,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
    parseError(Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
}

/// The diagnostic that parsing `bytes` throws, recording a test failure when it parses.
func parseError(
    _ bytes: [UInt8],
    limits: YAMLReaderLimits = .default,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
    do {
        let node = try YAMLParser.parse(bytes, file: testFile, limits: limits)
        Issue.record("expected a diagnostic, but the input parsed as \(node.kindDescription)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

extension YAMLNode {
    /// The mapping's keys in document order (empty when this is not a mapping).
    var keys: [String] {
        pairs?.map(\.keyText) ?? []
    }

    /// The scalar's text, or nil for a collection.
    var text: String? {
        scalar?.text
    }

    /// The scalar's core-schema value, or nil for a collection.
    var value: YAMLScalarValue? {
        scalar?.value
    }

    /// A compact rendering of the whole tree with every node's location, for comparing trees.
    var outline: String {
        let place = "\(location.line):\(location.column)"
        switch content {
        case .scalar(let scalar):
            return "\(place) \(String(reflecting: scalar.text))"
        case .sequence(let items):
            return "\(place) [" + items.map(\.outline).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "\(place) {" + pairs.map { "\($0.key.outline): \($0.value.outline)" }.joined(separator: ", ") + "}"
        }
    }
}
