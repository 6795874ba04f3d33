import Diagnostics
import YAMLReader

/// Decodes OpenAPI objects from `YAMLNode`s.
///
/// Structural mistakes (a mapping where a list belongs, `paths: 42`) are thrown as located errors;
/// small slips that real specs make (a number where a string belongs, `description: null`,
/// an unknown key) are logged as warnings and decoding goes on.
public struct SpecDecoder: Sendable {
    public let version: SpecVersion
    /// Warnings found so far.
    public var log = DiagnosticLog()

    public init(version: SpecVersion) {
        self.version = version
    }

    // MARK: Shapes

    /// A mapping's pairs. `null` (a key with nothing under it, as editors and generators leave
    /// behind) reads as an empty mapping, with a warning.
    mutating func pairs(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> YAMLPairs {
        guard let pairs = node.pairs else {
            if node.isNull {
                log.warning("'\(name)' is null; read as an empty mapping", at: node.location)
                return []
            }
            throw .error("'\(name)' must be a mapping, found \(node.kindDescription)", at: node.location)
        }
        return pairs
    }

    /// A sequence's items. `null` (`parameters:` with nothing under it) reads as an empty list, with a warning.
    mutating func items(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> YAMLItems {
        guard let items = node.items else {
            if node.isNull {
                log.warning("'\(name)' is null; read as an empty list", at: node.location)
                return []
            }
            throw .error("'\(name)' must be a sequence, found \(node.kindDescription)", at: node.location)
        }
        return items
    }

    /// Decodes every value of a mapping into an `OrderedMap`, keeping `x-` keys apart when asked.
    mutating func map<Value>(
        _ node: YAMLNode, _ name: String, skipExtensions: Bool = true,
        _ decode: (inout SpecDecoder, YAMLPair) throws(Diagnostic) -> Value?
    ) throws(Diagnostic) -> OrderedMap<Value> {
        var result = OrderedMap<Value>()
        if node.isNull {
            // `schemas:` with nothing under it: clearly meant as empty.
            log.warning("'\(name)' is empty; expected a mapping", at: node.location)
            return result
        }
        for pair in try pairs(node, name) {
            let key = pair.keyText
            if skipExtensions && key.hasPrefix("x-") { continue }
            if let value = try decode(&self, pair) { result[key] = value }
        }
        return result
    }

    // MARK: Scalars

    /// A string field. Other scalars are accepted as their text with a warning; `null` counts as absent.
    mutating func string(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> String? {
        guard let scalar = node.scalar else {
            throw .error("'\(name)' must be a string, found \(node.kindDescription)", at: node.location)
        }
        switch scalar.value {
        case .string(let text):
            return text
        case .null:
            log.warning("'\(name)' is null; treating it as absent", at: node.location)
            return nil
        default:
            log.warning("'\(name)' should be a string, found \(scalar.value.kindDescription); using '\(scalar.text)'", at: node.location)
            return scalar.text
        }
    }

    /// A string field that must be present and non-null.
    mutating func requiredString(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> String {
        guard let text = try string(node, name) else {
            throw .error("'\(name)' must be a string, found null", at: node.location)
        }
        return text
    }

    mutating func bool(_ node: YAMLNode, _ name: String) -> Bool? {
        switch node.scalar?.value {
        case .bool(let value):
            return value
        case .string(let text) where text == "true" || text == "false":
            log.warning("'\(name)' should be a boolean, found the string '\(text)'", at: node.location)
            return text == "true"
        default:
            log.warning("'\(name)' should be a boolean, found \(node.kindDescription); ignoring it", at: node.location)
            return nil
        }
    }

    mutating func number(_ node: YAMLNode, _ name: String) -> SpecNumber? {
        switch node.scalar?.value {
        case .integer(let text):
            return SpecNumber(text: text, isInteger: true)
        case .float(let text):
            return SpecNumber(text: text, isInteger: false)
        default:
            log.warning("'\(name)' should be a number, found \(node.kindDescription); ignoring it", at: node.location)
            return nil
        }
    }

    /// A non-negative integer field (lengths, counts). A float with an integral value is accepted with a warning.
    mutating func count(_ node: YAMLNode, _ name: String) -> Int? {
        guard let number = number(node, name) else { return nil }
        guard let value = number.int64Value, value >= 0, let count = Int(exactly: value) else {
            log.warning("'\(name)' should be a non-negative integer, found \(number.text); ignoring it", at: node.location)
            return nil
        }
        if !number.isInteger {
            log.warning("'\(name)' should be an integer, found \(number.text); using \(count)", at: node.location)
        }
        return count
    }

    mutating func strings(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> [String] {
        var result: [String] = []
        for item in try items(node, name) {
            if let text = try string(item, name) { result.append(text) }
        }
        return result
    }

    // MARK: Keys

    /// Records a key that the object does not define. `x-` keys go to `extensions`.
    mutating func unknown(_ pair: YAMLPair, in object: String, extensions: inout SpecExtensions) {
        let key = pair.keyText
        if key.hasPrefix("x-") {
            extensions[key] = SpecValue(pair.value)
        } else {
            log.warning("unknown key '\(key)' in \(object); it is ignored", at: pair.key.location)
        }
    }

    func missing(_ key: String, in object: String, at location: SourceLocation) -> Diagnostic {
        .error("\(object) is missing the required key '\(key)'", at: location)
    }
}
