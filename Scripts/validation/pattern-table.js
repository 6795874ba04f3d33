// Prints the rows of Tests/SpecsmithRuntimeTests/PatternSemanticsTests.swift with the verdicts of
// Node's ECMA-262 engine: `node Scripts/validation/pattern-table.js`, then paste its two lists.
// [pattern, string] pairs; prints Swift rows with Node's verdict (new RegExp(p, 'u').test(s)).
const pairs = [
  ["^(0|[1-9][0-9]*)$", "10"], ["^(0|[1-9][0-9]*)$", "10\n"], ["^(0|[1-9][0-9]*)$", "10\r"],
  ["^(0|[1-9][0-9]*)$", "10\r\n"], ["^(0|[1-9][0-9]*)$", "10\f"], ["^(0|[1-9][0-9]*)$", "10\u0085"],
  ["^(0|[1-9][0-9]*)$", "10\u2028"], ["^[a-z0-9-]+$", "a\r"], ["^[a-z0-9-]+$", "abc-1"],
  ["^abc", "\nabc"], ["abc$", "abc\n"], ["^a$", "a"], ["^$", ""], ["^$", "\n"],
  ["^.$", "\n"], ["^.$", "\r"], ["^.$", "\u2028"], ["^.$", "\u2029"], ["^.$", "\u000b"],
  ["^.$", "\f"], ["^.$", "\u0085"], ["^.$", "😀"], ["^.{2}$", "é"], ["^.$", "e\u0301"],
  ["^\\d+$", "123"], ["^\\d+$", "١٢٣"], ["^\\D$", "٣"], ["^\\w+$", "abc_09"], ["^\\w+$", "é"],
  ["^\\W$", "é"], ["^\\s$", " "], ["^\\s$", "\u00a0"], ["^\\s$", "\ufeff"], ["^\\s$", "\u0085"],
  ["^\\s$", "\u2028"], ["^\\s$", "\u180e"], ["^\\s$", "\u000b"], ["^\\S$", "\u0085"],
  ["\\bfoo\\b", "a foo b"], ["\\bfoo\\b", "éfooé"], ["\\bfoo\\b", "_foo"], ["\\Bfoo", "éfoo"],
  ["^\\u{1F600}$", "😀"], ["^\\uD83D\\uDE00$", "😀"], ["^\\u00e9$", "é"], ["^\\x41$", "A"],
  ["^\\p{L}+$", "héllo"], ["^\\p{Lu}$", "a"], ["^\\p{Script=Greek}+$", "αβγ"], ["^\\P{L}$", "1"],
  ["^\\p{General_Category=Decimal_Number}$", "٣"], ["^[\\p{L}\\d]+$", "a1é"],
  ["^[^]$", "\n"], ["^[]$", "a"], ["^[\\s\\S]$", "\n"], ["^[a\\-z]$", "-"],
  ["^[&&]$", "&"], ["^[a-z&&[]+$", "a&["], ["^[a-z--b]+$", "a-"], ["^[[:alpha:]$", ":"], ["^[[:alpha:]$", "p"], ["^[[:alpha:]$", "1"],
  ["^[$]$", "$"], ["^[{}]$", "{"], ["^[\\b]$", "\b"], ["^\\/$", "/"], ["^a\\.b$", "a.b"],
  ["^\\t\\n\\v\\f\\r$", "\t\n\u000b\f\r"], ["^\\v$", "\n"], ["^\\0$", "\u0000"], ["^\\cJ$", "\n"],
  ["^(a)\\1$", "aa"], ["^(?<x>a)\\k<x>$", "aa"], ["^(?:ab)+$", "abab"], ["(?<=\\$)\\d+", "$42"],
  ["^(?!x)\\w$", "x"], ["^a{2,3}$", "aaaa"], ["^a{2,}?$", "aaa"], ["^[#]$", "#"], ["^ a#$", " a#"],
  ["^[A-Z]{2}-\\d{4}$", "AB-1234\n"], ["^\\S+@\\S+$", "a@b\n"], ["^[^\\n]*$", "a\r"],
];
const q = s => '"' + Array.from(s).map(c => {
  const n = c.codePointAt(0);
  if (c === '"') return '\\"';
  if (c === '\\') return '\\\\';
  if (n === 10) return '\\n';
  if (n === 13) return '\\r';
  if (n === 9) return '\\t';
  if (n < 0x20 || (n >= 0x7f && n <= 0xa0) || (n >= 0x2000 && n <= 0x206f) || (n >= 0x300 && n <= 0x36f) || n === 0xfeff || n === 0x180e) return '\\u{' + n.toString(16).toUpperCase() + '}';
  return c;
}).join('') + '"';
for (const [p, s] of pairs) {
  const v = new RegExp(p, "u").test(s);
  console.log(`        (${q(p)}, ${q(s)}, ${v}),`);
}
console.error(pairs.length + " pairs");
// Patterns ECMA-262 rejects with the u flag.
const rejected = ["^[\\d-z]$", "\\a", "a{", "a}", "]", "a++", "(?i)a", "\\-", "[[:alpha:]]", "[\\1]", "\\1(a)(b)\\3", "\\p{letter}", "\\u{110000}", "\\x4", "(?>a)", "\\e"];
console.log("---");
for (const p of rejected) {
  let ok = true;
  try { new RegExp(p, "u"); } catch (e) { ok = false; }
  console.log(`        ${q(p)},${ok ? " // ACCEPTED" : ""}`);
}
