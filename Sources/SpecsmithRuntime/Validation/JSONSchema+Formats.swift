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
            case .dateTime: Self.isLeapSecondPlausible(string, at: RFC3339DateCoding.date(from: string), secondsAt: 17, endOfMonth: true)
            case .date: DateOnly(string) != nil
            case .time: Self.isLeapSecondPlausible(string, at: RFC3339DateCoding.date(from: "1970-01-01T" + string), secondsAt: 6, endOfMonth: false)
            case .email: FormatGrammar.isEmail(string)
            case .uri: FormatGrammar.isURI(string, requireScheme: true)
            case .uriReference: FormatGrammar.isURI(string, requireScheme: false)
            case .uuid: FormatGrammar.isUUID(string)
            case .ipv4: FormatGrammar.isIPv4(Array(string.utf8)[...])
            case .ipv6: FormatGrammar.isIPv6(string)
            case .hostname: FormatGrammar.isHostname(string)
            }
        }

        /// Whether a parsed date-time or time (`date`, nil when it did not parse) may carry second 60.
        ///
        /// RFC 3339 §5.6 allows `time-second` 60 and §5.7 restricts it to leap seconds, which are
        /// inserted as the last second of a month in UTC, 23:59:60Z (appendix D lists them: all at
        /// the end of June or December so far; future ones cannot be known, so any month's end is
        /// accepted). The parser puts second 60 on the next minute's first second, so a plausible
        /// leap second parses to midnight UTC: on the first of a month for a date-time, on any day
        /// for a time, which has no date. Year 0000 is a valid `date-fullyear` (4DIGIT) and stays.
        static func isLeapSecondPlausible(_ string: String, at date: Date?, secondsAt offset: Int, endOfMonth: Bool) -> Bool {
            guard let date else { return false }
            let utf8 = string.utf8
            guard utf8.count >= offset + 2,
                  utf8[utf8.index(utf8.startIndex, offsetBy: offset)] == UInt8(ascii: "6"),
                  utf8[utf8.index(utf8.startIndex, offsetBy: offset + 1)] == UInt8(ascii: "0")
            else { return true }
            let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
            // Days counted down for dates before 1970, so the second of the day is never negative.
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            guard seconds - days * 86_400 == 0 else { return false }
            return !endOfMonth || RFC3339DateCoding.civilDate(daysSinceEpoch: Int(days)).day == 1
        }
    }
}
