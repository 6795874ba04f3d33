import Foundation
import TestSupport
import Testing

/// A spec that must be rejected, with where and how `generate` must say so.
struct MalformedSpec: Sendable, CustomTestStringConvertible {
    var name: String
    /// The file's bytes; nil for a spec file that does not exist.
    var contents: Data?
    var line: Int
    var column: Int
    var message: String

    var testDescription: String { name }
    var fileName: String { "spec.yaml" }

    init(_ name: String, _ text: String?, line: Int, column: Int, message: String) {
        self.init(name, text.map { Data($0.utf8) }, line: line, column: column, message: message)
    }

    init(_ name: String, _ contents: Data?, line: Int, column: Int, message: String) {
        self.name = name
        self.contents = contents
        self.line = line
        self.column = column
        self.message = message
    }
}

extension MalformedSpec {
    static let all: [MalformedSpec] = [
        MalformedSpec("YAML syntax error", "openapi: 3.1.0\ninfo: [\n  title: x\n",
                      line: 4, column: 1, message: "did not find expected ',' or ']'"),
        MalformedSpec("duplicate key", "openapi: 3.1.0\ninfo:\n  title: x\n  title: y\n  version: \"1\"\npaths: {}\n",
                      line: 4, column: 3, message: "duplicate key 'title'"),
        MalformedSpec("alias bomb", billionLaughs,
                      line: 7, column: 8, message: "alias bomb"),
        MalformedSpec("100,000-deep nesting", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n",
                      line: 1, column: 513, message: "nesting is deeper than the limit"),
        MalformedSpec("random bytes", randomBytes(count: 4096, seed: 0x5eed),
                      line: 1, column: 1, message: "invalid leading UTF-8 octet"),
        MalformedSpec("empty file", "",
                      line: 1, column: 1, message: "the file is empty"),
        MalformedSpec("YAML that is not OpenAPI", "name: hello\nitems:\n  - 1\n",
                      line: 1, column: 1, message: "not an OpenAPI document"),
        MalformedSpec("paths is an integer", "openapi: 3.1.0\ninfo:\n  title: x\n  version: \"1\"\npaths: 42\n",
                      line: 5, column: 8, message: "'paths' must be a mapping, found an integer"),
        MalformedSpec("dangling $ref", """
            openapi: 3.1.0
            info: {title: x, version: "1"}
            paths: {}
            components:
              schemas:
                A:
                  $ref: "#/components/schemas/Missing"

            """, line: 7, column: 13, message: "'#/components/schemas/Missing' does not exist"),
        MalformedSpec("pure $ref cycle", """
            openapi: 3.1.0
            info: {title: x, version: "1"}
            paths: {}
            components:
              schemas:
                A:
                  $ref: "#/components/schemas/B"
                B:
                  $ref: "#/components/schemas/A"

            """, line: 7, column: 13, message: "cycle"),
        MalformedSpec("missing spec file", nil as Data?,
                      line: 1, column: 1, message: "no such file"),
    ]

    /// Ten levels of aliases, each nine of the previous: 10⁹ nodes if expanded.
    static let billionLaughs: String = {
        var lines = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        let names = "abcdefghij".map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// Deterministic noise, so a failure reproduces.
    static func randomBytes(count: Int, seed: UInt64) -> Data {
        var generator = SplitMix64(seed: seed)
        let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        return Data(bytes)
    }
}
