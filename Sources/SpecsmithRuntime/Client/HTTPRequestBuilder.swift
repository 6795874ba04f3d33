import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Building requests

/// How a parameter is serialized (OpenAPI `style`).
public enum ParameterStyle: Sendable {
    /// `color=blue` in a query or cookie (the default there).
    case form
    /// `color=blue%20black` in a query.
    case spaceDelimited
    /// `color=blue%7Cblack` in a query.
    case pipeDelimited
    /// `color%5BR%5D=100` in a query.
    case deepObject
    /// `blue,black` in a path or header (the default there).
    case simple
    /// `.blue.black` in a path.
    case label
    /// `;color=blue` in a path.
    case matrix
}

/// A parameter value before serialization: a primitive, an array or an object whose values are
/// already text.
public enum ParameterValue: Sendable, Hashable {
    /// A single value.
    case primitive(String)
    /// A list of values; an empty one counts as absent (RFC 6570 "undefined") and is left out.
    case array([String])
    /// Members in order; an empty object counts as absent and is left out.
    case object([Pair])

    /// An object member.
    public struct Pair: Sendable, Hashable {
        /// The member's name.
        public var key: String
        /// The member's value.
        public var value: String

        /// Creates a member.
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    /// Converts any `Encodable` value through its JSON form (RFC 3339 dates, sorted keys).
    ///
    /// A string becomes its text; a number or Boolean its JSON text (`42`, `1.5`, `true`); an array
    /// `.array` and an object `.object` with its keys sorted, whose scalar elements convert the same
    /// way, whose nested arrays and objects become their compact JSON text, and whose `null`s are left
    /// out. `null` itself becomes an empty `.array`, which every style treats as absent: the
    /// parameter is omitted (a path parameter expands to nothing). Generated code passes optional
    /// parameters as `nil` instead, which the builder omits the same way.
    /// - Throws: ``HTTPClientError/encodingFailed(_:)`` if `value` cannot be encoded.
    public init<T: Encodable>(_ value: T) throws {
        let json: JSONValue
        do {
            let data = try APIClientConfiguration.defaultJSONEncoder().encode(value)
            json = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw HTTPClientError.encodingFailed("Could not encode a \(T.self) parameter: \(error)")
        }
        func text(_ value: JSONValue) -> String? {
            switch value {
            case .null: nil
            case .string(let string): string
            default: value.description
            }
        }
        switch json {
        case .null:
            self = .array([])
        case .array(let elements):
            self = .array(elements.compactMap(text))
        case .object(let members):
            self = .object(members.keys.sorted().compactMap { key in members[key].flatMap(text).map { Pair(key, $0) } })
        default:
            self = .primitive(text(json) ?? "")
        }
    }
}

/// A part of a `multipart/form-data` body.
public struct MultipartPart: Sendable, Hashable {
    /// The form field's name.
    public var name: String
    /// The file name, for file parts.
    public var filename: String?
    /// The part's media type; without one the receiver assumes `text/plain`.
    public var contentType: String?
    /// The content.
    public var data: Data

    /// Creates a part.
    public init(name: String, filename: String? = nil, contentType: String? = nil, data: Data) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}

/// Collects an operation's parameters and body and builds the ``HTTPRequest``.
///
/// Parameters are serialized as OpenAPI 3.1 describes (RFC 6570 expansion): everything outside RFC 3986
/// `unreserved` in names and values is percent-encoded, so a value can never add a path segment,
/// query item or header. Header values are not percent-encoded but are rejected if they contain CR,
/// LF or NUL.
public struct HTTPRequestBuilder: Sendable {
    /// The HTTP method.
    public var method: String
    /// The path below the server URL, with `{name}` placeholders for path parameters.
    public var pathTemplate: String
    private var pathValues: [String: String] = [:]
    private var queryItems: [String] = []
    private var headers = HTTPHeaders()
    private var cookies: [String] = []
    private var body: Data?
    private var bodyStream: HTTPBody?
    private var contentType: String?

