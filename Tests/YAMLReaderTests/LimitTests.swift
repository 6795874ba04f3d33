import Diagnostics
import Testing
import YAMLReader

/// `YAMLReaderLimits` stop hostile input quickly with a located diagnostic.
@Suite struct LimitTests {
    /// Runs `body` and returns how long it took.
    private func timed<T>(_ body: () throws -> T) rethrows -> (result: T, duration: Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        return (result, clock.now - start)
    }

    /// Nine levels of nine aliases each: 9⁹ "lol"s if it were expanded.
    static let billionLaughs: String = {
        let names = "abcdefghi".map(String.init)
        var lines = ["a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ", ") + "]"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func billionLaughsIsRejectedQuickly() throws {
        let (error, duration) = timed { parseError(Self.billionLaughs) }
        let diagnostic = try #require(error)
        #expect(duration < .seconds(1))
        #expect(diagnostic.message == "aliases expand to more than 1000000 nodes; refusing to expand further (is this an alias bomb?); raise the limit with --max-alias-expansion N or 'limits: {maxAliasExpansion: N}' in specsmith-config.yaml")
        // a..f expand to 672,588 nodes; the first `*f` on line g pushes the total past a million.
        #expect(diagnostic.location == at(7, 8))
    }

    @Test func billionLaughsWithinAGenerousLimitExpandsFully() throws {
        let shallow = Self.billionLaughs.split(separator: "\n").prefix(3).joined(separator: "\n")
        let root = try parse(shallow)
        let c = try #require(root["c"]?.items)
        #expect(c.count == 9)
        #expect(c.allSatisfy { $0.items?.count == 9 })
        #expect(c.first?.items?.first?.items?.first?.text == "lol")
    }

    @Test func smallAliasExpansionLimit() throws {
        let yaml = "a: &x [1, 2]\nb: *x\nc: *x\n"
        // The anchored sequence is three nodes, so one alias fits in 3 and two do not.
        let error = try #require(parseError(yaml, limits: YAMLReaderLimits(maxAliasExpansion: 3)))
        #expect(error.description == "spec.yaml:3:4: error: aliases expand to more than 3 nodes; refusing to expand further (is this an alias bomb?); raise the limit with --max-alias-expansion N or 'limits: {maxAliasExpansion: N}' in specsmith-config.yaml")
        let root = try parse(yaml, limits: YAMLReaderLimits(maxAliasExpansion: 6))
        #expect(root["c"]?.items?.map(\.text) == ["1", "2"])
    }

    @Test func aliasesAreNotCountedWithoutAliases() throws {
        let root = try parse("a: &x [1, 2, 3]\nb: [4, 5, 6]\n", limits: YAMLReaderLimits(maxAliasExpansion: 0))
        #expect(root["b"]?.items?.count == 3)
        let error = try #require(parseError("a: &x 1\nb: *x\n", limits: YAMLReaderLimits(maxAliasExpansion: 0)))
        #expect(error.location == at(2, 4))
    }

    @Test func hundredThousandDeepFlowNestingIsRejectedQuickly() throws {
        let depth = 100_000
        let yaml = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let (error, duration) = timed { parseError(yaml) }
        let diagnostic = try #require(error)
        #expect(duration < .seconds(1))
        #expect(diagnostic.description == "spec.yaml:1:513: error: nesting is deeper than the limit of 512 levels; raise the limit with --max-depth N or 'limits: {maxDepth: N}' in specsmith-config.yaml")
    }

    @Test func hundredThousandDeepBlockNestingIsRejectedQuickly() throws {
        let depth = 100_000
        let nested = String(repeating: "- ", count: depth) + "x\n"
        let (error, duration) = timed { parseError(nested) }
        let diagnostic = try #require(error)
        #expect(duration < .seconds(1))
        #expect(diagnostic.description == "spec.yaml:1:1025: error: nesting is deeper than the limit of 512 levels; raise the limit with --max-depth N or 'limits: {maxDepth: N}' in specsmith-config.yaml")
    }

