import Testing
import YAMLReader

/// JSON is YAML: the same reader takes it, with the same values and locations.
@Suite struct JSONInputTests {
    @Test func compactJSONValuesAndLocations() throws {
        let root = try parse(#"{"a": [1, 2.5, "x", true, null], "b": {"c": "d"}}"#)
        #expect(root.keys == ["a", "b"])
        let items = try #require(root["a"]?.items)
        #expect(items.map(\.value) == [.integer("1"), .float("2.5"), .string("x"), .bool(true), .null])
        #expect(items.map(\.location) == [at(1, 8), at(1, 11), at(1, 16), at(1, 21), at(1, 27)])
        #expect(root["b"]?["c"]?.value == .string("d"))
        #expect(root.outline == #"1:1 {1:2 "a": 1:7 [1:8 "1", 1:11 "2.5", 1:16 "x", 1:21 "true", 1:27 "null"], 1:34 "b": 1:39 {1:40 "c": 1:45 "d"}}"#)
    }

    @Test func keyValueWithoutSpaceAfterColon() throws {
        let root = try parse(#"{"key":"value","n":1,"list":[true,false],"obj":{"x":null}}"#)
        #expect(root.keys == ["key", "n", "list", "obj"])
        #expect(root["key"]?.value == .string("value"))
        #expect(root["key"]?.location == at(1, 8))
        #expect(root["n"]?.value == .integer("1"))
        #expect(root["n"]?.location == at(1, 20))
        #expect(root["list"]?.items?.map(\.value) == [.bool(true), .bool(false)])
        #expect(root["obj"]?["x"]?.isNull == true)
    }

    @Test func prettyPrintedJSONWithLocations() throws {
        let json = """
            {
              "openapi": "3.1.0",
              "paths": {
                "/pets": {
                  "get": {"responses": {"200": {"description": "ok"}}}
                }
              },
              "tags": [
                "a",
                {"name": "b"}
              ]
            }
            """
        let root = try parse(json)
        #expect(root.location == at(1, 1))
        #expect(root.pairs?.map(\.key.location) == [at(2, 3), at(3, 3), at(8, 3)])
        #expect(root["openapi"]?.location == at(2, 14))
        #expect(root["paths"]?.location == at(3, 12))
        let get = try #require(root["paths"]?["/pets"]?["get"])
        #expect(get.location == at(5, 14))
        #expect(get["responses"]?["200"]?["description"]?.text == "ok")
        #expect(get["responses"]?.keys == ["200"])
        #expect(root["tags"]?.items?.map(\.location) == [at(9, 5), at(10, 5)])
    }

    @Test func tabIndentedJSON() throws {
        let root = try parse("{\n\t\"a\": {\n\t\t\"b\": [1,\t2]\n\t}\n}\n")
        #expect(root["a"]?["b"]?.items?.map(\.text) == ["1", "2"])
        #expect(root["a"]?.location == at(2, 7))
    }

    @Test func jsonStringEscapes() throws {
        let root = try parse(#"{"s": "line\nnext \"q\" \u00e9 \/ \\"}"#)
        #expect(root["s"]?.text == "line\nnext \"q\" é / \\")
    }

    @Test func jsonNumbersKeepTheirText() throws {
        let root = try parse(#"[0, -1, 1.0, 1e-7, -0.5E+3, 12345678901234567890]"#)
        #expect(root.items?.map(\.value) == [.integer("0"), .integer("-1"), .float("1.0"), .float("1e-7"), .float("-0.5E+3"), .integer("12345678901234567890")])
    }

    @Test func jsonDuplicateKeyIsAnError() throws {
        let error = try #require(parseError(#"{"a": 1, "a": 2}"#))
        #expect(error.description == "spec.yaml:1:10: error: duplicate key 'a' in this mapping\nspec.yaml:1:2: note: 'a' is first defined here")
    }

    @Test func unterminatedJSONIsALocatedError() throws {
        let error = try #require(parseError("{\"a\": [1, 2}\n"))
        #expect(error.location?.line == 1)
        #expect(error.location?.file == testFile)
        #expect(error.notes.first?.location == at(1, 7))
    }
}
