import Foundation
import SpecsmithRuntime
import Testing

/// `pattern` means what ECMA-262 (with the `u` flag) says, although it runs on ICU.
///
/// Each row's verdict was recorded from a real ECMA-262 engine, Node 20 (V8), with
/// `new RegExp(pattern, "u").test(string)`, by `node Scripts/validation/pattern-table.js`, which
/// holds the pairs and prints these rows; change the script and paste, never edit a verdict here. The list aims at
/// the places ICU and ECMA-262 differ: `$` before a final line terminator, what `.` excludes,
/// `\d` `\w` `\s` `\b`, `\v`, set syntax inside classes, Unicode escapes and properties.
@Suite struct PatternSemanticsTests {
    /// (83 rows) pattern, string, whether ECMA-262 finds a match.
    static let table: [(pattern: String, string: String, matches: Bool)] = [
        ("^(0|[1-9][0-9]*)$", "10", true),
        ("^(0|[1-9][0-9]*)$", "10\n", false),
        ("^(0|[1-9][0-9]*)$", "10\r", false),
        ("^(0|[1-9][0-9]*)$", "10\r\n", false),
        ("^(0|[1-9][0-9]*)$", "10\u{C}", false),
        ("^(0|[1-9][0-9]*)$", "10\u{85}", false),
        ("^(0|[1-9][0-9]*)$", "10\u{2028}", false),
        ("^[a-z0-9-]+$", "a\r", false),
        ("^[a-z0-9-]+$", "abc-1", true),
        ("^abc", "\nabc", false),
        ("abc$", "abc\n", false),
        ("^a$", "a", true),
        ("^$", "", true),
        ("^$", "\n", false),
        ("^.$", "\n", false),
        ("^.$", "\r", false),
        ("^.$", "\u{2028}", false),
        ("^.$", "\u{2029}", false),
        ("^.$", "\u{B}", true),
        ("^.$", "\u{C}", true),
        ("^.$", "\u{85}", true),
        ("^.$", "😀", true),
        ("^.{2}$", "é", false),
        ("^.$", "e\u{301}", false),
        ("^\\d+$", "123", true),
        ("^\\d+$", "١٢٣", false),
        ("^\\D$", "٣", true),
        ("^\\w+$", "abc_09", true),
        ("^\\w+$", "é", false),
        ("^\\W$", "é", true),
        ("^\\s$", " ", true),
        ("^\\s$", "\u{A0}", true),
        ("^\\s$", "\u{FEFF}", true),
        ("^\\s$", "\u{85}", false),
        ("^\\s$", "\u{2028}", true),
        ("^\\s$", "\u{180E}", false),
        ("^\\s$", "\u{B}", true),
        ("^\\S$", "\u{85}", true),
        ("\\bfoo\\b", "a foo b", true),
        ("\\bfoo\\b", "éfooé", true),
        ("\\bfoo\\b", "_foo", false),
        ("\\Bfoo", "éfoo", false),
        ("^\\u{1F600}$", "😀", true),
        ("^\\uD83D\\uDE00$", "😀", true),
        ("^\\u00e9$", "é", true),
        ("^\\x41$", "A", true),
        ("^\\p{L}+$", "héllo", true),
        ("^\\p{Lu}$", "a", false),
        ("^\\p{Script=Greek}+$", "αβγ", true),
        ("^\\P{L}$", "1", true),
        ("^\\p{General_Category=Decimal_Number}$", "٣", true),
        ("^[\\p{L}\\d]+$", "a1é", true),
        ("^[^]$", "\n", true),
        ("^[]$", "a", false),
        ("^[\\s\\S]$", "\n", true),
        ("^[a\\-z]$", "-", true),
        ("^[&&]$", "&", true),
        ("^[a-z&&[]+$", "a&[", true),
        ("^[a-z--b]+$", "a-", true),
        ("^[[:alpha:]$", ":", true),
        ("^[[:alpha:]$", "p", true),
        ("^[[:alpha:]$", "1", false),
        ("^[$]$", "$", true),
        ("^[{}]$", "{", true),
        ("^[\\b]$", "\u{8}", true),
        ("^\\/$", "/", true),
        ("^a\\.b$", "a.b", true),
        ("^\\t\\n\\v\\f\\r$", "\t\n\u{B}\u{C}\r", true),
        ("^\\v$", "\n", false),
        ("^\\0$", "\u{0}", true),
        ("^\\cJ$", "\n", true),
        ("^(a)\\1$", "aa", true),
        ("^(?<x>a)\\k<x>$", "aa", true),
        ("^(?:ab)+$", "abab", true),
        ("(?<=\\$)\\d+", "$42", true),
        ("^(?!x)\\w$", "x", false),
        ("^a{2,3}$", "aaaa", false),
        ("^a{2,}?$", "aaa", true),
        ("^[#]$", "#", true),
        ("^ a#$", " a#", true),
        ("^[A-Z]{2}-\\d{4}$", "AB-1234\n", false),
        ("^\\S+@\\S+$", "a@b\n", false),
        ("^[^\\n]*$", "a\r", true),
    ]

    /// Patterns Node's `new RegExp(pattern, "u")` rejects with a SyntaxError.
    static let rejected: [String] = [
        "^[\\d-z]$",
        "\\a",
        "a{",
        "a}",
        "]",
        "a++",
        "(?i)a",
        "\\-",
        "[[:alpha:]]",
        "[\\1]",
        "\\1(a)(b)\\3",
        "\\p{letter}",
        "\\u{110000}",
        "\\x4",
        "(?>a)",
        "\\e",
    ]

    @Test func everyRowAgreesWithECMA262() {
        for row in Self.table {
            let schema = JSONSchema(["pattern": .string(row.pattern)])
            let matches = schema.violations(json: .string(row.string)).isEmpty
            #expect(matches == row.matches, "\(row.pattern) on \(JSONValue.string(row.string)): ECMA-262 says \(row.matches)")
        }
    }

    @Test func everyPatternOfTheTableTranslatesWithoutProblems() throws {
        for pattern in Set(Self.table.map(\.pattern)) {
            let translation = ECMAScriptPattern(pattern)
            #expect(translation.problems.isEmpty, "\(pattern): \(translation.problems)")
            _ = try NSRegularExpression(pattern: translation.icuPattern)
        }
    }

    @Test func patternsECMA262RejectsAreReported() {
        for pattern in Self.rejected {
            #expect(!ECMAScriptPattern(pattern).problems.isEmpty, "\(pattern) should be reported")
        }
    }

    @Test func problemsSayWhere() {
        let problems = ECMAScriptPattern("ab\\a").problems
        #expect(problems.map(\.offset) == [2])
        #expect(problems.first?.description.hasPrefix("at character 3:") == true)
    }
}