    /// Starts a request for `method` on `pathTemplate`, such as `/pets/{petId}`.
    public init(method: String, pathTemplate: String) {
        self.method = method
        self.pathTemplate = pathTemplate
    }

    /// Sets the value of the `{name}` placeholder: `simple` (`blue,black`), `label` (`.blue.black`)
    /// or `matrix` (`;color=blue;color=black`); other styles serialize as `simple`.
    public mutating func setPathParameter(_ name: String, _ value: ParameterValue, style: ParameterStyle = .simple, explode: Bool = false) {
        let rule = switch style {
        case .label: Expansion(prefix: ".", separator: ".")
        case .matrix: Expansion(prefix: ";", separator: ";", named: true)
        default: Expansion()
        }
        pathValues[name] = Self.expand(Self.escape(name), value, explode: explode, rule) { Self.escape($0) } ?? ""
    }

    /// Adds a query parameter; `nil` leaves it out.
    ///
    /// `form` gives `color=blue,black` or, exploded, `color=blue&color=black` (an exploded object
    /// gives `R=100&G=200`); `spaceDelimited` and `pipeDelimited` join unexploded arrays and objects
    /// with `%20` and `%7C`; `deepObject` gives `color%5BR%5D=100&color%5BG%5D=200` for objects. Other
    /// combinations serialize as `form`. With `allowReserved`, the RFC 3986 reserved characters that
    /// may stand in a query (`:/?@!$'()*,;`) and existing `%XX` escapes are kept in values; `&`, `=`,
    /// `+`, `#`, `[` and `]` are always encoded, because they would change the query's structure.
    public mutating func addQueryParameter(_ name: String, _ value: ParameterValue?, style: ParameterStyle = .form, explode: Bool = true, allowReserved: Bool = false) {
        guard let value else { return }
        let escapeValue: (String) -> String = { Self.escape($0, allowing: allowReserved ? ":/?@!$'()*,;" : "", keepsEscapes: allowReserved) }
        if style == .deepObject, case .object(let pairs) = value {
            let items = pairs.map { Self.escape(name) + "%5B" + Self.escape($0.key) + "%5D=" + escapeValue($0.value) }
            if !items.isEmpty { queryItems.append(items.joined(separator: "&")) }
            return
        }
        var rule = Expansion(separator: "&", named: true, ifEmpty: "=")
        if !explode, style == .spaceDelimited { rule.joiner = "%20" }
        if !explode, style == .pipeDelimited { rule.joiner = "%7C" }
        if let item = Self.expand(Self.escape(name), value, explode: explode, rule, escape: escapeValue) {
            queryItems.append(item)
        }
    }

    /// Adds a header parameter in `simple` style (`blue,black`; an exploded object gives `R=100,G=200`);
    /// `nil` leaves it out.
    /// - Throws: ``HTTPClientError/invalidHeader(name:)`` if the name is not a token or the value contains
    ///   CR, LF or NUL.
    public mutating func addHeader(_ name: String, _ value: ParameterValue?, explode: Bool = false) throws {
        guard let value, let text = Self.expand(name, value, explode: explode, Expansion(), escape: { $0 }) else { return }
        try headers.add(name, text)
    }

    /// Adds a cookie parameter in `form` style; `nil` leaves it out. Exploded arrays and objects become
    /// several cookies (`color=blue; color=black`, `R=100; G=200`).
    public mutating func addCookie(_ name: String, _ value: ParameterValue?, explode: Bool = true) {
        let rule = Expansion(separator: "; ", named: true, ifEmpty: "=")
        guard let value, let text = Self.expand(Self.escape(name), value, explode: explode, rule, escape: { Self.escape($0) }) else { return }
        cookies.append(text)
    }

    /// Sets a JSON body.
    /// - Parameter encoder: pass ``APIClientConfiguration/makeJSONEncoder`` to honour the configuration.
    /// - Throws: ``HTTPClientError/encodingFailed(_:)`` if `value` cannot be encoded.
    public mutating func setJSONBody<T: Encodable>(
        _ value: T, contentType: String = "application/json", encoder: JSONEncoder = APIClientConfiguration.defaultJSONEncoder()
    ) throws {
        do {
            setBody(try encoder.encode(value), contentType: contentType)
        } catch {
            throw HTTPClientError.encodingFailed("Could not encode the \(T.self) body: \(error)")
        }
    }

