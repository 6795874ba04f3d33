import Foundation
import PictifyAPI

// Creates, updates and lists bindings with the generated client against an in-process transport
// that plays the Pictify server, and checks what the client sent and decoded. Exits 1 on any mismatch.

/// Answers like the Pictify API would, and remembers the requests.
actor FakePictifyServer: HTTPTransport {
    private(set) var received: [HTTPRequest] = []

    static let binding = """
        {"uid": "bnd_42", "templateId": "tmpl_123", "status": "active",
         "renderUrl": "https://img.pictify.io/r/bnd_42.png", "createdAt": "2026-01-29T10:30:00.123Z"}
        """

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        received.append(request)
        let headers: HTTPHeaders = ["Content-Type": "application/json", "X-RateLimit-Limit": "60"]
        switch (request.method, request.url.path) {
        case ("POST", "/bindings"):
            return HTTPResponse(status: 201, headers: headers, body: Data(#"{"binding": \#(Self.binding)}"#.utf8))
        case ("GET", "/bindings"):
            return HTTPResponse(status: 200, headers: headers, body: Data(#"{"bindings": [\#(Self.binding)], "total": 1}"#.utf8))
        case ("PATCH", _):
            return HTTPResponse(status: 200, headers: headers, body: Data(Self.binding.replacingOccurrences(of: "active", with: "paused").utf8))
        default:
            return HTTPResponse(status: 404, headers: ["Content-Type": "text/plain"], body: Data("not found".utf8))
        }
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
    // The body alone: unlabeled.
    let response = try await client.createBindingWithResponse(request)
    let sent = await server.received
    guard sent.count == 1, let first = sent.first else { fail("expected one request, sent \(sent.count)") }
    guard first.method == "POST", first.url.absoluteString == "https://api.pictify.io/bindings" else {
        fail("unexpected request line \(first.method) \(first.url)")
    }
    guard first.headers["Authorization"] == "Bearer pk_test_demo" else { fail("the bearer token was not sent") }
    guard response.status == 201, response.headers["X-RateLimit-Limit"] == "60" else { fail("unexpected response \(response.status)") }
    guard let binding = response.body.binding, let uid = binding.uid, binding.status == .active,
          binding.renderUrl?.lastPathComponent == "bnd_42.png", binding.createdAt != nil
    else { fail("the 201 body was not decoded as expected: \(response.body)") }
    print("created binding \(uid) (status \(binding.status?.rawValue ?? "")), render URL \(binding.renderUrl?.absoluteString ?? "")")

    // Path parameters first, then the body (labeled after them), then the query.
    let paused = try await client.updateBinding(uid: uid, body: UpdateBindingRequest(status: .paused), notify: true)
    guard let update = await server.received.last, update.url.absoluteString == "https://api.pictify.io/bindings/bnd_42?notify=true",
          paused.status == .paused
    else { fail("the update was not sent or decoded as expected") }
    print("paused binding \(paused.uid ?? "")")

    // Parameters are checked before sending: the spec says 1...100.
    do {
        _ = try await client.listBindings(limit: 500)
        fail("limit 500 was not refused")
    } catch let error as ValidationError {
        guard error.violations.map(\.description) == ["query.limit: must be at most 100, found 500"] else { fail("\(error)") }
        guard await server.received.count == 2 else { fail("the refused request was sent") }
        print("refused before sending: \(error.violations[0])")
    }
    let page = try await client.listBindings(limit: 10, status: .active)
    guard page.total == 1, page.bindings?.first?.uid == "bnd_42" else { fail("the page was not decoded as expected: \(page)") }
    print("listed \(page.total ?? 0) binding(s)")
} catch {
    fail("\(error)")
}
