import Testing
import YAMLReader

/// `<<` merge keys: pairs of the merged mappings join the mapping that holds the merge key.
@Suite struct MergeKeyTests {
    static let bases = """
        a: &a {x: 1, y: 2}
        b: &b {x: 10, z: 30}

        """

    @Test func mergeOfOneMapping() throws {
        let merged = try #require(try parse(Self.bases + "m:\n  <<: *a\n  w: 0\n")["m"])
        #expect(merged.keys == ["x", "y", "w"])
        #expect(merged.pairs?.map { $0.value.text } == ["1", "2", "0"])
    }

    @Test func mergeKeyItselfIsNotAPair() throws {
        let merged = try #require(try parse(Self.bases + "m: {<<: *a}\n")["m"])
        #expect(merged.keys == ["x", "y"])
        #expect(merged["<<"] == nil)
    }

    @Test func mergeOfInlineMapping() throws {
        let merged = try #require(try parse("m:\n  <<: {p: 1}\n  q: 2\n")["m"])
        #expect(merged.keys == ["p", "q"])
    }

    @Test func mergedPairsKeepTheirOwnLocations() throws {
        let merged = try #require(try parse(Self.bases + "m:\n  <<: *a\n")["m"])
        #expect(merged.pairs?.map(\.key.location) == [at(1, 8), at(1, 14)])
        #expect(merged.location == at(4, 3))
    }

    @Test func mergeOfSequenceOfMappings() throws {
        let merged = try #require(try parse(Self.bases + "m:\n  <<: [*a, *b]\n")["m"])
        #expect(merged.keys == ["x", "y", "z"])
        #expect(merged["z"]?.text == "30")
    }

    @Test func earlierMergeSourceWins() throws {
        let merged = try #require(try parse(Self.bases + "m:\n  <<: [*a, *b]\n")["m"])
        #expect(merged["x"]?.text == "1")
        let reversed = try #require(try parse(Self.bases + "m:\n  <<: [*b, *a]\n")["m"])
        #expect(reversed["x"]?.text == "10")
        #expect(reversed.keys == ["x", "z", "y"])
    }

    @Test func explicitKeyBeforeMergeWins() throws {
        let merged = try #require(try parse(Self.bases + "m:\n  x: own\n  <<: *a\n")["m"])
        #expect(merged["x"]?.text == "own")
        #expect(merged.keys == ["x", "y"])
    }

    @Test func explicitKeyAfterMergeWins() throws {
        let merged = try #require(try parse(Self.bases + "m:\n  <<: *a\n  x: own\n")["m"])
        #expect(merged["x"]?.text == "own")
        #expect(merged["x"]?.location == at(5, 6))
        #expect(merged.keys == ["y", "x"])
    }

    @Test func mergeDoesNotChangeTheSource() throws {
        let root = try parse(Self.bases + "m:\n  <<: *a\n  x: own\n")
        #expect(root["a"]?.keys == ["x", "y"])
        #expect(root["a"]?["x"]?.text == "1")
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try parse("m:\n  '<<': {x: 1}\n")
        #expect(root["m"]?.keys == ["<<"])
        #expect(root["m"]?["<<"]?["x"]?.text == "1")
    }

    @Test func mergeOfScalarIsALocatedError() throws {
        let error = try #require(parseError("m:\n  <<: 5\n"))
        #expect(error.location == at(2, 7))
        #expect(error.message == "a merge key '<<' takes a mapping or a sequence of mappings, found an integer")
    }

    @Test func mergeOfAliasedScalarIsAnError() throws {
        let error = try #require(parseError("s: &s text\nm:\n  <<: *s\n"))
        #expect(error.description == "spec.yaml:1:4: error: a merge key '<<' takes a mapping or a sequence of mappings, found a string")
    }

    @Test func mergeOfSequenceHoldingAScalarIsALocatedError() throws {
        let error = try #require(parseError(Self.bases + "m:\n  <<: [*a, [1], x]\n"))
        #expect(error.location == at(4, 12))
        #expect(error.message == "a merge key '<<' takes mappings, found a sequence")
    }
}
