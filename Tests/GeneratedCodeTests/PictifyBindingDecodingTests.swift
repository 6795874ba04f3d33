import Foundation
import PictifyBindingsModels
import Testing

/// The golden Pictify models, used the way an SDK user would: decode what the server sends.
@Suite struct PictifyBindingDecodingTests {
    static let bindingJSON = """
        {
          "uid": "bnd_8f2k",
          "name": "Daily weather card",
          "templateId": "tmpl_123",
          "dataSource": {"type": "http", "url": "https://example.com/feed.json", "method": "GET"},
          "mapping": {"title": "$.name", "temp": "$.main.temp"},
          "defaults": {"title": "Weather", "sizes": [1, 2.5, [3, {"deep": null}]], "ratio": 0.1, "big": 9007199254740993, "flag": true},
          "refreshPolicy": {"type": "ttl", "ttlSeconds": 300, "onError": "serve_stale"},
          "status": "archived",
          "renderUrl": "https://img.pictify.io/r/bnd_8f2k.png",
          "webhookUrl": "https://api.pictify.io/hooks/bnd_8f2k",
          "createdAt": "2026-01-29T10:30:00Z"
        }
        """

    func decode(_ json: String) throws -> Binding {
        try JSONDecoder().decode(Binding.self, from: Data(json.utf8))
    }

    @Test func decodesEveryField() throws {
        let binding = try decode(Self.bindingJSON)
        #expect(binding.uid == "bnd_8f2k")
        #expect(binding.name == "Daily weather card")
        #expect(binding.templateId == "tmpl_123")
        #expect(binding.dataSource?.type == .http)
        #expect(binding.dataSource?.url == URL(string: "https://example.com/feed.json"))
        #expect(binding.dataSource?.method == .get)
        #expect(binding.mapping == ["title": "$.name", "temp": "$.main.temp"])
        #expect(binding.defaults?["title"] == .string("Weather"))
        #expect(binding.defaults?["flag"] == .bool(true))
        #expect(binding.refreshPolicy?.type == .ttl)
        #expect(binding.refreshPolicy?.ttlSeconds == 300)
        #expect(binding.refreshPolicy?.onError == .serveStale)
        #expect(binding.webhookUrl?.host == "api.pictify.io")
    }

    @Test func aReceivedRefreshPolicyCanBeSentBack() throws {
        let binding = try JSONDecoder().decode(Binding.self, from: Data(Self.bindingJSON.utf8))
        // The response's and the request's `refreshPolicy` are one schema shape, so one type.
        var request = CreateBindingRequest(templateId: "tmpl_123", dataSource: .init(type: .static), mapping: [:])
        request.refreshPolicy = binding.refreshPolicy
        #expect(request.refreshPolicy == binding.refreshPolicy)
    }

    @Test func renderUrlIsAURL() throws {
        let binding = try decode(Self.bindingJSON)
        let url: URL? = binding.renderUrl
        #expect(url?.absoluteString == "https://img.pictify.io/r/bnd_8f2k.png")
        #expect(url?.pathExtension == "png")
    }

    @Test(arguments: [
        ("2026-01-29T10:30:00Z", 1_769_682_600.0),
        ("2026-01-29T10:30:00.123Z", 1_769_682_600.123),
        ("2026-01-29T11:30:00+01:00", 1_769_682_600.0),
    ])
    func createdAtIsADate(text: String, secondsSince1970: Double) throws {
        let json = #"{"createdAt": "\#(text)"}"#
        let createdAt = try #require(try decode(json).createdAt)
        #expect(abs(createdAt.timeIntervalSince1970 - secondsSince1970) < 0.0005)
    }

    @Test func aDateThatIsNotRFC3339IsADecodingError() {
        #expect(throws: DecodingError.self) {
            try decode(#"{"createdAt": "29/01/2026"}"#)
        }
    }

    @Test func anUnknownStatusIsKeptAndSurvivesARoundTrip() throws {
        let binding = try decode(Self.bindingJSON)
        #expect(binding.status == .unknown("archived"))
        let reencoded = try JSONEncoder().encode(binding)
        let object = try #require(try JSONSerialization.jsonObject(with: reencoded) as? [String: Any])
        #expect(object["status"] as? String == "archived")
        #expect(try JSONDecoder().decode(Binding.self, from: reencoded) == binding)
    }

    @Test func knownStatusesDecodeToTheirCases() throws {
        for (text, status) in [("active", Binding.Status.active), ("paused", .paused), ("error", .error)] {
            #expect(try decode(#"{"status": "\#(text)"}"#).status == status)
        }
    }

    @Test func anEmptyObjectDecodesWithEveryOptionalPropertyNil() throws {
        let binding = try decode("{}")
        #expect(binding == Binding())
    }
}
