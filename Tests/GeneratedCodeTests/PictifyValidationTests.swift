import Foundation
import PictifyBindingsModels
import Testing

/// Validators for the Pictify bindings spec, which constrains little beyond types and formats: a
/// realistic request passes, a relative URL does not (`format: uri` wants an absolute one), and raw
/// JSON gets what decoding would otherwise reject, all at once.
@Suite struct PictifyValidationTests {
    static func request() -> CreateBindingRequest {
        var request = CreateBindingRequest(
            templateId: "tmpl_123",
            dataSource: .init(type: .http, url: URL(string: "https://example.com/feed.json"), method: .get),
            mapping: ["title": "$.name"])
        request.refreshPolicy = .init(type: .ttl, ttlSeconds: 300, onError: .serveStale)
        return request
    }

    @Test func theDesignSketchValidates() throws {
        try Self.request().validate()
        try Binding(uid: "bnd_1", renderUrl: URL(string: "https://cdn.pictify.io/r/1.png"), createdAt: Date()).validate()
    }

    @Test func aRelativeURLIsNotAURI() {
        var request = Self.request()
        request.dataSource.url = URL(string: "feed.json")
        #expect(request.violations() == [Violation(path: "$.dataSource.url", message: "must be an absolute URI (RFC 3986)")])
    }

    @Test func rawJSONGetsEveryProblemAtOnce() throws {
        let payload = try JSONDecoder().decode(JSONValue.self, from: Data("""
            {"templateId": 7, "dataSource": {"type": "ftp", "url": "not a uri"}, "refreshPolicy": {"ttlSeconds": "300"}}
            """.utf8))
        #expect(CreateBindingRequest.violations(json: payload).map(\.description) == [
            "$.mapping: is required",
            "$.dataSource.type: must be one of \"http\", \"webhook\", \"static\", found \"ftp\"",
            "$.dataSource.url: must be an absolute URI (RFC 3986)",
            "$.refreshPolicy.ttlSeconds: must be an integer, found a string",
            "$.templateId: must be a string, found an integer",
        ])
    }

    @Test func anUnknownStatusIsReportedOnlyWhenAsked() {
        let binding = Binding(status: .unknown("archived"))
        #expect(binding.violations() == [])
        #expect(binding.violations(options: .reportUnknownEnumValues).map(\.description) == [
            "$.status: must be one of \"active\", \"paused\", \"error\", found \"archived\"",
        ])
    }

    /// The benchmark's value: members left out (settled enums, dates, plain strings), a nested
    /// struct handed over, a free-form map.
    @Test func aBindingAgrees() throws {
        let binding = Binding(
            uid: "bnd_42", dataSource: .init(type: .http, url: URL(string: "feed.json"), method: .get),
            defaults: ["title": "Untitled"], refreshPolicy: .init(type: .ttl, ttlSeconds: 300), status: .active,
            renderUrl: URL(string: "https://img.example.com/r.png"), webhookUrl: URL(string: "hooks"),
            createdAt: Date(timeIntervalSince1970: 1_769_682_600))
        #expect(try typedViolationsAgreeing(binding) == [
            "$.dataSource.url: must be an absolute URI (RFC 3986)",
            "$.webhookUrl: must be an absolute URI (RFC 3986)",
        ])
    }

    /// Typed violations, after checking they are the ones encoding every member finds and raw
    /// JSON of the same value gets (see `HandedOverMembersTests`).
    func typedViolationsAgreeing(_ binding: Binding) throws -> [String] {
        let typed = binding.violations().map(\.description)
        #expect(typed == binding.violations(options: .reportUnknownEnumValues).map(\.description))
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(binding))
        #expect(typed == Binding.violations(json: json).map(\.description))
        return typed
    }
}
