import ForgivenSlipsClient
import Foundation
import Testing

/// `Fixtures/forgiven-slips`: the code generated from a spec full of slips is what their obvious
/// reading says it should be.
@Suite struct ForgivenSlipsClientTests {
    /// Answers every request with `json` and keeps the URLs asked for.
    final class Transport: HTTPTransport, @unchecked Sendable {
        // @unchecked: the lock guards `urls`.
        private let lock = NSLock()
        private var urls: [URL] = []
        let json: String

        init(json: String) {
            self.json = json
        }

        var requested: [URL] { lock.withLock { urls } }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { urls.append(request.url) }
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(json.utf8))
        }
    }

    static let placeJSON = #"{"id": "p1", "name": "Café", "location": {"lat": 48.85, "lng": 2.35}}"#

    @Test func theOperationIdBesideTheRefNamesTheMethodAndRequiredBesideTheRefHolds() async throws {
        let transport = Transport(json: #"{"places": [\#(Self.placeJSON)], "next": null}"#)
        let client = SlipsClient(transport: transport, retryPolicy: .none)
        // `query` is required (a non-optional parameter) because of `required: true` beside its `$ref`.
        let found = try await client.findPlaces(query: "café", limit: 2)
        #expect(found.places?.map(\.name) == ["Café"])
        #expect(transport.requested.map(\.absoluteString) == ["https://slips.example.com/places?query=caf%C3%A9&limit=2"])
    }

    @Test func aSchemaReachedThroughASplicedSectionAndDirectlyIsOneType() async throws {
        let transport = Transport(json: Self.placeJSON)
        let client = SlipsClient(transport: transport, retryPolicy: .none)
        let place: Place = try await client.getPlace(id: "p1")
        let listed: FindPlacesResponse = FindPlacesResponse(places: [place])
        #expect(listed.places?.first?.location?.lat == 48.85)
        // `required:` left empty is no requirement: a location without coordinates is valid.
        #expect(Place(id: "p2", name: "X", location: Place.Location()).violations().isEmpty)
        #expect(Place(id: "p2", name: "").violations().map(\.description) == ["$.name: must be at least 1 character, found 0"])
    }
}
