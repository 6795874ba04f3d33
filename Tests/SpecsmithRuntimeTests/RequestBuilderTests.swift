import Foundation
@testable import SpecsmithRuntime
import Testing

/// Parameter serialization as OpenAPI describes it (RFC 6570), and percent-encoding that keeps every
/// value inside its own parameter.
@Suite struct RequestBuilderTests {
    static let server = URL(string: "https://api.example.com")!

    private func query(_ configure: (inout HTTPRequestBuilder) throws -> Void) throws -> String? {
        var builder = HTTPRequestBuilder(method: "GET", pathTemplate: "/items")
        try configure(&builder)
        return try builder.build(serverURL: Self.server).url.query(percentEncoded: true)
    }

    private func path(_ template: String, _ configure: (inout HTTPRequestBuilder) -> Void) throws -> String {
        var builder = HTTPRequestBuilder(method: "GET", pathTemplate: template)
        configure(&builder)
        return try builder.build(serverURL: Self.server).url.absoluteString.replacingOccurrences(of: Self.server.absoluteString, with: "")
    }

    static let colors = ParameterValue.array(["blue", "black"])
    static let rgb = ParameterValue.object([.init("R", "100"), .init("G", "200")])

    // MARK: Query

    @Test func formStyle() throws {
        #expect(try query { $0.addQueryParameter("color", .primitive("blue")) } == "color=blue")
        #expect(try query { $0.addQueryParameter("color", Self.colors) } == "color=blue&color=black")
        #expect(try query { $0.addQueryParameter("color", Self.colors, explode: false) } == "color=blue,black")
        #expect(try query { $0.addQueryParameter("color", Self.rgb) } == "R=100&G=200")
        #expect(try query { $0.addQueryParameter("color", Self.rgb, explode: false) } == "color=R,100,G,200")
        #expect(try query { $0.addQueryParameter("color", .primitive("")) } == "color=")
    }

    @Test func absentValuesAreLeftOut() throws {
        #expect(try query { $0.addQueryParameter("color", nil) } == nil)
        #expect(try query { $0.addQueryParameter("color", .array([])) } == nil)
        #expect(try query { $0.addQueryParameter("color", .object([])) } == nil)
        #expect(try query { $0.addQueryParameter("a", .primitive("1")); $0.addQueryParameter("b", nil); $0.addQueryParameter("c", .primitive("3")) } == "a=1&c=3")
    }

    @Test func delimitedStyles() throws {
        #expect(try query { $0.addQueryParameter("color", Self.colors, style: .spaceDelimited, explode: false) } == "color=blue%20black")
        #expect(try query { $0.addQueryParameter("color", Self.colors, style: .pipeDelimited, explode: false) } == "color=blue%7Cblack")
        // Exploded, they are plain form.
        #expect(try query { $0.addQueryParameter("color", Self.colors, style: .pipeDelimited, explode: true) } == "color=blue&color=black")
        #expect(try query { $0.addQueryParameter("color", Self.rgb, style: .spaceDelimited, explode: false) } == "color=R%20100%20G%20200")
    }

    @Test func deepObjectStyle() throws {
        #expect(try query { $0.addQueryParameter("color", Self.rgb, style: .deepObject) } == "color%5BR%5D=100&color%5BG%5D=200")
        #expect(try query { $0.addQueryParameter("f", .object([.init("a b", "c&d")]), style: .deepObject) } == "f%5Ba%20b%5D=c%26d")
    }

    @Test func queryValuesCannotAddItems() throws {
        let hostile = "a&admin=true#frag?x=/y+z %"
        #expect(try query { $0.addQueryParameter("q", .primitive(hostile)) } == "q=a%26admin%3Dtrue%23frag%3Fx%3D%2Fy%2Bz%20%25")
        #expect(try query { $0.addQueryParameter("a=b&c", .primitive("1")) } == "a%3Db%26c=1")
        #expect(try query { $0.addQueryParameter("name", .primitive("Zoë 🙂")) } == "name=Zo%C3%AB%20%F0%9F%99%82")
        #expect(try query { $0.addQueryParameter("unreserved", .primitive("AZaz09-._~")) } == "unreserved=AZaz09-._~")
    }

