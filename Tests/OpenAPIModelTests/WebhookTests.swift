import OpenAPIModel
import Testing

/// 3.1 `webhooks`: path items keyed by name, written in place or referenced.
@Suite struct WebhookTests {
    @Test func webhooks() throws {
        let (document, log) = try decode("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            webhooks:
              newPet:
                post:
                  operationId: newPetHook
                  requestBody:
                    content:
                      application/json: {schema: {$ref: '#/components/schemas/Pet'}}
                  responses: {'200': {description: received}}
              petGone: {$ref: '#/components/pathItems/Gone'}
            components:
              schemas:
                Pet: {type: object}
              pathItems:
                Gone:
                  delete:
                    responses: {'204': {description: gone}}
            """)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        #expect(document.paths.isEmpty)
        #expect(document.webhooks.keys == ["newPet", "petGone"])
        let newPet = try #require(document.webhooks["newPet"]?.value)
        #expect(newPet.operations.map(\.method) == [.post])
        let operation = try #require(newPet.operations.first?.operation.value)
        #expect(operation.operationId == "newPetHook")
        #expect(operation.requestBody?.value?.content["application/json"]?.schema?.ref?.target == "#/components/schemas/Pet")
        #expect(document.webhooks["petGone"]?.reference?.target == "#/components/pathItems/Gone")
        #expect(document.webhooks["petGone"]?.reference?.location == at(11, 19))
        let gone = try #require(document.components.pathItems["Gone"]?.value)
        #expect(gone.operations.map(\.method) == [.delete])
    }
}
