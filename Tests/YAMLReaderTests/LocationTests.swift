import Testing
import YAMLReader

/// Every node carries the 1-based line and column where it starts.
@Suite struct LocationTests {
    /// Nested block mappings and sequences, an indentless sequence, flow collections and block scalars.
    static let sample = """
        openapi: 3.1.0
        info:
          title: Pets
          tags: [a, {b: c}]
        servers:
          - url: https://x.test
            variables: {}
          - "quoted"
        paths:
        - /pets
        description: |
          line one
          line two
        summary: >-
          folded
          text

        """

    @Test func rootMappingAndTopLevelKeys() throws {
        let root = try parse(Self.sample)
        #expect(root.location == at(1, 1))
        let pairs = try #require(root.pairs)
        #expect(pairs.map(\.keyText) == ["openapi", "info", "servers", "paths", "description", "summary"])
        #expect(pairs.map(\.key.location) == [at(1, 1), at(2, 1), at(5, 1), at(9, 1), at(11, 1), at(14, 1)])
        #expect(pairs[0].value.location == at(1, 10))
        #expect(pairs[0].value.text == "3.1.0")
    }

    @Test func nestedBlockMappingStartsAtItsFirstKey() throws {
        let info = try #require(try parse(Self.sample)["info"])
        #expect(info.location == at(3, 3))
        let pairs = try #require(info.pairs)
        #expect(pairs.map(\.key.location) == [at(3, 3), at(4, 3)])
        #expect(pairs[0].value.location == at(3, 10))
    }

    @Test func flowCollectionsStartAtTheirBrackets() throws {
        let tags = try #require(try parse(Self.sample)["info"]?["tags"])
        #expect(tags.location == at(4, 9))
        let items = try #require(tags.items)
        #expect(items.count == 2)
        #expect(items[0].location == at(4, 10))
        #expect(items[0].text == "a")
        #expect(items[1].location == at(4, 13))
        let inner = try #require(items[1].pairs)
        #expect(inner[0].key.location == at(4, 14))
        #expect(inner[0].value.location == at(4, 17))
        #expect(inner[0].value.text == "c")
    }

    @Test func blockSequenceStartsAtItsFirstDash() throws {
        let servers = try #require(try parse(Self.sample)["servers"])
        #expect(servers.location == at(6, 3))
        let items = try #require(servers.items)
        #expect(items.map(\.location) == [at(6, 5), at(8, 5)])
        let server = try #require(items[0].pairs)
        #expect(server.map(\.key.location) == [at(6, 5), at(7, 5)])
        #expect(server[0].value.location == at(6, 10))
        #expect(server[0].value.text == "https://x.test")
        #expect(server[1].value.location == at(7, 16))
        #expect(server[1].value.pairs?.isEmpty == true)
        #expect(items[1].text == "quoted")
        #expect(items[1].scalar?.style == .doubleQuoted)
    }

    @Test func indentlessSequenceStartsAtItsDash() throws {
        let paths = try #require(try parse(Self.sample)["paths"])
        #expect(paths.location == at(10, 1))
        #expect(paths.items?.map(\.location) == [at(10, 3)])
        #expect(paths.items?.first?.text == "/pets")
    }

    @Test func blockScalarsStartAtTheirIndicator() throws {
        let root = try parse(Self.sample)
        let literal = try #require(root["description"])
        #expect(literal.location == at(11, 14))
        #expect(literal.scalar?.style == .literal)
        #expect(literal.text == "line one\nline two\n")
        let folded = try #require(root["summary"])
        #expect(folded.location == at(14, 10))
        #expect(folded.scalar?.style == .folded)
        #expect(folded.text == "folded text")
    }

    @Test func wholeTreeOutline() throws {
        let expected = """
            1:1 {1:1 "openapi": 1:10 "3.1.0", \
            2:1 "info": 3:3 {3:3 "title": 3:10 "Pets", 4:3 "tags": 4:9 [4:10 "a", 4:13 {4:14 "b": 4:17 "c"}]}, \
            5:1 "servers": 6:3 [6:5 {6:5 "url": 6:10 "https://x.test", 7:5 "variables": 7:16 {}}, 8:5 "quoted"], \
            9:1 "paths": 10:1 [10:3 "/pets"], \
            11:1 "description": 11:14 "line one\\nline two\\n", \
            14:1 "summary": 14:10 "folded text"}
            """
        #expect(try parse(Self.sample).outline == expected)
    }

    @Test func everyLocationNamesTheFile() throws {
        let root = try YAMLParser.parse("a: [b, {c: d}]", file: "dir/api.yaml")
        #expect(root.outline == #"1:1 {1:1 "a": 1:4 [1:5 "b", 1:8 {1:9 "c": 1:12 "d"}]}"#)
        func files(_ node: YAMLNode) -> [String] {
            switch node.content {
            case .scalar: [node.location.file]
            case .sequence(let items): [node.location.file] + items.flatMap(files)
            case .mapping(let pairs): [node.location.file] + pairs.flatMap { files($0.key) + files($0.value) }
            }
        }
        #expect(Set(files(root)) == ["dir/api.yaml"])
    }

    @Test func emptyValueIsLocatedRightAfterItsColon() throws {
        let root = try parse("a:\nbb:\n")
        #expect(root["a"]?.location == at(1, 3))
        #expect(root["bb"]?.location == at(2, 4))
        #expect(root["bb"]?.isNull == true)
    }

    @Test func nodeWithTagOrAnchorStartsAtItsProperties() throws {
        let root = try parse("a: !!str 42\nb: &x\n  c: 1\n")
        #expect(root["a"]?.location == at(1, 4))
        #expect(root["b"]?.location == at(2, 4))
        #expect(root["b"]?["c"]?.location == at(3, 6))
    }

    @Test func explicitDocumentMarkersDoNotShiftLocations() throws {
        let root = try parse("%YAML 1.2\n---\n# comment\nkey: value\n...\n")
        #expect(root.location == at(4, 1))
        #expect(root["key"]?.location == at(4, 6))
    }

    @Test func windowsLineEndings() throws {
        let root = try parse("a: 1\r\nb:\r\n  - x\r\n  - y\r\n")
        #expect(root.outline == #"1:1 {1:1 "a": 1:4 "1", 2:1 "b": 3:3 [3:5 "x", 4:5 "y"]}"#)
    }

    @Test func rootScalarAndRootSequence() throws {
        #expect(try parse("  hello").outline == #"1:3 "hello""#)
        #expect(try parse("\n\n- a\n- b\n").outline == #"3:1 [3:3 "a", 4:3 "b"]"#)
    }
}
