import Foundation

// MARK: - Dates

/// Converts between `Date` and RFC 3339 `date-time` strings (OpenAPI `format: date-time`).
///
/// Parsing accepts `2026-01-29T10:30:00Z`, any number of fractional-second digits
/// (`2026-01-29T10:30:00.123Z`), numeric offsets (`+02:00`, `-05:30`) and lowercase `t`/`z`.
/// Formatting always writes UTC (`Z`) and adds a fraction only when it is not zero: milliseconds,
/// or microseconds when the value has them.
/// The parser and formatter work on bytes with plain arithmetic (no `DateFormatter`, no `Calendar`),
/// so they are fast and safe to call from any thread.
public enum RFC3339DateCoding {
    /// Parses an RFC 3339 date-time, returning `nil` if `string` is not one or names an impossible
    /// date or time (such as February 30th or 24:00). A leap second (`:60`) is accepted and lands on
    /// the first second of the next minute.
    public static func date(from string: String) -> Date? {
        var string = string
        return string.withUTF8 { bytes -> Date? in
            var scanner = ByteScanner(bytes)
            guard let date = scanner.fullDate(),
                  scanner.consume(UInt8(ascii: "T"), or: UInt8(ascii: "t")),
                  let hour = scanner.digits(2), hour < 24,
                  scanner.consume(UInt8(ascii: ":")),
                  let minute = scanner.digits(2), minute < 60,
                  scanner.consume(UInt8(ascii: ":")),
                  let second = scanner.digits(2), second <= 60
            else { return nil }
            var fraction = 0.0
            if scanner.consume(UInt8(ascii: ".")) {
                guard let value = scanner.fraction() else { return nil }
                fraction = value
            }
            guard let offset = scanner.utcOffset(), scanner.isAtEnd else { return nil }
            let days = daysSinceEpoch(year: date.year, month: date.month, day: date.day)
            let seconds = Int64(days) * 86_400 + Int64(hour * 3_600 + minute * 60 + second - offset)
            return Date(timeIntervalSince1970: Double(seconds) + fraction)
        }
    }

    /// Formats `date` in UTC, such as `2026-01-29T10:30:00Z`, `2026-01-29T10:30:00.123Z` or
    /// `2022-09-30T23:40:30.946225Z`. The time is rounded to the microsecond, what a `Date` of
    /// this era holds exactly enough (its `Double` resolves about a quarter of a microsecond), so a
    /// value read and written back keeps its digits; fractions are written as milliseconds when
    /// that loses nothing, else as microseconds, and finer digits in the input are rounded. Dates
    /// outside the years 0000–9999, which RFC 3339 cannot express, are clamped to that range.
    public static func string(from date: Date) -> String {
        let microsecondsPerDay: Int64 = 86_400_000_000
        let earliestSecond = Double(Int64(daysSinceEpoch(year: 0, month: 1, day: 1)) * 86_400)
        let endSecond = Double(Int64(daysSinceEpoch(year: 10_000, month: 1, day: 1)) * 86_400)
        let interval = date.timeIntervalSince1970
        let microseconds: Int64
        if interval.isNaN {
            microseconds = 0
        } else if interval < earliestSecond {
            microseconds = Int64(earliestSecond) * 1_000_000
        } else if interval >= endSecond {
            microseconds = Int64(endSecond) * 1_000_000 - 1
        } else {
            // Whole seconds and the fraction apart (the subtraction is exact), so scaling the
            // fraction adds no rounding error of the size of the whole value.
            let whole = interval.rounded(.down)
            microseconds = min(Int64(whole) * 1_000_000 + Int64(((interval - whole) * 1_000_000).rounded()),
                               Int64(endSecond) * 1_000_000 - 1)
        }

        let days = microseconds >= 0
            ? microseconds / microsecondsPerDay
            : (microseconds - microsecondsPerDay + 1) / microsecondsPerDay
        let timeOfDay = microseconds - days * microsecondsPerDay
        let civil = civilDate(daysSinceEpoch: Int(days))
        let secondsOfDay = Int(timeOfDay / 1_000_000)
        let fraction = Int(timeOfDay % 1_000_000)

        var bytes: [UInt8] = []
        bytes.reserveCapacity(27)
        appendDate(year: civil.year, month: civil.month, day: civil.day, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        append(secondsOfDay / 3_600, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(secondsOfDay / 60 % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(secondsOfDay % 60, width: 2, to: &bytes)
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            if fraction % 1_000 == 0 {
                append(fraction / 1_000, width: 3, to: &bytes)
            } else {
                append(fraction, width: 6, to: &bytes)
            }
        }
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads an RFC 3339 date-time from a single-value container, for use in
    /// `decoder.dateDecodingStrategy = .custom { try RFC3339DateCoding.decode(from: $0) }`.
    public static func decode(from decoder: any Decoder) throws -> Date {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let date = date(from: string) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected an RFC 3339 date-time, got \"\(string)\".")
        }
        return date
    }

    /// Writes `date` as an RFC 3339 string to a single-value container, for use in
    /// `encoder.dateEncodingStrategy = .custom { try RFC3339DateCoding.encode($0, to: $1) }`.
    public static func encode(_ date: Date, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(string(from: date))
    }
}

extension RFC3339DateCoding {
    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Whether the components name a real Gregorian date in the years RFC 3339 can express (0000–9999).
    static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
        guard (0...9_999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        switch month {
        case 2:
            let isLeapYear = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return day <= (isLeapYear ? 29 : 28)
        case 4, 6, 9, 11:
            return day <= 30
        default:
            return day <= 31
        }
    }

