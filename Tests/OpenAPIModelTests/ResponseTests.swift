import OpenAPIModel
import Testing

/// Response keys (exact, ranges, `default`), headers and content.
@Suite struct ResponseTests {
    @Test func keysInSpecOrder() throws {
        let (document, log) = try decode("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    200:
                      description: OK
                      headers:
                        X-Rate-Limit: {description: calls per hour, required: true, schema: {type: integer}}
                        X-Ref: {$ref: '#/components/headers/Trace'}
                      content:
                        application/json: {schema: {type: object}}
                        text/plain: {}
                    4XX: {description: client error}
                    5xx: {description: server error}
                    default: {$ref: '#/components/responses/Problem'}
            components:
              headers:
                Trace: {schema: {type: string}}
              responses:
                Problem: {description: problem}
            """)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        let responses = try #require(document.paths["/a"]?.operations.first?.operation.value?.responses)
        #expect(responses.entries.map(\.key) == [.status(200), .range(4), .range(5), .default])
        #expect(responses.entries.map(\.key.description) == ["200", "4XX", "5XX", "default"])
        #expect(responses.entries[1].response.value?.description == "client error")
        #expect(responses.entries[3].response.reference?.target == "#/components/responses/Problem")
        let ok = try #require(responses.entries[0].response.value)
        #expect(ok.headers.keys == ["X-Rate-Limit", "X-Ref"])
        let rateLimit = try #require(ok.headers["X-Rate-Limit"]?.value)
        #expect(rateLimit.required)
        #expect(rateLimit.description == "calls per hour")
        #expect(rateLimit.schema?.types == [.integer])
        #expect(ok.headers["X-Ref"]?.reference?.target == "#/components/headers/Trace")
        #expect(ok.content.keys == ["application/json", "text/plain"])
        #expect(ok.content["text/plain"]?.schema == nil)
    }

    @Test func responseKeyParsing() {
        #expect(ResponseKey("204") == .status(204))
        #expect(ResponseKey("2XX") == .range(2))
        #expect(ResponseKey("2xx") == .range(2))
        #expect(ResponseKey("default") == .default)
        #expect(ResponseKey("600") == nil)
        #expect(ResponseKey("6XX") == nil)
        #expect(ResponseKey("20") == nil)
        #expect(ResponseKey("DEFAULT") == nil)
        #expect(ResponseKey("ok") == nil)
    }

    @Test func missingDescriptionAndEmptyResponses() throws {
        let (_, log) = try decode("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '204': {}
                post:
                  responses: {}
            """)
        #expect(log.renderedWarnings == [
            "spec.yaml:7:16: warning: response has no 'description'",
            "spec.yaml:9:18: warning: 'responses' is empty; an operation should describe at least one response",
        ])
    }
}
