import Foundation
import NestedRefsClient
import Testing

/// `Fixtures/nested-refs`: a `$ref` into a property of another schema uses that property's type,
/// whichever is met first, so values pass from one to the other without conversion.
@Suite struct NestedReferenceTests {
    static let gifJSON = #"{"id": "g1", "url": "https://example.com/g1.gif", "rating": "pg"}"#

    @Test func aReferenceToANestedPropertyUsesTheNestedType() throws {
        let gif = try TestJSON.decode(GifResponse.Gif.self, Self.gifJSON)
        // Declared before GifResponse, after it, inside an array and in another nested type: all one type.
        let favourite = Favourite(gif: gif, options: Search.Options(limit: 3, rating: gif.rating))
        let collection = Collection(gifs: [gif], meta: GifResponse.Meta(status: 200))
        let response = GifResponse(gif: favourite.gif, meta: collection.meta)
        #expect(response.gif == collection.gifs?.first)
        #expect(favourite.options?.rating == .pg)
        #expect(try TestJSON.normalized(TestJSON.encode(response)) == TestJSON.normalized(
            #"{"gif": {"id": "g1", "url": "https://example.com/g1.gif", "rating": "pg"}, "meta": {"status": 200}}"#))
    }

    @Test func theNestedTypeKeepsItsValidation() throws {
        let options = Search.Options(limit: 0)
        #expect(Favourite(options: options).violations().map(\.description) == ["$.options.limit: must be at least 1, found 0"])
    }

    /// Answers every request with one GIF.
    struct GifTransport: HTTPTransport {
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(NestedReferenceTests.gifJSON.utf8))
        }
    }

    @Test func anOperationReturningANestedPropertyReturnsTheNestedType() async throws {
        let client = NestedReferencesClient(serverURL: URL(fileURLWithPath: "/"), transport: GifTransport(), retryPolicy: .none)
        let gif: GifResponse.Gif = try await client.getGif(id: "g1")
        #expect(gif.id == "g1" && gif.rating == .pg)
    }
}
