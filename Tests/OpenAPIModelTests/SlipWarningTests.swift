import OpenAPIModel
import Testing

/// Small slips real specs make are warnings with a location, and decoding goes on.
@Suite struct SlipWarningTests {
    @Test func nullDescription() throws {
        let (document, log) = try decode("""
            openapi: 3.0.0
            info:
              title: T
              version: '1'
              description: null
            paths: {}
            """)
        #expect(document.info.description == nil)
        #expect(log.renderedWarnings == ["spec.yaml:5:16: warning: 'description' is null; treating it as absent"])
    }

    @Test func unknownKeys() throws {
        let (document, log) = try decode("""
            openapi: 3.0.0
            info: {title: T, version: '1', colour: blue}
            paths:
              /a:
                get:
                  summary: A
                  responses: {'200': {description: OK}}
                  colour: red
            frobnicate: true
            """)
        #expect(document.paths["/a"]?.operations.count == 1)
        #expect(log.renderedWarnings == [
            "spec.yaml:2:32: warning: unknown key 'colour' in info; it is ignored",
            "spec.yaml:8:7: warning: unknown key 'colour' in GET path '/a'; it is ignored",
            "spec.yaml:9:1: warning: unknown key 'frobnicate' in the document; it is ignored",
        ])
    }

    @Test func unknownSchemaKeyword() throws {
        let (schema, log) = try decodeSchema("type: string\nmaxlength: 3")
        #expect(schema.maxLength == nil)
        #expect(log.renderedWarnings == ["spec.yaml:8:7: warning: unknown schema keyword 'maxlength'; it is ignored"])
    }

    @Test func unsupportedSchemaKeywordsAreKeptQuietly() throws {
        let (schema, log) = try decodeSchema("type: object\n$dynamicRef: '#node'\n$comment: hi", version: "3.1.0")
        #expect(schema.unsupportedKeywords.keys == ["$dynamicRef"])
        #expect(log.diagnostics.isEmpty)
    }

    /// Validation keywords are decoded for the validators, the draft-04 forms as their 2020-12 ones.
    @Test func validationKeywordsAreDecoded() throws {
        let (schema, log) = try decodeSchema("""
            type: object
            propertyNames: {pattern: '^a'}
            if: {required: [a]}
            then: {required: [b]}
            dependencies: {a: [c], d: {required: [e]}}
            unevaluatedProperties: false
            """, version: "3.1.0")
        #expect(schema.propertyNames?.pattern == "^a")
        #expect(schema.ifSchema?.required == ["a"] && schema.thenSchema?.required == ["b"] && schema.elseSchema == nil)
        #expect(schema.dependentRequired["a"] == ["c"])
        #expect(schema.dependentSchemas["d"]?.required == ["e"])
        #expect(schema.unevaluatedProperties?.booleanValue == false)
        #expect(schema.unsupportedKeywords.isEmpty && log.diagnostics.isEmpty)
    }

    @Test func additionalItemsAfterATupleIsItems() throws {
        let (schema, _) = try decodeSchema("type: array\nitems: [{type: string}]\nadditionalItems: false")
        #expect(schema.prefixItems?.count == 1)
        #expect(schema.items?.booleanValue == false)
    }

    @Test func numberWhereAStringBelongs() throws {
        let (document, log) = try decode("openapi: 3.0.0\ninfo: {title: T, version: 1.0}\npaths: {}\n")
        #expect(document.info.version == "1.0")
        #expect(log.renderedWarnings == ["spec.yaml:2:27: warning: 'version' should be a string, found a number; using '1.0'"])
    }

    @Test func extensionsAreKept() throws {
        let (document, log) = try decode("""
            openapi: 3.1.0
            info: {title: T, version: '1', x-logo: logo.png}
            x-tagGroups: [a, b]
            paths:
              x-internal: true
              /a:
                x-path-level: 1
                get:
                  x-codegen-name: fetchA
                  responses:
                    '200': {description: OK}
                    x-response-note: n
            components:
              schemas:
                S:
                  type: string
                  x-nullable: true
            """)
        #expect(log.diagnostics.isEmpty)
        #expect(document.extensions.keys == ["x-tagGroups"])
        #expect(document.extensions["x-tagGroups"]?.items?.map(\.text) == ["a", "b"])
        #expect(document.info.extensions["x-logo"]?.text == "logo.png")
        #expect(document.paths.keys == ["/a"])
        let item = try #require(document.paths["/a"])
        #expect(item.extensions["x-path-level"]?.text == "1")
        let operation = try #require(item.operations.first?.operation.value)
        #expect(operation.extensions["x-codegen-name"]?.text == "fetchA")
        #expect(operation.responses.extensions["x-response-note"]?.text == "n")
        #expect(operation.responses.entries.count == 1)
        let schema = try #require(document.components.schemas["S"])
        #expect(schema.extensions["x-nullable"]?.text == "true")
        #expect(!schema.nullable)
    }

    @Test func pathWithoutLeadingSlash() throws {
        let (document, log) = try decode("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  pets: {}\n")
        #expect(document.paths.keys == ["pets"])
        #expect(log.renderedWarnings == ["spec.yaml:4:3: warning: path 'pets' should start with '/'"])
    }

    @Test func missingPathsIn30() throws {
        let (document, log) = try decode("openapi: 3.0.3\ninfo: {title: T, version: '1'}\n")
        #expect(document.paths.isEmpty)
        #expect(log.renderedWarnings == ["spec.yaml:1:1: warning: an OpenAPI 3.0 document must have 'paths'"])
        let (_, log31) = try decode("openapi: 3.1.0\ninfo: {title: T, version: '1'}\n")
        #expect(log31.diagnostics.isEmpty)
    }
}