    /// Sets an `application/x-www-form-urlencoded` body; each field is serialized as an exploded
    /// `form` query parameter would be.
    public mutating func setFormBody(_ fields: [(String, ParameterValue)]) {
        let rule = Expansion(separator: "&", named: true, ifEmpty: "=")
        let items = fields.compactMap { name, value in Self.expand(Self.escape(name), value, explode: true, rule) { Self.escape($0) } }
        setBody(Data(items.joined(separator: "&").utf8), contentType: "application/x-www-form-urlencoded")
    }

    /// Sets a `multipart/form-data` body (RFC 7578).
    /// - Parameter boundary: the delimiter between parts, for reproducible bodies; by default a random one
    ///   that occurs in no part. A given boundary must not occur in any part.
    public mutating func setMultipartBody(_ parts: [MultipartPart], boundary: String? = nil) {
        let boundary = boundary ?? Self.freshBoundary(avoiding: parts)
        var data = Data()
        for part in parts {
            var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(part.name))\""
            if let filename = part.filename { head += "; filename=\"\(Self.quoted(filename))\"" }
            // Line breaks would end the header early and let the rest pose as headers of their own.
            if let type = part.contentType { head += "\r\nContent-Type: " + type.filter { !$0.isNewline } }
            data.append(contentsOf: (head + "\r\n\r\n").utf8)
            data.append(part.data)
            data.append(contentsOf: "\r\n".utf8)
        }
        data.append(contentsOf: "--\(boundary)--\r\n".utf8)
        setBody(data, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Sets a body of any media type, such as `application/octet-stream` or `text/plain`.
    public mutating func setBody(_ data: Data, contentType: String) {
        body = data
        bodyStream = nil
        self.contentType = contentType
    }

    /// Sets a body of any media type that is read while it is sent: from a file, a byte stream, or
    /// bytes in memory (see ``HTTPBodySource``).
    public mutating func setBody(_ source: any HTTPBodySource, contentType: String) {
        let streamed = source.httpBody
        body = streamed.data
        bodyStream = streamed.data == nil ? streamed : nil
        self.contentType = contentType
    }

    /// Builds the request: the server URL's path (a base path such as `/v2` included) followed by the
    /// expanded template, then the query; the `Content-Type` and `Cookie` headers.
    /// - Throws: ``HTTPClientError/missingPathParameter(_:)`` if a placeholder has no value,
    ///   ``HTTPClientError/invalidHeader(name:)`` for an invalid content type, or
    ///   ``HTTPClientError/invalidURL(_:)`` if the result is not a URL.
    public func build(serverURL: URL) throws -> HTTPRequest {
        var base = serverURL.absoluteString
        var query = queryItems
        // A fragment would hide everything after it from the server; a query the server URL already
        // has stays in front of the operation's.
        if let fragment = base.firstIndex(of: "#") { base = String(base[..<fragment]) }
        if let start = base.firstIndex(of: "?") {
            let serverQuery = base[base.index(after: start)...]
            if !serverQuery.isEmpty { query.insert(String(serverQuery), at: 0) }
            base = String(base[..<start])
        }
        while base.hasSuffix("/") { base.removeLast() }
        let path = try expandedPath()
        var text = base + (path.hasPrefix("/") ? "" : "/") + path
        if !query.isEmpty { text += "?" + query.joined(separator: "&") }
        guard let url = URL(string: text) else {
            // The error's description shows the text; a password in the server URL must not be in it.
            let password = URLComponents(url: serverURL, resolvingAgainstBaseURL: true)?.percentEncodedPassword
            throw HTTPClientError.invalidURL(password.map { text.replacingOccurrences(of: ":\($0)@", with: ":<redacted>@") } ?? text)
        }
        var headers = headers
        if let contentType { try headers.set("Content-Type", contentType) }
        if !cookies.isEmpty {
            let cookie = cookies.joined(separator: "; ")
            try headers.set("Cookie", headers["Cookie"].map { $0 + "; " + cookie } ?? cookie)
        }
        return HTTPRequest(method: method, url: url, headers: headers, body: body, bodyStream: bodyStream)
    }

    private func expandedPath() throws -> String {
        // Literal text comes from the spec; it is encoded too (keeping what a path may hold) so a
        // stray space cannot make the URL invalid.
        func literal(_ text: Substring) -> String {
            Self.escape(String(text), allowing: "!$&'()*+,;=:@/", keepsEscapes: true)
        }
        var result = ""
        var rest = pathTemplate[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += literal(rest[..<open])
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = pathValues[name] else { throw HTTPClientError.missingPathParameter(name) }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + literal(rest)
    }

    /// How a variable expands, after RFC 6570's operators (`{x}`, `{.x}`, `{;x}`, `{?x}`).
    private struct Expansion {
        /// Written before the expansion: `.` for label, `;` for matrix.
        var prefix = ""
        /// Between the items of an exploded array or object.
        var separator = ","
        /// Between the items of an unexploded array or object.
        var joiner = ","
        /// Whether items are written as `name=value`.
        var named = false
        /// What follows the name of an empty value: nothing (`;color`) or `=` (`color=`).
        var ifEmpty = ""
    }

    /// Expands one variable whose name is already escaped, or returns `nil` when the value counts as
    /// absent (an empty array or object).
    private static func expand(_ name: String, _ value: ParameterValue, explode: Bool, _ rule: Expansion, escape: (String) -> String) -> String? {
        func named(_ key: String, _ text: String) -> String {
            text.isEmpty ? key + rule.ifEmpty : key + "=" + text
        }
        let expansion: String
        switch value {
        case .primitive(let text):
            expansion = rule.named ? named(name, escape(text)) : escape(text)
        case .array(let items):
            guard !items.isEmpty else { return nil }
            let items = items.map(escape)
            if explode {
                expansion = (rule.named ? items.map { named(name, $0) } : items).joined(separator: rule.separator)
            } else {
                expansion = (rule.named ? name + "=" : "") + items.joined(separator: rule.joiner)
            }
        case .object(let pairs):
            guard !pairs.isEmpty else { return nil }
            if explode {
                let items = pairs.map { rule.named ? named(escape($0.key), escape($0.value)) : escape($0.key) + "=" + escape($0.value) }
                expansion = items.joined(separator: rule.separator)
            } else {
                expansion = (rule.named ? name + "=" : "") + pairs.flatMap { [escape($0.key), escape($0.value)] }.joined(separator: rule.joiner)
            }
        }
        return rule.prefix + expansion
    }

    /// Percent-encodes every UTF-8 byte outside RFC 3986 `unreserved` (`A–Z a–z 0–9 - . _ ~`), except
    /// the ASCII characters in `allowing` and, with `keepsEscapes`, existing `%XX` escapes.
    static func escape(_ text: String, allowing allowed: String = "", keepsEscapes: Bool = false) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            let isUnreserved = switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
            default: false
            }
            let isEscape = keepsEscapes && byte == UInt8(ascii: "%") && index + 2 < bytes.count
                && bytes[(index + 1)...(index + 2)].allSatisfy { hexDigits.contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
            if isUnreserved || isEscape || allowed.utf8.contains(byte) {
                output.append(byte)
            } else {
                output += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Escapes a quoted `Content-Disposition` parameter as browsers do (WHATWG HTML), so a name
    /// cannot end the quotes or the header line.
    private static func quoted(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "%22"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A random boundary that occurs in none of the parts, since one that did would end a part early.
    private static func freshBoundary(avoiding parts: [MultipartPart]) -> String {
        while true {
            let boundary = "specsmith-" + UUID().uuidString
            if !parts.contains(where: { $0.data.range(of: Data(boundary.utf8)) != nil }) { return boundary }
        }
    }
}
