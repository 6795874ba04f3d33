import Testing
import YAMLReader

/// `&anchor` and `*alias`: an alias is a copy of the anchored node, location included.
@Suite struct AliasTests {
    @Test func aliasCopiesAnchoredMapping() throws {
        let root = try parse("base: &b {x: 1, y: [2, 3]}\ncopy: *b\n")
        let base = try #require(root["base"])
        let copy = try #require(root["copy"])
        #expect(base.location == at(1, 7))
        #expect(copy.outline == base.outline)
        #expect(copy.outline == #"1:7 {1:11 "x": 1:14 "1", 1:17 "y": 1:20 [1:21 "2", 1:24 "3"]}"#)
    }

    @Test func aliasCopiesAnchoredScalar() throws {
        let root = try parse("a: &v hello\nb: *v\nc: [*v, *v]\n")
        #expect(root["b"]?.text == "hello")
        #expect(root["b"]?.location == at(1, 4))
        #expect(root["c"]?.items?.map(\.text) == ["hello", "hello"])
        #expect(root["c"]?.items?.map(\.location) == [at(1, 4), at(1, 4)])
    }

    @Test func aliasCopiesAnchoredSequence() throws {
        let root = try parse("list: &l\n  - 1\n  - two\nagain: *l\n")
        #expect(root["again"]?.items?.map(\.text) == ["1", "two"])
        #expect(root["again"]?.location == root["list"]?.location)
    }

    @Test func aliasAsMappingKey() throws {
        let root = try parse("a: &k name\n*k : value\n")
        #expect(root.keys == ["a", "name"])
        #expect(root["name"]?.text == "value")
    }

    @Test func laterAnchorWithTheSameNameWins() throws {
        let root = try parse("a: &x 1\nb: *x\nc: &x 2\nd: *x\n")
        #expect(root["b"]?.text == "1")
        #expect(root["d"]?.text == "2")
    }

    @Test func nestedAliasesExpandFully() throws {
        let root = try parse("a: &a [x]\nb: &b [*a, *a]\nc: [*b, *b]\n")
        let c = try #require(root["c"]?.items)
        #expect(c.count == 2)
        #expect(c.allSatisfy { $0.items?.map { $0.items?.map(\.text) } == [["x"], ["x"]] })
    }

    @Test func undefinedAliasIsALocatedError() throws {
        let error = try #require(parseError("a: 1\nb: *nope\n"))
        #expect(error.location == at(2, 4))
        #expect(error.severity == .error)
        #expect(error.message == "alias '*nope' refers to an anchor that is not defined before it")
        #expect(error.description == "spec.yaml:2:4: error: alias '*nope' refers to an anchor that is not defined before it")
    }

    @Test func aliasBeforeItsAnchorIsAnError() throws {
        let error = try #require(parseError("a: *x\nb: &x 1\n"))
        #expect(error.description == "spec.yaml:1:4: error: alias '*x' refers to an anchor that is not defined before it")
    }

    /// The anchor is only defined once its node is complete, so a node cannot contain itself.
    @Test func selfReferenceIsAnError() throws {
        let error = try #require(parseError("a: &a\n  - 1\n  - *a\n"))
        #expect(error.description == "spec.yaml:3:5: error: alias '*a' refers to an anchor that is not defined before it")
    }
}
