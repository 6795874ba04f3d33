import Diagnostics
import Foundation
import Resolver
import Testing

/// Broken or hostile files, end to end through `LoadedSpec.load(path:)`: each fails fast with a located error.
@Suite struct MalformedInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var line: Int
        var column: Int
        var message: String

        init(_ name: String, _ text: String, _ line: Int, _ column: Int, _ message: String) {
            self.init(name, Array(text.utf8), line, column, message)
        }

        init(_ name: String, _ bytes: [UInt8], _ line: Int, _ column: Int, _ message: String) {
            self.name = name
            self.bytes = bytes
            self.line = line
            self.column = column
            self.message = message
        }

        var testDescription: String { name }
    }

    /// Nine levels of nine aliases each: 9⁹ nodes if it were expanded.
    static let aliasBomb: String = {
        let names = "abcdefghi".map(String.init)
        var lines = ["openapi: 3.1.0", "a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ", ") + "]"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// Bytes from a fixed-seed generator, so the failure is the same on every run.
    static let randomBytes: [UInt8] = {
        var state: UInt64 = 0x5EED_1234_ABCD_0042
        return (0..<4096).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }()

    static let cases: [Case] = [
        Case("YAML syntax error", "openapi: 3.1.0\ninfo: {title: T\npaths: {}\n", 3, 6,
             "did not find expected ',' or '}' while parsing a flow mapping"),
        Case("duplicate key", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\nopenapi: 3.0.0\n", 3, 1,
             "duplicate key 'openapi' in this mapping"),
        Case("alias bomb", aliasBomb, 8, 8,
             "aliases expand to more than 1000000 nodes; refusing to expand further (is this an alias bomb?); raise the limit with --max-alias-expansion N or 'limits: {maxAliasExpansion: N}' in specsmith-config.yaml"),
        Case("100,000-deep nesting", "openapi: 3.1.0\npaths: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
             2, 519, "nesting is deeper than the limit of 512 levels; raise the limit with --max-depth N or 'limits: {maxDepth: N}' in specsmith-config.yaml"),
        // 0xF7 starts a four-byte sequence; the next byte, 0x6D, cannot continue it.
        Case("random bytes", randomBytes, 1, 2, "invalid trailing UTF-8 octet (byte 0x6D)"),
        Case("empty file", "", 1, 1, "the file is empty; expected an OpenAPI document"),
        Case("not OpenAPI", "name: config\nversion: 2\n", 1, 1, "not an OpenAPI document: the top-level key 'openapi' is missing"),
        Case("paths: 42", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: 42\n", 3, 8,
             "'paths' must be a mapping, found an integer"),
        Case("dangling $ref", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n",
             5, 15, "'$ref' target '#/components/schemas/B' does not exist: there is no 'B' in '#/components/schemas'"),
        Case("pure $ref cycle",
             "openapi: 3.1.0\ninfo: {title: T, version: '1'}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/A'}\n",
             5, 15, "'$ref' cycle with nothing but references in it: spec.yaml#/components/schemas/A → spec.yaml#/components/schemas/A"),
    ]

    @Test(arguments: cases)
    func failsFastWithALocatedError(_ testCase: Case) throws {
        try withTemporaryDirectory { directory in
            let path = try write(testCase.bytes, to: "spec.yaml", in: directory)
            let clock = ContinuousClock()
            let start = clock.now
            let errors = loadErrors(path: path)
            let elapsed = clock.now - start
            #expect(elapsed < .seconds(1), "took \(elapsed)")
            let first = try #require(errors.first)
            #expect(first.location == at(testCase.line, testCase.column, file: path))
            #expect(first.message == testCase.message.replacingOccurrences(of: "spec.yaml#", with: "\(path)#"))
        }
    }

    @Test func missingRootFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("nowhere.yaml").path
            #expect(loadErrors(path: path).map(\.description) == ["\(path):1:1: error: no such file"])
        }
    }

    @Test func directoryAsRootFile() throws {
        try withTemporaryDirectory { directory in
            #expect(loadErrors(path: directory.path).map(\.description) == [
                "\(directory.path):1:1: error: is a directory, expected a YAML or JSON file",
            ])
        }
    }
}
