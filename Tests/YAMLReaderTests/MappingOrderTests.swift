import Testing
import YAMLReader

/// Mappings keep their pairs in document order, because OpenAPI gives meaning to it.
@Suite struct MappingOrderTests {
    @Test func blockMappingKeepsDocumentOrder() throws {
        let root = try parse("zeta: 1\nalpha: 2\n'200': ok\nmid: 3\n404: missing\ndefault: x\n")
        #expect(root.keys == ["zeta", "alpha", "200", "mid", "404", "default"])
        #expect(root.pairs?.map { $0.value.text } == ["1", "2", "ok", "3", "missing", "x"])
    }

    @Test func flowMappingKeepsDocumentOrder() throws {
        let root = try parse("{b: 1, a: 2, c: 3}")
        #expect(root.keys == ["b", "a", "c"])
    }

    /// Large mappings switch to an index for duplicate detection; order must not change with it.
    @Test func largeMappingKeepsDocumentOrder() throws {
        let names = (0..<100).map { "key\(($0 * 37) % 100)" }
        let root = try parse(names.map { "\($0): \($0.count)" }.joined(separator: "\n"))
        #expect(root.keys == names)
        #expect(root.pairs?.enumerated().allSatisfy { $0.element.key.location == at($0.offset + 1, 1) } == true)
    }

    @Test func sequenceKeepsDocumentOrder() throws {
        let root = try parse("- c\n- a\n- b\n- a\n")
        #expect(root.items?.map(\.text) == ["c", "a", "b", "a"])
    }

    @Test func subscriptFindsEachKey() throws {
        let root = try parse("x: 1\ny: [2]\nz: {w: 3}\n")
        #expect(root["x"]?.text == "1")
        #expect(root["y"]?.items?.first?.text == "2")
        #expect(root["z"]?["w"]?.text == "3")
        #expect(root["missing"] == nil)
        #expect(root["y"]?["x"] == nil)
    }
}
