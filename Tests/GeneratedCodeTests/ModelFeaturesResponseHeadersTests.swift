import Foundation
import ModelFeaturesModels
import Testing

/// Documented response headers are typed: one struct per operation, built from a response's headers.
@Suite struct ModelFeaturesResponseHeadersTests {
    @Test func documentedHeadersConvertToTheirTypes() throws {
        let headers: HTTPHeaders = [
            "x-ratelimit-limit": "60", "X-RateLimit-Reset": "2026-01-29T10:30:00Z", "Location": "https://api.example.com/widgets/7",
        ]
        let typed = ModelFeaturesClient.CreateWidgetResponseHeaders(headers)
        #expect(typed.xRateLimitLimit == 60)
        #expect(typed.xRateLimitReset == Date(timeIntervalSince1970: 1_769_682_600))
        #expect(typed.location?.lastPathComponent == "7")
    }

    @Test func missingOrMalformedHeadersAreNil() {
        let typed = ModelFeaturesClient.CreateWidgetResponseHeaders(["X-RateLimit-Limit": "sixty"])
        #expect(typed.xRateLimitLimit == nil)
        #expect(typed.xRateLimitReset == nil)
        #expect(typed.location == nil)
    }
}
