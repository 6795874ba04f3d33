import Foundation
import PictifyAPI

// Creates a binding with the generated client against an in-process transport that plays the
// Pictify server, and checks what the client sent and decoded. Exits 1 on any mismatch.

/// Answers like the Pictify API would, and remembers the request.
actor FakePictifyServer: HTTPTransport {
    private(set) var received: [HTTPRequest] = []

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        received.append(request)
        let body = """
            {"binding": {"uid": "bnd_42", "templateId": "tmpl_123", "status": "active",
             "renderUrl": "https://img.pictify.io/r/bnd_42.png", "createdAt": "2026-01-29T10:30:00.123Z"}}
            """
        return HTTPResponse(status: 201, headers: ["Content-Type": "application/json", "X-RateLimit-Limit": "60"], body: Data(body.utf8))
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("pictify-demo: error: \(message)\n".utf8))
    exit(1)
}

let server = FakePictifyServer()
let client = PictifyClient(auth: .bearer("pk_test_demo"), transport: server)
var request = CreateBindingRequest(
    templateId: "tmpl_123",
    dataSource: .init(type: .http, url: URL(string: "https://example.com/feed.json"), method: .get),
    mapping: ["title": "$.name"])
request.refreshPolicy = .init(type: .ttl, ttlSeconds: 300, onError: .serveStale)

do {
    let response = try await client.createBindingWithResponse(request)
    let sent = await server.received
    guard sent.count == 1, let first = sent.first else { fail("expected one request, sent \(sent.count)") }
    guard first.method == "POST", first.url.absoluteString == "https://api.pictify.io/bindings" else {
        fail("unexpected request line \(first.method) \(first.url)")
    }
    guard first.headers["Authorization"] == "Bearer pk_test_demo" else { fail("the bearer token was not sent") }
    guard response.status == 201, response.headers["X-RateLimit-Limit"] == "60" else { fail("unexpected response \(response.status)") }
    guard let binding = response.body.binding, binding.uid == "bnd_42", binding.status == .active,
          binding.renderUrl?.lastPathComponent == "bnd_42.png", binding.createdAt != nil
    else { fail("the 201 body was not decoded as expected: \(response.body)") }
    print("created binding \(binding.uid ?? "") (status \(binding.status?.rawValue ?? "")), render URL \(binding.renderUrl?.absoluteString ?? "")")
} catch {
    fail("\(error)")
}
