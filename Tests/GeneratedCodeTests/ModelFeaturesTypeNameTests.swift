import Foundation
import ModelFeaturesModels
import Testing

/// Components named like Swift, Foundation or support types, inline bodies of operations, and
/// properties whose Swift type cannot say all the spec does (readOnly, writeOnly, deprecated).
@Suite struct ModelFeaturesTypeNameTests {
    @Test func componentsNamedLikeStandardTypesAreRenamedAndStillUsable() throws {
        let value = UsesRenamed(
            data: DataModel(payload: Data([1, 2])), error: ErrorModel(message: "boom"), type: TypeModel(name: "t"),
            json: JSONValueModel(raw: "r"), free: ["k": .null], pet: .init(nickname: "Rex"))
        #expect(try TestJSON.encode(value) == """
            {"data":{"payload":"AQI="},"error":{"message":"boom"},"free":{"k":null},"json":{"raw":"r"},"pet":{"nickname":"Rex"},"type":{"name":"t"}}
            """)
        let decoded = try TestJSON.decode(UsesRenamed.self, try TestJSON.encode(value))
        #expect(decoded == value)
        // The renamed types do not hide the standard ones.
        let payload: Data? = decoded.data?.payload
        #expect(payload == Data([1, 2]))
        let inlinePet: UsesRenamed.UsesRenamedPet? = decoded.pet
        #expect(inlinePet?.nickname == "Rex")
    }

    @Test func inlineRequestAndResponseBodiesAreNamedAfterTheOperation() throws {
        let request = CreateWidgetRequest(
            name: "w", scalars: Scalars(text: "t", count: 1, small: 1, large: 1, ratio: 1, single: 1, precise: 1, flag: true),
            labels: ["a"])
        let requestJSON = try TestJSON.encode(request)
        #expect(requestJSON.hasPrefix(#"{"labels":["a"],"name":"w","scalars":{"#))
        let created = try TestJSON.decode(CreateWidgetResponse.self,
                                          #"{"id": "3F2504E0-4F89-11D3-9A0C-0305E82C3301", "createdAt": "2026-01-29T10:30:00Z"}"#)
        #expect(created.id.uuidString == "3F2504E0-4F89-11D3-9A0C-0305E82C3301")
        let notFound = try TestJSON.decode(CreateWidgetResponse404.self, #"{"message": "no such template", "code": 404}"#)
        #expect(notFound == CreateWidgetResponse404(message: "no such template", code: 404))
        let widget = try TestJSON.decode(GetWidgetResponse.self, #"{"owner": {"name": "Ada"}}"#)
        #expect(widget.owner?.name == "Ada")
        #expect(widget.widget == nil)
    }

    @Test func readOnlyAndWriteOnlyRequiredPropertiesMayBeLeftOut() throws {
        // `id` (readOnly) and `password` (writeOnly) are required, but each in one direction only.
        let request = Documented(password: "secret")
        #expect(try TestJSON.encode(request) == #"{"password":"secret"}"#)
        let response = try TestJSON.decode(Documented.self, #"{"id": "doc_1", "new": "n", "old": "o", "limit": 5}"#)
        #expect(response == Documented(old: "o", new: "n", id: "doc_1", limit: 5))
    }
}
