import Foundation
import Swagger2Client
import Testing

/// `Fixtures/swagger2`: a Swagger 2.0 document, generated as the OpenAPI 3.0 document it converts
/// to. The models and client must behave as 2.0 describes them: `host`/`basePath`/`schemes` as the
/// server, `collectionFormat` on the wire, body and form parameters as request bodies.
@Suite struct Swagger2ClientTests {
    /// Records what the client sends and answers with a canned response.
    final class RecordingTransport: HTTPTransport, @unchecked Sendable {
        // @unchecked: the lock guards `sent`.
        private let lock = NSLock()
        private var sent: [HTTPRequest] = []
        let response: HTTPResponse

        init(status: Int = 200, json: String) {
            response = HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Data(json.utf8))
        }

        var requests: [HTTPRequest] { lock.withLock { sent } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { sent.append(request) }
            return response
        }
    }

    static let rexJSON = #"{"id": 1, "kind": "dog", "name": "Rex", "size": "small", "nickname": null, "born": "2020-01-02"}"#

    func client(_ transport: RecordingTransport) -> KennelClient {
        KennelClient(configuration: APIClientConfiguration(
            serverURL: KennelClient.defaultServerURL, transport: transport, credentials: ["apiKey": .apiKey("k")], retryPolicy: .none))
    }

    @Test func hostBasePathAndSchemesBecomeTheServers() {
        #expect(KennelClient.servers == ["https://kennel.example.com/v1", "http://kennel.example.com/v1"])
        #expect(KennelClient.defaultServerURL.absoluteString == "https://kennel.example.com/v1")
    }

    @Test func definitionsDecodeWithXNullableAndValidate() throws {
        let (dog, json) = try TestJSON.roundTrip(Dog.self, Self.rexJSON)
        #expect(dog == Dog(kind: "dog", id: 1, name: "Rex", size: .small, nickname: .null, born: DateOnly(year: 2020, month: 1, day: 2)))
        // `x-nullable: true` is 3.0's `nullable`: an explicit null is valid raw JSON.
        #expect(Dog.violations(json: ["id": 2, "kind": "dog", "name": "Rex", "nickname": nil]).isEmpty)
        #expect(try TestJSON.normalized(json) == TestJSON.normalized(#"{"id": 1, "kind": "dog", "name": "Rex", "size": "small", "nickname": null, "born": "2020-01-02"}"#))
        #expect(Dog(kind: "dog", name: "").violations().map(\.description) == ["$.name: must be at least 1 character, found 0"])
    }

    @Test func collectionFormatsAreSentAs2Point0SaysAndSharedParametersAreUsed() async throws {
        let transport = RecordingTransport(json: "[\(Self.rexJSON)]")
        let dogs = try await client(transport).listDogs(limit: 5, tags: ["a", "b"], ids: [1, 2], sizes: [.small, .large])
        #expect(dogs.map(\.name) == ["Rex"])
        let url = try #require(transport.requests.first?.url)
        #expect(url.absoluteString == "https://kennel.example.com/v1/dogs?limit=5&tags=a,b&ids=1&ids=2&sizes=small%7Clarge")
        #expect(transport.requests.first?.headers["X-API-Key"] == "k")
    }

    @Test func aBodyParameterIsTheJSONRequestBody() async throws {
        let transport = RecordingTransport(status: 201, json: Self.rexJSON)
        let created = try await client(transport).createDog(Dog(kind: "dog", name: "Rex"))
        #expect(created.id == 1)
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(try TestJSON.normalized(String(decoding: request.body ?? Data(), as: UTF8.self)) == #"{"kind":"dog","name":"Rex"}"#)
    }

    @Test func formParametersAreAFormBody() async throws {
        let transport = RecordingTransport(json: Self.rexJSON)
        _ = try await client(transport).renameDog(dogId: 7, body: RenameDogRequest(name: "Max"))
        let request = try #require(transport.requests.first)
        #expect(request.url.path == "/v1/dogs/7/name")
        #expect(request.headers["Content-Type"]?.hasPrefix("application/x-www-form-urlencoded") == true)
        #expect(String(decoding: request.body ?? Data(), as: UTF8.self) == "name=Max")
    }

    @Test func aFileParameterMakesAMultipartBody() async throws {
        let transport = RecordingTransport(status: 204, json: "")
        try await client(transport).uploadPhoto(dogId: 7, body: UploadPhotoRequest(caption: "Rex", photo: Data("JPEG".utf8)))
        let request = try #require(transport.requests.first)
        #expect(request.headers["Content-Type"]?.hasPrefix("multipart/form-data; boundary=") == true)
        let body = String(decoding: request.body ?? Data(), as: UTF8.self)
        #expect(body.contains(#"name="caption""#) && body.contains("JPEG"))
    }

    @Test func aSharedResponseDecodesTheErrorSchema() async throws {
        let transport = RecordingTransport(status: 404, json: #"{"message": "no dog 9"}"#)
        do {
            _ = try await client(transport).getDog(dogId: 9)
            Issue.record("a 404 must throw")
        } catch let error as APIError {
            #expect(error.status == 404)
            #expect((error.decodedBody as? Problem)?.message == "no dog 9")
        }
    }
}
