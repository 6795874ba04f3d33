import Foundation

// MARK: - Formats

extension JSONSchema {
    /// The `format`s checked; any other format is an annotation only, as JSON Schema allows.
    enum Format: String, Sendable {
        case dateTime = "date-time"
        case date
        case time
        case email
        case uri
        case uriReference = "uri-reference"
        case uuid
        case ipv4
        case ipv6
        case hostname

        /// What a matching string is, for messages.
        var phrase: String {
            switch self {
            case .dateTime: "an RFC 3339 date-time (such as 2026-01-29T10:30:00Z)"
            case .date: "an RFC 3339 full-date (YYYY-MM-DD)"
            case .time: "an RFC 3339 full-time (such as 10:30:00Z)"
            case .email: "an email address"
            case .uri: "an absolute URI (RFC 3986)"
            case .uriReference: "a URI reference (RFC 3986)"
            case .uuid: "a UUID (8-4-4-4-12 hexadecimal digits)"
            case .ipv4: "an IPv4 address in dotted-decimal form"
            case .ipv6: "an IPv6 address"
            case .hostname: "a hostname (RFC 1123)"
            }
        }

        func accepts(_ string: String) -> Bool {
            switch self {
            case .dateTime: RFC3339DateCoding.date(from: string) != nil
            case .date: DateOnly(string) != nil
            case .time: RFC3339DateCoding.date(from: "1970-01-01T" + string) != nil
            case .email: FormatGrammar.isEmail(string)
            case .uri: FormatGrammar.isURI(string, requireScheme: true)
            case .uriReference: FormatGrammar.isURI(string, requireScheme: false)
            case .uuid: FormatGrammar.isUUID(string)
            case .ipv4: FormatGrammar.isIPv4(Array(string.utf8)[...])
            case .ipv6: FormatGrammar.isIPv6(string)
            case .hostname: FormatGrammar.isHostname(string)
            }
        }
    }
}
