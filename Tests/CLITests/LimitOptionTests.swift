import Foundation
import Testing

/// Every limit is a located error that says how to raise it, and both `--max-…` and the
/// configuration's `limits:` raise (or lower) it.
@Suite struct LimitOptionTests {
    /// A small spec that every limit below can trip: 202 bytes, 29 nodes, 5 levels deep, an alias, a `$ref`.
    private static let spec = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            Pet: &pet {type: object, properties: {name: {type: string}}}
            Cat: *pet
            Dog: {$ref: '#/components/schemas/Pet'}

        """

    struct Case: CustomTestStringConvertible, Sendable {
        var limit: String
        var flag: String
        var value: Int
        /// The error, after `spec.yaml:`.
        var error: String
        var testDescription: String { limit }
    }

    private static func hint(_ flag: String, _ key: String) -> String {
        "; raise the limit with \(flag) N or 'limits: {\(key): N}' in specsmith-config.yaml"
    }

    static let cases: [Case] = [
        Case(limit: "maxFileSize", flag: "--max-file-size", value: 100,
             error: "1:1: error: file is 202 bytes, larger than the limit of 100 bytes" + hint("--max-file-size", "maxFileSize")),
        Case(limit: "maxNodes", flag: "--max-nodes", value: 20,
             error: "6:42: error: the spec holds more than 20 nodes (scalars, sequences and mappings)" + hint("--max-nodes", "maxNodes")),
        Case(limit: "maxAliasExpansion", flag: "--max-alias-expansion", value: 0,
             error: "7:10: error: aliases expand to more than 0 nodes; refusing to expand further (is this an alias bomb?)"
                + hint("--max-alias-expansion", "maxAliasExpansion")),
        Case(limit: "maxDepth", flag: "--max-depth", value: 4,
             error: "6:42: error: nesting is deeper than the limit of 4 levels" + hint("--max-depth", "maxDepth")),
        Case(limit: "maxReferences", flag: "--max-references", value: 0,
             error: "8:17: error: more than 0 '$ref's followed; refusing to follow more (is this a reference bomb?)"
                + hint("--max-references", "maxReferences")),
    ]

    private func expectLimitError(_ result: CLIResult, _ limitCase: Case, temp: TemporaryDirectory) {
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines == ["spec.yaml:" + limitCase.error], "\(result)")
        #expect(!temp.exists("out"), "a run stopped by a limit wrote output")
    }

    @Test func specWithinTheDefaultsGenerates() throws {
        let temp = try TemporaryDirectory()
        try temp.write(Self.spec, to: "spec.yaml")
        let result = try CLI.run(["spec.yaml", "--output", "out"], in: temp)
        #expect(result.status == 0, "\(result)")
    }

    @Test(arguments: cases) func flagSetsTheLimit(_ limitCase: Case) throws {
        let temp = try TemporaryDirectory()
        try temp.write(Self.spec, to: "spec.yaml")
        let result = try CLI.run(["spec.yaml", "--output", "out", limitCase.flag, "\(limitCase.value)"], in: temp)
        expectLimitError(result, limitCase, temp: temp)
    }

    @Test(arguments: cases) func configurationSetsTheLimit(_ limitCase: Case) throws {
        let temp = try TemporaryDirectory()
        try temp.write(Self.spec, to: "spec.yaml")
        try temp.write("limits:\n  \(limitCase.limit): \(limitCase.value)\n", to: "specsmith-config.yaml")
        let result = try CLI.run(["spec.yaml", "--output", "out", "--config", "specsmith-config.yaml"], in: temp)
        expectLimitError(result, limitCase, temp: temp)
    }

    /// The flag wins over the configuration, as every flag does.
    @Test func flagWinsOverTheConfiguration() throws {
        let temp = try TemporaryDirectory()
        try temp.write(Self.spec, to: "spec.yaml")
        try temp.write("limits: {maxDepth: 4}\n", to: "specsmith-config.yaml")
        let result = try CLI.run(["spec.yaml", "--output", "out", "--config", "specsmith-config.yaml", "--max-depth", "64"], in: temp)
        #expect(result.status == 0, "\(result)")
    }

    /// Nesting past the default limit fails, and generates once the limit is raised.
    @Test func raisingMaxDepthAcceptsDeeperSpecs() throws {
        let temp = try TemporaryDirectory()
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        try temp.write("openapi: 3.1.0\ninfo: {title: T, version: '1', x-deep: \(deep)}\npaths: {}\n", to: "spec.yaml")
        let refused = try CLI.run(["spec.yaml", "--output", "out"], in: temp)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderrLines == ["spec.yaml:2:550: error: nesting is deeper than the limit of 512 levels"
                                        + Self.hint("--max-depth", "maxDepth")], "\(refused)")
        let raised = try CLI.run(["spec.yaml", "--output", "out", "--max-depth", "700"], in: temp)
        #expect(raised.status == 0, "\(raised)")
    }

    @Test func outOfRangeValuesAreCommandLineErrors() throws {
        let temp = try TemporaryDirectory()
        try temp.write(Self.spec, to: "spec.yaml")
        let zero = try CLI.run(["spec.yaml", "--output", "out", "--max-nodes", "0"], in: temp)
        #expect(zero.status == 64, "\(zero)")
        #expect(zero.stderrLines.first == "generate: error: '--max-nodes' must be at least 1, found 0", "\(zero)")
        let deep = try CLI.run(["spec.yaml", "--output", "out", "--max-depth", "1000000"], in: temp)
        #expect(deep.status == 64, "\(deep)")
        #expect(deep.stderrLines.first == "generate: error: '--max-depth' must be at most 2000, found 1000000", "\(deep)")
    }

    @Test func unknownLimitInTheConfigurationIsLocated() throws {
        let temp = try TemporaryDirectory()
        try temp.write(Self.spec, to: "spec.yaml")
        try temp.write("limits:\n  maxDeph: 10\n", to: "specsmith-config.yaml")
        let result = try CLI.run(["spec.yaml", "--output", "out", "--config", "specsmith-config.yaml"], in: temp)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.first?.hasPrefix("specsmith-config.yaml:2:3: error: unknown key 'maxDeph' in limits") == true, "\(result)")
    }
}
