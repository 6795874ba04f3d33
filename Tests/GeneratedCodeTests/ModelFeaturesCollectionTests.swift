import Foundation
import ModelFeaturesModels
import Testing

/// Arrays, nested arrays, typed maps and free-form values of `Fixtures/model-features`.
@Suite struct ModelFeaturesCollectionTests {
    static let collectionsJSON = """
        {"pets": [{"petType": "cat", "name": "Tom"}, {"petType": "dog", "name": "Rex", "goodBoy": true}],
         "points": [{"x": 1, "y": 2}, {"x": -3, "y": 4}],
         "matrix": [[1, 2, 3], [], [4]],
         "counts": {"apples": 3, "pears": 0},
         "peopleByName": {"ada": {"name": "Ada Lovelace", "email": "ada@example.com"}},
         "sizes": {"small": {"width": 1.5, "height": 2}, "empty": {}}}
        """

    @Test func arraysOfObjectsNestedArraysAndTypedMapsDecode() throws {
        let collections = try TestJSON.decode(Collections.self, Self.collectionsJSON)
        #expect(collections.pets == [.cat(Cat(petType: "cat", name: "Tom")), .dog(Dog(petType: "dog", name: "Rex", goodBoy: true))])
        #expect(collections.points == [.init(x: 1, y: 2), .init(x: -3, y: 4)])
        #expect(collections.matrix == [[1, 2, 3], [], [4]])
        #expect(collections.counts == ["apples": 3, "pears": 0])
        #expect(collections.peopleByName?["ada"]?.email == "ada@example.com")
        #expect(collections.sizes?["small"] == Collections.SizesValue(width: 1.5, height: 2))
        #expect(collections.sizes?["empty"] == Collections.SizesValue())
    }

    @Test func collectionsRoundTrip() throws {
        let (collections, json) = try TestJSON.roundTrip(Collections.self, Self.collectionsJSON)
        #expect(try TestJSON.normalized(json) == TestJSON.normalized(Self.collectionsJSON))
        #expect(try TestJSON.decode(Collections.self, json) == collections)
    }

    @Test func aTypedMapRejectsValuesOfTheWrongType() {
        #expect(throws: DecodingError.self) { try TestJSON.decode(Collections.self, #"{"counts": {"apples": "three"}}"#) }
        #expect(throws: DecodingError.self) { try TestJSON.decode(Collections.self, #"{"matrix": [1, 2]}"#) }
    }

    static let freeFormJSON = """
        {"metadata": {"source": "import", "tags": ["a", "b"], "depth": {"level": 2, "ratio": 0.5}, "none": null},
         "extras": {"flag": true},
         "anything": [1, "two", {"three": 3}],
         "list": [null, false, 1.25]}
        """

    @Test func freeFormValuesKeepEveryJSONValue() throws {
        let freeForm = try TestJSON.decode(FreeForm.self, Self.freeFormJSON)
        let metadata = try #require(freeForm.metadata)
        #expect(metadata["source"] == "import")
        #expect(metadata["tags"] == ["a", "b"])
        #expect(metadata["depth"]?["level"]?.intValue == 2)
        #expect(metadata["depth"]?["ratio"] == .number(0.5))
        #expect(metadata["none"] == .null)
        #expect(freeForm.extras == ["flag": true])
        #expect(freeForm.anything == [1, "two", ["three": 3]])
        #expect(freeForm.list == [.null, .bool(false), .number(1.25)])
    }

    @Test func freeFormValuesRoundTripExactly() throws {
        let (_, json) = try TestJSON.roundTrip(FreeForm.self, Self.freeFormJSON)
        #expect(try TestJSON.normalized(json) == TestJSON.normalized(Self.freeFormJSON))
    }

    @Test func aSchemalessPropertyAcceptsAnyValue() throws {
        let cases: [(json: String, value: JSONValue)] = [("1", 1), (#""text""#, "text"), ("true", true), ("{}", [:]), ("[]", [])]
        for (json, value) in cases {
            #expect(try TestJSON.decode(FreeForm.self, #"{"anything": \#(json)}"#).anything == value)
        }
    }
}
