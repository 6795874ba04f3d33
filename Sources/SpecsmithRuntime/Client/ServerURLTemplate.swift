import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Server URL templates

/// A server URL as an API description writes it, with `{variable}` placeholders
/// (`https://{region}.api.example.com/{basePath}`), filled in safely.
///
/// A value can change only the text of its own placeholder: one containing `/`, `?`, `#`, `@`, `:`,
/// `[`, `]`, `\`, `%`, whitespace or a control character, or one that is `.` or `..`, would move the
/// request to another host, port or path, so it is refused; any other character outside RFC 3986
/// `unreserved` is percent-encoded.
public struct ServerURLTemplate: Sendable, Hashable {
    /// The template, such as `https://{region}.api.example.com/v1`.
    public let template: String
    /// The value of each variable that `url(_:)` is not given, as the API description's `default`s.
    public let defaults: [String: String]

    /// Creates a template from its text and its variables' defaults.
    public init(_ template: String, defaults: [String: String] = [:]) {
        self.template = template
        self.defaults = defaults
    }

    /// The URL with every `{name}` replaced by `values[name]`, or by `defaults[name]` when `values`
    /// has none. The defaults are checked like any value, since they may come from elsewhere too.
    /// - Throws: ``HTTPClientError/invalidServerVariable(name:)`` if a placeholder has no value or its
    ///   value could change the URL's structure, ``HTTPClientError/invalidURL(_:)`` if the result is
    ///   not a URL.
    public func url(_ values: [String: String] = [:]) throws -> URL {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = values[name] ?? defaults[name], Self.isSafe(value) else {
                throw HTTPClientError.invalidServerVariable(name: name)
            }
            result += HTTPRequestBuilder.escape(value)
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        guard let url = URL(string: result), url.scheme != nil, url.host != nil else { throw HTTPClientError.invalidURL(result) }
        return url
    }

    /// Whether `value` stays inside its placeholder wherever the template puts it.
    static func isSafe(_ value: String) -> Bool {
        guard value != ".", value != ".." else { return false }
        return !value.unicodeScalars.contains { scalar in
            "/?#@:[]\\%".unicodeScalars.contains(scalar) || scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
        }
    }
}