    @Test func hundredThousandDeepMappingNestingIsRejectedQuickly() throws {
        let depth = 100_000
        let yaml = String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth)
        let (error, duration) = timed { parseError(yaml) }
        let diagnostic = try #require(error)
        #expect(duration < .seconds(1))
        #expect(diagnostic.description == "spec.yaml:1:2049: error: nesting is deeper than the limit of 512 levels; raise the limit with --max-depth N or 'limits: {maxDepth: N}' in specsmith-config.yaml")
    }

    @Test func nestingAtTheDefaultLimitIsAccepted() throws {
        let yaml = String(repeating: "[", count: 512) + "x" + String(repeating: "]", count: 512)
        var node = try parse(yaml)
        var levels = 0
        while let first = node.items?.first {
            levels += 1
            node = first
        }
        #expect(levels == 512)
        #expect(node.text == "x")
    }

    @Test func smallMaxDepth() throws {
        let limits = YAMLReaderLimits(maxDepth: 3)
        let root = try parse("a: {b: [1]}", limits: limits)
        #expect(root["a"]?["b"]?.items?.first?.text == "1")
        let error = try #require(parseError("a: {b: [[1]]}", limits: limits))
        #expect(error.description == "spec.yaml:1:9: error: nesting is deeper than the limit of 3 levels; raise the limit with --max-depth N or 'limits: {maxDepth: N}' in specsmith-config.yaml")
    }

    @Test func smallMaxDepthInBlockStyle() throws {
        let error = try #require(parseError("a:\n  b:\n    c:\n      d: 1\n", limits: YAMLReaderLimits(maxDepth: 3)))
        #expect(error.description == "spec.yaml:4:7: error: nesting is deeper than the limit of 3 levels; raise the limit with --max-depth N or 'limits: {maxDepth: N}' in specsmith-config.yaml")
    }

    @Test func smallMaxFileSize() throws {
        let limits = YAMLReaderLimits(maxFileSize: 10)
        #expect(try parse("a: 1234567", limits: limits)["a"]?.text == "1234567")
        let error = try #require(parseError("a: 12345678", limits: limits))
        #expect(error.description == "spec.yaml:1:1: error: file is 11 bytes, larger than the limit of 10 bytes; raise the limit with --max-file-size N or 'limits: {maxFileSize: N}' in specsmith-config.yaml")
    }

    @Test func maxFileSizeCountsBytesNotCharacters() throws {
        let error = try #require(parseError("a: ééééé", limits: YAMLReaderLimits(maxFileSize: 10)))
        #expect(error.message == "file is 13 bytes, larger than the limit of 10 bytes; raise the limit with --max-file-size N or 'limits: {maxFileSize: N}' in specsmith-config.yaml")
    }

    @Test func defaultLimits() {
        let limits = YAMLReaderLimits.default
        #expect(limits.maxDepth == 512)
        #expect(limits.maxAliasExpansion == 1_000_000)
        #expect(limits.maxFileSize == 128 * 1024 * 1024)
        #expect(YAMLReaderLimits() == limits)
    }
}

/// Aliases copy whole subtrees, so the depth limit must hold for the tree after expansion.
@Suite struct AliasDepthLimitTests {
    @Test func aliasThatNestsTooDeepIsRejected() throws {
        let limits = YAMLReaderLimits(maxDepth: 4)
        let error = try #require(parseError("a: &a [[x]]\nb: [[*a]]\n", limits: limits))
        #expect(error.description == "spec.yaml:2:6: error: nesting is deeper than the limit of 4 levels once alias '*a' is expanded; raise the limit with --max-depth N or 'limits: {maxDepth: N}' in specsmith-config.yaml")
    }

    @Test func aliasThatFitsIsAccepted() throws {
        let root = try parse("a: &a [[x]]\nb: [*a]\n", limits: YAMLReaderLimits(maxDepth: 4))
        #expect(root["b"]?.items?.first?.items?.first?.items?.first?.text == "x")
    }

    @Test func aliasedScalarAddsNoDepth() throws {
        let root = try parse("a: &a x\nb: [[[*a]]]\n", limits: YAMLReaderLimits(maxDepth: 4))
        #expect(root["b"]?.items?.first?.items?.first?.items?.first?.text == "x")
    }

    /// Chained anchors, each nested near the limit, would otherwise build a tree many times deeper than it.
    @Test func chainedAliasesCannotExceedTheDefaultDepth() throws {
        let open = String(repeating: "[", count: 300)
        let close = String(repeating: "]", count: 300)
        let yaml = "a: &a \(open)x\(close)\nb: &b \(open)*a\(close)\nc: \(open)*b\(close)\n"
        let error = try #require(parseError(yaml))
        #expect(error.description == "spec.yaml:2:307: error: nesting is deeper than the limit of 512 levels once alias '*a' is expanded; raise the limit with --max-depth N or 'limits: {maxDepth: N}' in specsmith-config.yaml")
    }
}

/// `maxNodes` bounds how many nodes a spec may hold, however small its file.
@Suite struct NodeLimitTests {
    private let hint = "; raise the limit with --max-nodes N or 'limits: {maxNodes: N}' in specsmith-config.yaml"

    @Test func nodesAtTheLimitAreAccepted() throws {
        // The mapping, two keys and two values: five nodes.
        let root = try parse("a: 1\nb: 2\n", limits: YAMLReaderLimits(maxNodes: 5))
        #expect(root["b"]?.text == "2")
    }

    @Test func oneNodeMoreIsALocatedError() throws {
        let error = try #require(parseError("a: 1\nb: [2]\n", limits: YAMLReaderLimits(maxNodes: 5)))
        // The sequence `[2]` is the fifth node and its item the sixth.
        #expect(error.description == "spec.yaml:2:5: error: the spec holds more than 5 nodes (scalars, sequences and mappings)" + hint)
    }

    @Test func aliasesAddNoNodes() throws {
        let root = try parse("a: &x [1, 2]\nb: *x\n", limits: YAMLReaderLimits(maxNodes: 6))
        #expect(root["b"]?.items?.count == 2)
    }

    @Test func countCarriesOverFromEarlierFiles() throws {
        var count = 4
        let error = try #require(throws: Diagnostic.self) {
            try YAMLParser.parse(Array("a: 1\n".utf8), file: "second.yaml", limits: YAMLReaderLimits(maxNodes: 6), nodeCount: &count)
        }
        #expect(error.description == "second.yaml:1:4: error: the spec holds more than 6 nodes (scalars, sequences and mappings)" + hint)
        var fresh = 3
        _ = try YAMLParser.parse(Array("a: 1\n".utf8), file: "second.yaml", limits: YAMLReaderLimits(maxNodes: 6), nodeCount: &fresh)
        #expect(fresh == 6)
    }

    @Test func defaultNodeLimit() {
        #expect(YAMLReaderLimits.default.maxNodes == 20_000_000)
    }
}
