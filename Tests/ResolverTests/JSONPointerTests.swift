import Resolver
import Testing
import YAMLReader

/// RFC 6901 pointers as they appear in `$ref` fragments.
@Suite struct JSONPointerTests {
    @Test func escapes() throws {
        let pointer = try #require(JSONPointer(fragment: "/paths/~1pets~1{id}/get"))
        #expect(pointer.tokens == ["paths", "/pets/{id}", "get"])
        #expect(JSONPointer(fragment: "/a~0b")?.tokens == ["a~b"])
        // `~01` is `~` followed by `1`, not `/`.
        #expect(JSONPointer(fragment: "/~01")?.tokens == ["~1"])
        #expect(JSONPointer(fragment: "/a~1b~0c")?.description == "/a~1b~0c")
    }

    @Test func percentEncoding() {
        #expect(JSONPointer(fragment: "/components/schemas/My%20Pet")?.tokens == ["components", "schemas", "My Pet"])
        #expect(JSONPointer(fragment: "/a%7E1b")?.tokens == ["a/b"])
        // An invalid escape is read literally rather than rejected.
        #expect(JSONPointer(fragment: "/100%")?.tokens == ["100%"])
    }

    @Test func emptyAndInvalid() {
        #expect(JSONPointer(fragment: "")?.tokens == [])
        #expect(JSONPointer(fragment: "/")?.tokens == [""])
        #expect(JSONPointer(fragment: "Pet") == nil)
    }

    @Test func evaluateThroughSequences() throws {
        let root = try YAMLParser.parse("a:\n  - x\n  - {b: 1}\n", file: "spec.yaml")
        let found = try JSONPointer(tokens: ["a", "1", "b"]).evaluate(in: root).get()
        #expect(found.scalar?.text == "1")
        guard case .failure(let failure) = JSONPointer(tokens: ["a", "5"]).evaluate(in: root) else {
            Issue.record("index 5 should not exist")
            return
        }
        #expect(failure.missingToken == "5")
        #expect(failure.found.tokens == ["a"])
    }
}
