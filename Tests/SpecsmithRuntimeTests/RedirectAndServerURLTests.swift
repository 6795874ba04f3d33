import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SpecsmithRuntime
import Testing

/// What a redirect keeps, decided without a network.
@Suite struct RedirectSafetyTests {
    static let original = URL(string: "https://api.example.com/v1/me?key=k1")!

    private func redirected(to target: String, secretNames: Set<String> = ["X-API-Key", "key"]) -> URLRequest {
        var request = URLRequest(url: URL(string: target)!)
        request.setValue("Bearer t", forHTTPHeaderField: "Authorization")
        request.setValue("Basic p", forHTTPHeaderField: "Proxy-Authorization")
        request.setValue("session=s", forHTTPHeaderField: "Cookie")
        request.setValue("k1", forHTTPHeaderField: "X-API-Key")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        return RedirectSafety.request(request, from: Self.original, secretNames: secretNames)
    }

    @Test(arguments: ["https://api.example.com/v2/me?key=k1", "https://API.example.com:443/other", "HTTPS://api.example.com/"])
    func sameOriginKeepsEverything(_ target: String) {
        let request = redirected(to: target)
        #expect(request.value(forHTTPHeaderField: "Authorization") == "Bearer t")
        #expect(request.value(forHTTPHeaderField: "X-API-Key") == "k1")
        #expect(request.url?.absoluteString == target)
    }

    @Test(arguments: ["https://evil.example.net/me", "https://api.example.com:8443/me", "http://api.example.com/me", "https://example.com/me"])
    func anotherOriginLosesCredentials(_ target: String) {
        let request = redirected(to: target + "?key=k1&page=2&KEY=k2")
        for name in ["Authorization", "Proxy-Authorization", "Cookie", "X-API-Key"] {
            #expect(request.value(forHTTPHeaderField: name) == nil, "\(name) went to \(target)")
        }
        #expect(request.value(forHTTPHeaderField: "Accept") == "application/json")
        #expect(request.url?.absoluteString == target + "?page=2")
    }

    @Test func percentEncodedSecretNamesAreRemovedToo() {
        let url = RedirectSafety.url(URL(string: "https://x.example/?api%5Fkey=1&a=2&api_key")!, removingQueryItems: ["api_key"])
        #expect(url.absoluteString == "https://x.example/?a=2")
        #expect(RedirectSafety.url(URL(string: "https://x.example/p?api_key=1")!, removingQueryItems: ["api_key"]).absoluteString == "https://x.example/p")
    }

    @Test func originsCompareSchemeHostAndEffectivePort() {
        let url = { (text: String) in URL(string: text)! }
        #expect(RedirectSafety.isSameOrigin(url("http://a.example/x"), url("http://a.example:80/y")))
        #expect(!RedirectSafety.isSameOrigin(url("http://a.example/x"), url("https://a.example/x")))
        #expect(!RedirectSafety.isSameOrigin(url("http://127.0.0.1:8080/"), url("http://127.0.0.1:8081/")))
        #expect(!RedirectSafety.isSameOrigin(url("http://127.0.0.1/"), url("http://localhost/")))
    }
}

/// Server URL variables can change only their own placeholder.
@Suite struct ServerURLTemplateTests {
    let template = ServerURLTemplate("https://{region}.api.example.com:{port}/{version}/")

    @Test func substitutesValuesAndDefaults() throws {
        let withDefaults = ServerURLTemplate(template.template, defaults: ["region": "us", "port": "443", "version": "v2"])
        #expect(try withDefaults.url(["region": "eu-west"]).absoluteString == "https://eu-west.api.example.com:443/v2/")
        #expect(try withDefaults.url().absoluteString == "https://us.api.example.com:443/v2/")
        #expect(throws: HTTPClientError.invalidServerVariable(name: "region")) {
            try ServerURLTemplate("https://{region}.example.com", defaults: ["region": "evil.example.net/"]).url()
        }
    }

    @Test func percentEncodesOtherCharacters() throws {
        #expect(try ServerURLTemplate("https://api.example.com/{tenant}").url(["tenant": "a&c=d+é"]).absoluteString
            == "https://api.example.com/a%26c%3Dd%2B%C3%A9")
    }

    @Test(arguments: ["evil.example.net/", "x?", "x#", "user@evil.example.net", "evil:1", "..", ".", "a\\b", "a b\r\n", "%2F", "[::1]"])
    func refusesValuesThatChangeTheStructure(_ value: String) throws {
        #expect(throws: HTTPClientError.invalidServerVariable(name: "region")) {
            try template.url(["region": value, "port": "1", "version": "v1"])
        }
    }

    @Test func aMissingValueIsAnError() {
        #expect(throws: HTTPClientError.invalidServerVariable(name: "version")) {
            try template.url(["region": "eu", "port": "1"])
        }
    }
}
