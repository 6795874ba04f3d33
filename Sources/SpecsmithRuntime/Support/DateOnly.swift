import Foundation

// MARK: - DateOnly

/// A calendar date without a time or time zone (OpenAPI `format: date`), coded as `YYYY-MM-DD`.
///
/// Decoding and `init?(_:)` accept only real dates (`2026-02-30` is rejected). The memberwise
/// initializer stores its arguments as given.
public struct DateOnly: Codable, Hashable, Sendable, Comparable, CustomStringConvertible, LosslessStringConvertible {
    /// The year, such as 2026.
    public var year: Int
    /// The month, 1 through 12.
    public var month: Int
    /// The day of the month, starting at 1.
    public var day: Int

    /// Creates a date from its components.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, returning `nil` if `description` is not in that form or is not a real date.
    public init?(_ description: String) {
        var string = description
        let parsed = string.withUTF8 { bytes -> (year: Int, month: Int, day: Int)? in
            var scanner = RFC3339DateCoding.ByteScanner(bytes)
            guard let date = scanner.fullDate(), scanner.isAtEnd else { return nil }
            return date
        }
        guard let parsed else { return nil }
        self.init(year: parsed.year, month: parsed.month, day: parsed.day)
    }

    /// Decodes a `YYYY-MM-DD` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let date = DateOnly(string) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a date in the form YYYY-MM-DD, got \"\(string)\".")
        }
        self = date
    }

    /// Encodes the date as a `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The date as `YYYY-MM-DD`.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        RFC3339DateCoding.appendDate(year: year, month: month, day: day, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first instant of this day in `timeZone` (UTC when `nil`), or `nil` if the components do not
    /// name a real date between the years 0000 and 9999.
    public func date(in timeZone: Foundation.TimeZone? = nil) -> Date? {
        guard RFC3339DateCoding.isValidDate(year: year, month: month, day: day) else { return nil }
        guard let timeZone else {
            let days = RFC3339DateCoding.daysSinceEpoch(year: year, month: month, day: day)
            return Date(timeIntervalSince1970: Double(days) * 86_400)
        }
        // Qualified because a spec may well have a `Calendar` or `TimeZone` schema, and its generated
        // type would otherwise take the place of Foundation's in this module.
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: Foundation.DateComponents(year: year, month: month, day: day))
    }

    /// Whether `lhs` is an earlier day than `rhs`.
    public static func < (lhs: DateOnly, rhs: DateOnly) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