    /// Appends `YYYY-MM-DD`.
    static func appendDate(year: Int, month: Int, day: Int, to bytes: inout [UInt8]) {
        append(year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(day, width: 2, to: &bytes)
    }

    /// Appends the decimal digits of `value`, zero-padded to at least `width` digits.
    private static func append(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digitCount = 1
        var rest = value.magnitude / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(width, digitCount)))
        var remaining = value.magnitude
        var position = bytes.endIndex
        repeat {
            position -= 1
            bytes[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        } while remaining > 0
    }

    /// Reads the pieces of RFC 3339 timestamps from UTF-8 bytes.
    struct ByteScanner {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var index = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        var isAtEnd: Bool { index == bytes.count }

        /// Skips the next byte if it is `byte` or `alternative`.
        mutating func consume(_ byte: UInt8, or alternative: UInt8? = nil) -> Bool {
            guard index < bytes.count, bytes[index] == byte || bytes[index] == alternative else { return false }
            index += 1
            return true
        }

        /// Reads exactly `count` decimal digits.
        mutating func digits(_ count: Int) -> Int? {
            guard bytes.count - index >= count else { return nil }
            var value = 0
            for _ in 0..<count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
                index += 1
            }
            return value
        }

        /// Reads one or more digits after a decimal point; digits beyond nanoseconds are ignored.
        mutating func fraction() -> Double? {
            var numerator = 0
            var denominator = 1
            let start = index
            while index < bytes.count {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                if denominator < 1_000_000_000 {
                    numerator = numerator * 10 + Int(digit)
                    denominator *= 10
                }
                index += 1
            }
            return index > start ? Double(numerator) / Double(denominator) : nil
        }

        /// Reads a valid `YYYY-MM-DD`.
        mutating func fullDate() -> (year: Int, month: Int, day: Int)? {
            guard let year = digits(4), consume(UInt8(ascii: "-")),
                  let month = digits(2), consume(UInt8(ascii: "-")),
                  let day = digits(2),
                  RFC3339DateCoding.isValidDate(year: year, month: month, day: day)
            else { return nil }
            return (year, month, day)
        }

        /// Reads `Z`, `z` or `±HH:MM`, returning the offset east of UTC in seconds.
        mutating func utcOffset() -> Int? {
            if consume(UInt8(ascii: "Z"), or: UInt8(ascii: "z")) { return 0 }
            let sign: Int
            if consume(UInt8(ascii: "+")) {
                sign = 1
            } else if consume(UInt8(ascii: "-")) {
                sign = -1
            } else {
                return nil
            }
            guard let hours = digits(2), hours < 24, consume(UInt8(ascii: ":")),
                  let minutes = digits(2), minutes < 60
            else { return nil }
            return sign * (hours * 3_600 + minutes * 60)
        }
    }
}

/// A `Date` coded as an RFC 3339 date-time string.
///
/// Generated models store plain `Date`s and decode them through this type, so they read and
/// write RFC 3339 with any `JSONDecoder`/`JSONEncoder`, whatever its date strategy, also
/// inside arrays and maps (`[RFC3339Timestamp]`, `[String: RFC3339Timestamp]`).
public struct RFC3339Timestamp: Codable, Hashable, Sendable {
    /// The instant.
    public var date: Date

    /// Wraps `date`.
    public init(_ date: Date) {
        self.date = date
    }

    /// Decodes an RFC 3339 date-time string; throws `DecodingError.dataCorrupted` for anything else.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let date = RFC3339DateCoding.date(from: string) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected an RFC 3339 date-time, got \"\(string)\".")
        }
        self.date = date
    }

    /// Encodes the date as `RFC3339DateCoding.string(from:)` writes it (UTC, milliseconds when not zero).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(RFC3339DateCoding.string(from: date))
    }
}