    @Test func allowReservedKeepsWhatAQueryMayHoldButNotItsStructure() throws {
        #expect(try query { $0.addQueryParameter("u", .primitive("http://x/y?z@w!$'()*,;"), allowReserved: true) } == "u=http://x/y?z@w!$'()*,;")
        #expect(try query { $0.addQueryParameter("u", .primitive("a&b=c+d#e[f]"), allowReserved: true) } == "u=a%26b%3Dc%2Bd%23e%5Bf%5D")
        #expect(try query { $0.addQueryParameter("u", .primitive("100%25 %zz"), allowReserved: true) } == "u=100%25%20%25zz")
    }

    // MARK: Path

    @Test func simpleStyle() throws {
        #expect(try path("/pets/{id}") { $0.setPathParameter("id", .primitive("5")) } == "/pets/5")
        #expect(try path("/pets/{id}") { $0.setPathParameter("id", Self.colors) } == "/pets/blue,black")
        #expect(try path("/pets/{id}") { $0.setPathParameter("id", Self.rgb) } == "/pets/R,100,G,200")
        #expect(try path("/pets/{id}") { $0.setPathParameter("id", Self.rgb, explode: true) } == "/pets/R=100,G=200")
    }

    @Test func labelStyle() throws {
        #expect(try path("/p/{c}") { $0.setPathParameter("c", .primitive("blue"), style: .label) } == "/p/.blue")
        #expect(try path("/p/{c}") { $0.setPathParameter("c", Self.colors, style: .label) } == "/p/.blue,black")
        #expect(try path("/p/{c}") { $0.setPathParameter("c", Self.colors, style: .label, explode: true) } == "/p/.blue.black")
        #expect(try path("/p/{c}") { $0.setPathParameter("c", Self.rgb, style: .label, explode: true) } == "/p/.R=100.G=200")
    }

    @Test func matrixStyle() throws {
        #expect(try path("/p/{color}") { $0.setPathParameter("color", .primitive("blue"), style: .matrix) } == "/p/;color=blue")
        #expect(try path("/p/{color}") { $0.setPathParameter("color", .primitive(""), style: .matrix) } == "/p/;color")
        #expect(try path("/p/{color}") { $0.setPathParameter("color", Self.colors, style: .matrix) } == "/p/;color=blue,black")
        #expect(try path("/p/{color}") { $0.setPathParameter("color", Self.colors, style: .matrix, explode: true) } == "/p/;color=blue;color=black")
        #expect(try path("/p/{color}") { $0.setPathParameter("color", Self.rgb, style: .matrix, explode: true) } == "/p/;R=100;G=200")
    }

    @Test func pathValuesCannotAddSegmentsOrAQuery() throws {
        #expect(try path("/files/{name}") { $0.setPathParameter("name", .primitive("../../admin?x=1#f")) } == "/files/..%2F..%2Fadmin%3Fx%3D1%23f")
        #expect(try path("/files/{name}") { $0.setPathParameter("name", .primitive("a;b,c=d")) } == "/files/a%3Bb%2Cc%3Dd")
    }

    @Test func missingPathParameterThrows() {
        let builder = HTTPRequestBuilder(method: "GET", pathTemplate: "/pets/{id}")
        #expect(throws: HTTPClientError.missingPathParameter("id")) { try builder.build(serverURL: Self.server) }
    }

    @Test func literalPathTextIsEncodedButKeepsPathCharacters() throws {
        #expect(try path("/a b/{x}:do/~u") { $0.setPathParameter("x", .primitive("1")) } == "/a%20b/1:do/~u")
    }

    // MARK: Server URL

    @Test func serverBasePathQueryAndFragment() throws {
        var builder = HTTPRequestBuilder(method: "GET", pathTemplate: "/pets")
        builder.addQueryParameter("limit", .primitive("5"))
        let withBase = try builder.build(serverURL: URL(string: "https://api.example.com/v2/")!)
        #expect(withBase.url.absoluteString == "https://api.example.com/v2/pets?limit=5")
        let withQuery = try builder.build(serverURL: URL(string: "https://api.example.com/v2?key=1#top")!)
        #expect(withQuery.url.absoluteString == "https://api.example.com/v2/pets?key=1&limit=5")
    }

    // MARK: Headers, cookies, bodies

