import Diagnostics
import Testing
import YAMLReader

/// The convenience accessors on `YAMLNode` and `YAMLPair`.
@Suite struct NodeAccessTests {
    @Test func accessorsMatchTheNodeKind() throws {
        let root = try parse("s: text\nq: [1]\nm: {k: v}\n")
        let s = try #require(root["s"])
        #expect(s.scalar == YAMLScalar(text: "text"))
        #expect(s.items == nil)
        #expect(s.pairs == nil)
        #expect(s["anything"] == nil)
        let q = try #require(root["q"])
        #expect(q.scalar == nil)
        #expect(q.items?.count == 1)
        #expect(q.pairs == nil)
        let m = try #require(root["m"])
        #expect(m.scalar == nil)
        #expect(m.items == nil)
        #expect(m.pairs?.first?.keyText == "k")
    }

    @Test func keyTextOfANonScalarKeyIsEmpty() throws {
        let root = try parse("? [a, b]\n: value\n")
        let pair = try #require(root.pairs?.first)
        #expect(pair.key.items?.map(\.text) == ["a", "b"])
        #expect(pair.keyText == "")
        #expect(pair.value.text == "value")
    }

    @Test func isNullOnlyForNullScalars() throws {
        let root = try parse("a: ~\nb: ''\nc: []\nd: null\n")
        #expect(root.pairs?.map(\.value.isNull) == [true, false, false, true])
    }

    @Test func isNullAgreesWithTheScalarsResolution() throws {
        // `isNull` reads plain scalars' bytes as a shortcut; it must say what resolving them says.
        let spellings = ["~", "null", "Null", "NULL", "", "nUll", "nulls", "~~", "'null'", "\"~\"", "''",
                         "!!str null", "!!null ''", "!!null null", "0", "false"]
        let root = try parse(spellings.enumerated().map { "k\($0.offset): \($0.element)" }.joined(separator: "\n") + "\n")
        let values = try #require(root.pairs?.map(\.value))
        #expect(values.count == spellings.count)
        for (spelling, node) in zip(spellings, values) {
            #expect(node.isNull == (node.value == .null), "\(spelling): isNull \(node.isNull), value \(String(describing: node.value))")
        }
        #expect(values.filter(\.isNull).count == 7, "~, null, Null, NULL, the empty one and both !!null")
    }

    @Test func syntheticScalarNode() {
        let node = YAMLNode.scalar("42", at: at(3, 4))
        #expect(node.value == .integer("42"))
        #expect(node.location == at(3, 4))
        let quoted = YAMLNode.scalar("42", style: .singleQuoted, at: at(1, 1))
        #expect(quoted.value == .string("42"))
    }
}
