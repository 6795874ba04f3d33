import Foundation
import NamingModels
import Testing

/// `Fixtures/naming`: property names that are awkward in Swift still read and write the spec's
/// exact JSON keys, and names that normalise to the same spelling stay distinct.
@Suite struct NamingPropertyTests {
    /// Every property of `Awkward`, as the spec spells it.
    static let specNames: Set<String> = [
        "serve_stale", "X-RateLimit-Limit", "123start", "@type", "x-y.z", "class", "for", "in", "default", "self",
        "Type", "Protocol", "init", "hashValue", "description", "foo_bar", "fooBar", "foo-bar", "$id", "$ref",
        "_links", "名前", "café", "", "container", "encoder", "decoder", "stamp",
    ]

    static let everyProperty = Awkward(
        serveStale: "serve_stale", xRateLimitLimit: 100, _123start: "123start", type: "@type", xYZ: "x-y.z",
        class: "class", for: "for", in: "in", default: "default", self_: "self", type2: "Type", protocol: "Protocol",
        init: "init", hashValue2: "hashValue", description: "description", fooBar: "foo_bar", fooBar2: "fooBar",
        fooBar3: "foo-bar", id: "$id", ref: "$ref", links: "_links", 名前: "名前", café: "café", _empty: "",
        container: "container", encoder: "encoder", decoder: "decoder", stamp: Date(timeIntervalSince1970: 0))

    @Test func everyPropertyIsWrittenUnderTheSpecsExactKey() throws {
        #expect(try TestJSON.keys(of: Self.everyProperty) == Self.specNames)
    }

    @Test func eachKeyHoldsItsOwnProperty() throws {
        // Each string property holds its own JSON key as its value, so a key wired to the wrong
        // property shows up as a mismatch.
        let data = try JSONEncoder().encode(Self.everyProperty)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for (key, value) in object where key != "X-RateLimit-Limit" && key != "stamp" {
            #expect(value as? String == key, "key \(key)")
        }
        #expect(object["X-RateLimit-Limit"] as? Int == 100)
        #expect(object["stamp"] as? String == "1970-01-01T00:00:00Z")
    }

    @Test func everyPropertyIsReadFromTheSpecsExactKey() throws {
        let json = """
            {"serve_stale": "a", "X-RateLimit-Limit": 60, "123start": "b", "@type": "c", "x-y.z": "d", "class": "e",
             "for": "f", "in": "g", "default": "h", "self": "i", "Type": "j", "Protocol": "k", "init": "l",
             "hashValue": "m", "description": "n", "foo_bar": "o", "fooBar": "p", "foo-bar": "q", "$id": "r",
             "$ref": "s", "_links": "t", "名前": "u", "café": "v", "": "w", "container": "x", "encoder": "y",
             "decoder": "z", "stamp": "2026-01-29T10:30:00Z"}
            """
        let awkward = try TestJSON.decode(Awkward.self, json)
        #expect(awkward.serveStale == "a")
        #expect(awkward.xRateLimitLimit == 60)
        #expect(awkward._123start == "b")
        #expect(awkward.type == "c")
        #expect(awkward.xYZ == "d")
        #expect(awkward.class == "e")
        #expect(awkward.for == "f")
        #expect(awkward.in == "g")
        #expect(awkward.default == "h")
        #expect(awkward.self_ == "i")
        #expect(awkward.type2 == "j")
        #expect(awkward.protocol == "k")
        #expect(awkward.`init` == "l")
        #expect(awkward.hashValue2 == "m")
        #expect(awkward.description == "n")
        #expect([awkward.fooBar, awkward.fooBar2, awkward.fooBar3] == ["o", "p", "q"])
        #expect(awkward.id == "r")
        #expect(awkward.ref == "s")
        #expect(awkward.links == "t")
        #expect(awkward.名前 == "u")
        #expect(awkward.café == "v")
        #expect(awkward._empty == "w")
        #expect([awkward.container, awkward.encoder, awkward.decoder] == ["x", "y", "z"])
        #expect(awkward.stamp == Date(timeIntervalSince1970: 1_769_682_600))
        #expect(try TestJSON.normalized(try TestJSON.encode(awkward)) == TestJSON.normalized(json))
    }

    @Test func theSyntheticHashValueIsStillHashable() {
        let first = Awkward(hashValue2: "a")
        let second = Awkward(hashValue2: "a")
        let hash: Int = first.hashValue
        #expect(hash == second.hashValue)
        #expect(Set([first, second]).count == 1)
    }
}