    @Test func headerParameters() throws {
        var builder = HTTPRequestBuilder(method: "GET", pathTemplate: "/")
        try builder.addHeader("X-Tags", Self.colors)
        try builder.addHeader("X-Color", Self.rgb, explode: true)
        try builder.addHeader("X-Absent", nil)
        let request = try builder.build(serverURL: Self.server)
        #expect(request.headers["X-Tags"] == "blue,black")
        #expect(request.headers["X-Color"] == "R=100,G=200")
        #expect(request.headers["X-Absent"] == nil)
    }

    @Test func headerParametersRefuseInjection() {
        var builder = HTTPRequestBuilder(method: "GET", pathTemplate: "/")
        #expect(throws: HTTPClientError.invalidHeader(name: "X-Id")) { try builder.addHeader("X-Id", .primitive("1\r\nX-Admin: true")) }
        #expect(throws: HTTPClientError.invalidHeader(name: "X Id")) { try builder.addHeader("X Id", .primitive("1")) }
    }

    @Test func cookieParameters() throws {
        var builder = HTTPRequestBuilder(method: "GET", pathTemplate: "/")
        builder.addCookie("session", .primitive("a b;c"))
        builder.addCookie("color", Self.colors)
        builder.addCookie("rgb", Self.rgb, explode: false)
        let request = try builder.build(serverURL: Self.server)
        #expect(request.headers["Cookie"] == "session=a%20b%3Bc; color=blue; color=black; rgb=R,100,G,200")
    }

    @Test func formBody() throws {
        var builder = HTTPRequestBuilder(method: "POST", pathTemplate: "/")
        builder.setFormBody([("name", .primitive("a b&c")), ("tag", Self.colors), ("skip", .array([]))])
        let request = try builder.build(serverURL: Self.server)
        #expect(request.headers["Content-Type"] == "application/x-www-form-urlencoded")
        #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == "name=a%20b%26c&tag=blue&tag=black")
    }

    @Test func multipartBodyEscapesNamesAndLineBreaks() throws {
        var builder = HTTPRequestBuilder(method: "POST", pathTemplate: "/")
        builder.setMultipartBody([
            MultipartPart(name: "meta\"\r\nX: y", data: Data("{}".utf8)),
            MultipartPart(name: "file", filename: "a.png", contentType: "image/png\r\nX-Evil: 1", data: Data([0x89])),
        ], boundary: "BOUNDARY")
        let request = try builder.build(serverURL: Self.server)
        #expect(request.headers["Content-Type"] == "multipart/form-data; boundary=BOUNDARY")
        let text = String(decoding: try #require(request.body), as: UTF8.self)
        #expect(text.hasPrefix("--BOUNDARY\r\nContent-Disposition: form-data; name=\"meta%22%0D%0AX: y\"\r\n\r\n{}\r\n"))
        #expect(text.contains("Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/pngX-Evil: 1\r\n\r\n"))
        #expect(text.hasSuffix("\r\n--BOUNDARY--\r\n"))
    }

    @Test func jsonBodyUsesRFC3339AndSortedKeys() throws {
        struct Body: Encodable { var zeta = 1; var at = Date(timeIntervalSince1970: 0) }
        var builder = HTTPRequestBuilder(method: "POST", pathTemplate: "/")
        try builder.setJSONBody(Body())
        let request = try builder.build(serverURL: Self.server)
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == #"{"at":"1970-01-01T00:00:00Z","zeta":1}"#)
    }

    // MARK: ParameterValue from Encodable

    @Test func parameterValuesFromEncodables() throws {
        #expect(try ParameterValue(42) == .primitive("42"))
        #expect(try ParameterValue(true) == .primitive("true"))
        #expect(try ParameterValue("x y") == .primitive("x y"))
        #expect(try ParameterValue(1.5) == .primitive("1.5"))
        #expect(try ParameterValue([3, 1]) == .array(["3", "1"]))
        #expect(try ParameterValue(["b": 2, "a": 1]) == .object([.init("a", "1"), .init("b", "2")]))
        #expect(try ParameterValue(Date(timeIntervalSince1970: 0)) == .primitive("1970-01-01T00:00:00Z"))
        #expect(try ParameterValue(Optional<Int>.none) == .array([]))
        #expect(try ParameterValue(["k": [1, 2]]) == .object([.init("k", "[1,2]")]))
    }
}
