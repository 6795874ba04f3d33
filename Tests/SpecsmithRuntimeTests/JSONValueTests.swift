import Foundation
import SpecsmithRuntime
import Testing

/// `JSONValue` decodes every JSON value to the case that keeps it, and writes it back unchanged.
@Suite struct JSONValueTests {
    private func decode(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    private func encode(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func decodesEveryCase() throws {
        #expect(try decode("null") == .null)
        #expect(try decode("true") == .bool(true))
        #expect(try decode("false") == .bool(false))
        #expect(try decode("42") == .integer(42))
        #expect(try decode("-7") == .integer(-7))
        #expect(try decode("1.5") == .number(1.5))
        #expect(try decode("\"hi\"") == .string("hi"))
        #expect(try decode("[1,\"a\",null]") == .array([.integer(1), .string("a"), .null]))
        #expect(try decode("{\"a\":{\"b\":[true]}}") == .object(["a": .object(["b": .array([.bool(true)])])]))
        #expect(try decode("[]") == .array([]))
        #expect(try decode("{}") == .object([:]))
    }

    /// Booleans must not become 0/1 and numbers must not become Booleans: the order of the attempts matters.
    @Test func booleansAndNumbersStayApart() throws {
        #expect(try decode("1") == .integer(1))
        #expect(try decode("0") == .integer(0))
        #expect(try decode("true") != .integer(1))
        #expect(try decode("[true,1]") == [true, 1])
    }

    @Test func integersAndNumbersAreDistinct() throws {
        #expect(try decode("3") == .integer(3))
        #expect(try decode("3.25") == .number(3.25))
        #expect(try decode("-0.5") == .number(-0.5))
        #expect(JSONValue.integer(1) != JSONValue.number(1))
        #expect(JSONValue.number(2).intValue == 2)
        #expect(JSONValue.number(2.5).intValue == nil)
        #expect(JSONValue.integer(2).doubleValue == 2)
    }

    @Test func bigIntegers() throws {
        #expect(try decode("9223372036854775807") == .integer(.max))
        #expect(try decode("-9223372036854775808") == .integer(.min))
        // One past Int64.max is still a JSON number; it must not be lost or fail.
        #expect(try decode("9223372036854775808") == .number(9_223_372_036_854_775_808))
        #expect(try decode("1e300") == .number(1e300))
    }

    @Test func encodesEveryCase() throws {
        #expect(try encode(.null) == "null")
        #expect(try encode(.bool(false)) == "false")
        #expect(try encode(.integer(-12)) == "-12")
        #expect(try encode(.integer(.max)) == "9223372036854775807")
        #expect(try encode(.number(2.5)) == "2.5")
        #expect(try encode(.string("a\"b")) == #""a\"b""#)
        #expect(try encode(["b": 1, "a": [nil, "x"]]) == #"{"a":[null,"x"],"b":1}"#)
    }

    @Test func roundTripsThroughJSON() throws {
        let value: JSONValue = ["id": 7, "price": 9.75, "tags": ["a", "b"], "meta": ["ok": true, "none": nil]]
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
    }

    @Test func literalsMakeTheMatchingCase() {
        let null: JSONValue = nil
        let bool: JSONValue = true
        let integer: JSONValue = 5
        let number: JSONValue = 0.25
        let string: JSONValue = "s"
        let array: JSONValue = [1, "two"]
        let object: JSONValue = ["k": "v"]
        #expect(null == .null)
        #expect(null.isNull)
        #expect(bool == .bool(true))
        #expect(integer == .integer(5))
        #expect(number == .number(0.25))
        #expect(string == .string("s"))
        #expect(array == .array([.integer(1), .string("two")]))
        #expect(object == .object(["k": .string("v")]))
    }

    @Test func accessorsReturnNilForOtherCases() {
        let value: JSONValue = ["list": [10, 20], "name": "n"]
        #expect(value["list"]?[1] == .integer(20))
        #expect(value["list"]?[2] == nil)
        #expect(value["list"]?[-1] == nil)
        #expect(value["missing"] == nil)
        #expect(value["name"]?.stringValue == "n")
        #expect(value["name"]?.intValue == nil)
        #expect(value["name"]?["x"] == nil)
        #expect(JSONValue.string("1").boolValue == nil)
        #expect(JSONValue.bool(true).boolValue == true)
        #expect(value.arrayValue == nil)
        #expect(value.objectValue?.count == 2)
    }

    @Test func descriptionIsCompactSortedJSON() {
        let value: JSONValue = ["z": 1, "a": [true, nil, 1.5], "s": "line\nbreak \"q\" \u{01}"]
        #expect(value.description == #"{"a":[true,null,1.5],"s":"line\nbreak \"q\" \u0001","z":1}"#)
        #expect(JSONValue.number(.infinity).description == "null")
    }

    @Test func rejectsInvalidJSON() {
        #expect(throws: (any Error).self) { try decode("{") }
        #expect(throws: (any Error).self) { try decode("[1 2]") }
        #expect(throws: (any Error).self) { try decode("tru") }
    }
}
