import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - HTTP dates

/// Reads RFC 9110 HTTP-dates (as in `Retry-After`) in all three forms a recipient must accept:
/// IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the obsolete RFC 850 form
/// (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`). Plain arithmetic, no
/// `DateFormatter`, so it is fast, locale-free and safe from any thread.
enum HTTPDate {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The instant `text` names, or `nil` if it is in none of the three forms or names no real date.
    /// - Parameter now: decides the century of an RFC 850 two-digit year.
    static func date(from text: String, now: Date) -> Date? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        if parts.count == 6, parts[0].count == 4, parts[0].hasSuffix(","), parts[5] == "GMT",
           let day = number(parts[1], digits: 2), let year = number(parts[3], digits: 4) {
            return instant(year: year, month: parts[2], day: day, time: parts[4])
        }
        if parts.count == 4, parts[0].count > 4, parts[0].hasSuffix(","), parts[3] == "GMT" {
            let date = parts[1].split(separator: "-", omittingEmptySubsequences: false)
            guard date.count == 3, let day = number(date[0], digits: 2), let shortYear = number(date[2], digits: 2) else { return nil }
            return instant(year: fullYear(shortYear, now: now), month: date[1], day: day, time: parts[2])
        }
        // asctime pads a one-digit day with a space: "Nov  6".
        let words = text.split(separator: " ")
        if words.count == 5, words[0].count == 3, text.utf8.count == 24,
           let day = number(words[2], digits: words[2].count), let year = number(words[4], digits: 4) {
            return instant(year: year, month: words[1], day: day, time: words[3])
        }
        return nil
    }

    /// RFC 9110: a two-digit year more than 50 years in the future is the same year of the century before.
    private static func fullYear(_ shortYear: Int, now: Date) -> Int {
        let today = RFC3339DateCoding.civilDate(daysSinceEpoch: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
        let candidate = today.year - today.year % 100 + shortYear
        return candidate > today.year + 50 ? candidate - 100 : candidate
    }

    private static func instant(year: Int, month name: Substring, day: Int, time: Substring) -> Date? {
        guard let month = months.firstIndex(of: String(name)).map({ $0 + 1 }),
              RFC3339DateCoding.isValidDate(year: year, month: month, day: day)
        else { return nil }
        let clock = time.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3,
              let hour = number(clock[0], digits: 2), hour < 24,
              let minute = number(clock[1], digits: 2), minute < 60,
              let second = number(clock[2], digits: 2), second <= 60
        else { return nil }
        let days = RFC3339DateCoding.daysSinceEpoch(year: year, month: month, day: day)
        // Typed parts: the one expression took the type checker 349 ms in every generated SDK.
        let secondsOfDay: Int = hour * 3_600 + minute * 60 + second
        let dayStart: Double = Double(days) * 86_400
        return Date(timeIntervalSince1970: dayStart + Double(secondsOfDay))
    }

    /// The value of exactly `digits` ASCII digits (`Int(_:)` would also take a sign), or `nil`.
    static func number(_ text: Substring, digits: Int) -> Int? {
        guard (1...18).contains(digits), text.utf8.count == digits,
              text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        return Int(text)
    }
}
