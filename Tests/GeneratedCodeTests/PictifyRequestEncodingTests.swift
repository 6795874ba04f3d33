import Foundation
import PictifyBindingsModels
import Testing

/// Building a request the way DESIGN.md sketches it, and checking the JSON it becomes.
@Suite struct PictifyRequestEncodingTests {
    func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func encodesACreateBindingRequest() throws {
        var request = CreateBindingRequest(
            templateId: "tmpl_123",
            dataSource: .init(type: .http, url: URL(string: "https://example.com/feed.json"), method: .get),
            mapping: ["title": "$.name"])
        request.refreshPolicy = .init(type: .ttl, ttlSeconds: 300, onError: .serveStale)
        request.outputConfig = .init(format: .webp, quality: 80)
        request.dataSource.credentials = .init(type: .bearerToken, value: "secret")
        #expect(try json(request) == """
            {"dataSource":{"credentials":{"type":"bearer_token","value":"secret"},"method":"GET","type":"http","url":"https://example.com/feed.json"},\
            "mapping":{"title":"$.name"},"outputConfig":{"format":"webp","quality":80},\
            "refreshPolicy":{"onError":"serve_stale","ttlSeconds":300,"type":"ttl"},"templateId":"tmpl_123"}
            """)
    }

    @Test func requiredPropertiesAreNotOptional() {
        let request = CreateBindingRequest(templateId: "t", dataSource: .init(type: .static), mapping: [:])
        let templateId: String = request.templateId
        let type: DataSourceType = request.dataSource.type
        #expect(templateId == "t")
        #expect(type == .static)
    }

    @Test func aMissingRequiredPropertyIsADecodingError() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CreateBindingRequest.self, from: Data(#"{"templateId":"t","mapping":{}}"#.utf8))
        }
    }

    @Test func defaultsWithNestedArraysAndNumbersRoundTripExactly() throws {
        let original = #"{"big":9007199254740993,"flag":false,"nested":{"list":[1,2.5,-3,1000,"x",true,null],"ratio":0.1},"none":null}"#
        let defaults = try JSONDecoder().decode([String: JSONValue].self, from: Data(original.utf8))
        #expect(defaults["big"] == .integer(9_007_199_254_740_993))
        #expect(defaults["nested"]?["list"]?[1] == .number(2.5))
        let request = CreateBindingRequest(templateId: "t", dataSource: .init(type: .webhook), mapping: [:], defaults: defaults)
        let decoded = try JSONDecoder().decode(CreateBindingRequest.self, from: try JSONEncoder().encode(request))
        #expect(decoded.defaults == defaults)
        #expect(try json(defaults) == original)
    }

    @Test func createdResponseWrapsABinding() throws {
        let response = try JSONDecoder().decode(
            CreateBindingResponse.self, from: Data(#"{"binding":{"uid":"bnd_1","status":"active"}}"#.utf8))
        #expect(response.binding?.uid == "bnd_1")
        #expect(response.binding?.status == .active)
    }

    @Test func datesEncodeAsRFC3339() throws {
        let binding = Binding(createdAt: Date(timeIntervalSince1970: 1_769_682_600.123))
        #expect(try json(binding) == #"{"createdAt":"2026-01-29T10:30:00.123Z"}"#)
        let whole = Binding(createdAt: Date(timeIntervalSince1970: 1_769_682_600))
        #expect(try json(whole) == #"{"createdAt":"2026-01-29T10:30:00Z"}"#)
    }
}
