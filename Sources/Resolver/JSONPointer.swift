import Foundation
import YAMLReader

/// A JSON pointer (RFC 6901) as it appears in a `$ref` fragment: `/components/schemas/Pet`.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    /// The decoded reference tokens (`~1` → `/`, `~0` → `~`, percent-escapes undone).
    public let tokens: [String]

    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Parses a fragment (the part after `#`). Returns nil when it is not a pointer
    /// (it must be empty or start with `/`).
    public init?(fragment: String) {
        // Byte tests: with Foundation imported, `contains("%")` is a locale-aware substring search.
        let decoded = fragment.utf8.contains(UInt8(ascii: "%")) ? (fragment.removingPercentEncoding ?? fragment) : fragment
        if decoded.isEmpty {
            tokens = []
            return
        }
        guard decoded.hasPrefix("/") else { return nil }
        // Split on bytes: splitting on a Character walks grapheme clusters, ~20 k instructions a pointer.
        tokens = decoded.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { bytes in
            let token = Substring(bytes)
            guard token.utf8.contains(UInt8(ascii: "~")) else { return String(token) }
            // Order matters: `~01` is `~1` literally, not `/`.
            return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// The pointer in its canonical written form.
    public var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            // A byte test first: Foundation's `replacingOccurrences` is a costly search (~35 k
            // instructions a pointer), and tokens rarely hold `~` or `/`.
            if token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) {
                text += token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            } else {
                text += token
            }
        }
        return text
    }

    /// The node the pointer designates in `root`, or where the walk stopped: the tokens that
    /// matched and the first one that did not.
    public func evaluate(in root: YAMLNode) -> Result<YAMLNode, JSONPointerFailure> {
        var node = root
        for (index, token) in tokens.enumerated() {
            let next: YAMLNode?
            if let pairs = node.pairs {
                // Compares the stored key bytes; no key becomes a `String`.
                next = pairs.value(forKey: token)
            } else if let items = node.items {
                next = Int(token).flatMap { items.indices.contains($0) ? items[$0] : nil }
            } else {
                next = nil
            }
            guard let next else {
                return .failure(JSONPointerFailure(found: JSONPointer(tokens: Array(tokens[..<index])), missingToken: token, parent: node))
            }
            node = next
        }
        return .success(node)
    }
}

/// Where a pointer walk stopped, for a message that says exactly which step is missing.
public struct JSONPointerFailure: Error, Sendable {
    public let found: JSONPointer
    public let missingToken: String
    public let parent: YAMLNode
}
