import Testing
import YAMLReader

/// Plain scalars resolve by the YAML 1.2 core schema; quoted, block and `!!str` scalars are strings.
@Suite struct ScalarResolutionTests {
    /// The value of `v` in the one-line document `v: <text>`.
    private func resolve(_ text: String) throws -> YAMLScalarValue? {
        try parse("v: \(text)\n")["v"]?.value
    }

    @Test(arguments: ["true", "True", "TRUE"])
    func trueSpellings(_ text: String) throws {
        #expect(try resolve(text) == .bool(true))
    }

    @Test(arguments: ["false", "False", "FALSE"])
    func falseSpellings(_ text: String) throws {
        #expect(try resolve(text) == .bool(false))
    }

    @Test(arguments: ["null", "Null", "NULL", "~", ""])
    func nullSpellings(_ text: String) throws {
        #expect(try resolve(text) == .null)
    }

    @Test func emptyValueIsNull() throws {
        let root = try parse("a:\nb: \nc: {d: }\n")
        #expect(root["a"]?.value == .null)
        #expect(root["a"]?.isNull == true)
        #expect(root["b"]?.isNull == true)
        #expect(root["c"]?["d"]?.isNull == true)
    }

    @Test(arguments: ["42", "-7", "+3", "0", "007", "0x1F", "0xff", "0o17", "9223372036854775807", "-9223372036854775808", "123456789012345678901234567890"])
    func integersKeepTheirExactText(_ text: String) throws {
        #expect(try resolve(text) == .integer(text))
    }

    @Test(arguments: ["1.5", "-2.25", "+0.5", "1e10", "1E10", "-2.5e-3", "6.02E+23", ".5", "1.", ".inf", ".Inf", ".INF", "+.inf", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN", "0.1"])
    func floatsKeepTheirExactText(_ text: String) throws {
        #expect(try resolve(text) == .float(text))
    }

    /// YAML 1.1 booleans and other near-misses are plain strings under the 1.2 core schema.
    @Test(arguments: ["yes", "no", "on", "off", "y", "n", "Yes", "ON", "tRUE", "nULL", "nil", "none",
                      "0x", "0o", "0o8", "0xG", "0b101", "1_000", "1e", "1e+", "1.2.3", "+.nan", "-.nan", ".in", "12:30",
                      "3.1.0", "1 2", "-x", "+y", "..", "inf", "nan", "NaN", "e5"])
    func nearMissesAreStrings(_ text: String) throws {
        #expect(try resolve(text) == .string(text))
    }

    @Test(arguments: ["-", "+", ".", "~x", ""])
    func lonePunctuationIsNotANumber(_ text: String) {
        let value = YAMLScalar(text: text).value
        if text.isEmpty {
            #expect(value == .null)
        } else {
            #expect(value == .string(text))
        }
    }

    @Test(arguments: [#""true""#, "'true'", #""42""#, "'42'", #""null""#, "'~'", "''", #""1.5""#, #""""#])
    func quotedScalarsAreStrings(_ text: String) throws {
        let value = try #require(try resolve(text))
        guard case .string = value else {
            Issue.record("\(text) resolved to \(value)")
            return
        }
    }

    @Test func quotedTextIsUnquoted() throws {
        let root = try parse("a: \"true\"\nb: '42'\nc: ''\n")
        #expect(root["a"]?.value == .string("true"))
        #expect(root["a"]?.scalar?.style == .doubleQuoted)
        #expect(root["b"]?.value == .string("42"))
        #expect(root["b"]?.scalar?.style == .singleQuoted)
        #expect(root["c"]?.value == .string(""))
        #expect(root["c"]?.isNull == false)
    }

    @Test func strTagMakesAString() throws {
        let scalar = try #require(try parse("v: !!str 42\n")["v"]?.scalar)
        #expect(scalar.value == .string("42"))
        #expect(scalar.tag == "tag:yaml.org,2002:str")
        #expect(scalar.style == .plain)
    }

    @Test func otherCoreTagsResolveQuotedText() throws {
        let root = try parse("""
            i: !!int "42"
            f: !!float "1"
            b: !!bool 'false'
            n: !!null ""
            badInt: !!int abc
            badBool: !!bool maybe
            nonSpecific: ! 42
            custom: !thing 42

            """)
        #expect(root["i"]?.value == .integer("42"))
        #expect(root["f"]?.value == .float("1"))
        #expect(root["b"]?.value == .bool(false))
        #expect(root["n"]?.value == .null)
        #expect(root["badInt"]?.value == .string("abc"))
        #expect(root["badBool"]?.value == .string("maybe"))
        #expect(root["nonSpecific"]?.value == .string("42"))
        #expect(root["custom"]?.value == .string("42"))
        #expect(root["custom"]?.scalar?.tag == "!thing")
    }

    @Test func blockScalarsAreStrings() throws {
        let root = try parse("a: |-\n  42\nb: >-\n  true\nc: |\n  null\n")
        #expect(root["a"]?.value == .string("42"))
        #expect(root["b"]?.value == .string("true"))
        #expect(root["c"]?.value == .string("null\n"))
    }

    @Test func keysResolveToo() throws {
        let root = try parse("200: ok\ntrue: yes\n~: nothing\n")
        #expect(root.pairs?.map { $0.key.value } == [.integer("200"), .bool(true), .null])
        #expect(root.keys == ["200", "true", "~"])
    }

    @Test func kindDescriptions() throws {
        let root = try parse("n: ~\nb: true\ni: 1\nf: 1.5\ns: x\nq: [1]\nm: {a: 1}\n")
        #expect(root.pairs?.map { $0.value.kindDescription } == ["null", "a boolean", "an integer", "a number", "a string", "a sequence", "a mapping"])
        #expect(root.kindDescription == "a mapping")
    }
}
