import Diagnostics
import YAMLReader

/// Builds the mappings of a converted document. Every node it makes carries the location of the
/// 2.0 node it was made from, so diagnostics about the converted document point into the 2.0 file.
struct NodeBuilder {
    /// Keys added as text stay text until `node` is asked for, so the mapping's store holds them.
    private var entries: [(key: YAMLKey, value: YAMLNode)] = []
    let location: SourceLocation

    init(at location: SourceLocation, pairs: YAMLPairs? = nil) {
        self.location = location
        if let pairs {
            entries = pairs.map { (.node($0.key), $0.value) }
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The mapping built so far.
    var node: YAMLNode { YAMLNode.mapping(entries, at: location) }

    /// Adds `key: value`; the key is located at `keyLocation`, or at the value when not given.
    mutating func add(_ key: String, _ value: YAMLNode, keyAt keyLocation: SourceLocation? = nil) {
        entries.append((.text(key, at: keyLocation ?? value.location), value))
    }

    /// Adds a pair as it is, key node included.
    mutating func add(_ pair: YAMLPair) {
        entries.append((.node(pair.key), pair.value))
    }

    /// Whether a key has been added.
    func has(_ key: String) -> Bool {
        entries.contains { entry in
            switch entry.key {
            case .text(let text, _): text == key
            case .node(let node): (node.scalarText ?? "") == key
            }
        }
    }
}

extension YAMLNode {
    /// A string scalar (quoted, so `2.0` or `true` stay strings).
    static func string(_ text: String, at location: SourceLocation) -> YAMLNode {
        .scalar(text, style: .doubleQuoted, at: location)
    }

    /// A plain scalar read as a boolean.
    static func bool(_ value: Bool, at location: SourceLocation) -> YAMLNode {
        .scalar(value ? "true" : "false", at: location)
    }

    /// The text of a string scalar, nil for anything else.
    var stringText: String? {
        if case .string(let text) = scalar?.value { return text }
        return nil
    }
}
