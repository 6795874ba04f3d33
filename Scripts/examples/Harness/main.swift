import Diagnostics
import Emitters
import Foundation
import IR
import Resolver

// Turns a spec's examples into a test of the code generated for it (Scripts/examples/run.sh):
//
//   specsmith-examples-harness SPEC OUTDIR
//
// writes OUTDIR/examples.json (one entry per example: the Swift type, the example's JSON, where it
// is written) and OUTDIR/main.swift, a program that imports the generated module (`Generated`),
// decodes each example into its type with a plain JSONDecoder and with the generated client's own
// coders, re-encodes it, compares the result with the example and runs the generated validator on
// it, printing one JSON line per example. The types are the ones `generate SPEC` gives with its
// default options.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

/// One example as the driver and the report read it.
struct ManifestEntry: Encodable {
    let type: String
    let example: String
    let location: String
    let subject: String
    /// Whether a plain `JSONDecoder` can be expected to read the value: a bare `Date` is only RFC
    /// 3339 text for coders told so (generated properties carry their own date coding).
    let plainCoders: Bool
    let validated: Bool
    /// `type` as the IR has it, for report.py to walk with `types.json`.
    let shape: TypeShape
}

/// A type reference as report.py reads it: {"builtin": "String"}, {"generated": "Pet.Kind"},
/// {"array": …}, {"dictionary": …}, {"optional": …}.
indirect enum TypeShape: Encodable {
    case builtin(String)
    case generated(String)
    case array(TypeShape)
    case dictionary(TypeShape)
    case optional(TypeShape)

    init(_ type: IRTypeReference) {
        switch type {
        case .builtin(let name): self = .builtin(name)
        case .generated(let path): self = .generated(path.joined(separator: "."))
        case .array(let element): self = .array(TypeShape(element))
        case .dictionary(let value): self = .dictionary(TypeShape(value))
        case .optional(let wrapped): self = .optional(TypeShape(wrapped))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .builtin(let name): try container.encode(["builtin": name])
        case .generated(let name): try container.encode(["generated": name])
        case .array(let element): try container.encode(["array": element])
        case .dictionary(let value): try container.encode(["dictionary": value])
        case .optional(let wrapped): try container.encode(["optional": wrapped])
        }
    }
}

/// What a generated type holds, for report.py to tell an example's member that no schema declares
/// (the spec's slip) from one a union dropped by decoding another alternative (the generator's).
struct TypeEntry: Encodable {
    var kind: String
    /// A struct's properties by JSON name.
    var properties: [String: TypeShape]?
    /// A struct's additional-properties value type, when it keeps undeclared members.
    var additionalProperties: TypeShape?
    /// A union's alternatives, in decoding order.
    var alternatives: [TypeShape]?
    /// An alias's target.
    var target: TypeShape?
}

func typeEntries(_ module: IRModule) -> [String: TypeEntry] {
    var entries: [String: TypeEntry] = [:]
    func collect(_ declaration: IRDeclaration, under parent: [String]) {
        let path = parent + [declaration.name]
        let key = path.joined(separator: ".")
        switch declaration {
        case .structure(let structure):
            entries[key] = TypeEntry(
                kind: "struct",
                properties: Dictionary(structure.properties.map { ($0.jsonName, TypeShape($0.type)) }, uniquingKeysWith: { first, _ in first }),
                additionalProperties: structure.additionalProperties.map { TypeShape($0.valueType) })
            structure.nested.forEach { collect($0, under: path) }
        case .union(let union):
            entries[key] = TypeEntry(kind: "union", alternatives: union.cases.map { TypeShape($0.type) })
            union.nested.forEach { collect($0, under: path) }
        case .alias(let alias):
            entries[key] = TypeEntry(kind: "alias", target: TypeShape(alias.target))
        case .enumeration:
            entries[key] = TypeEntry(kind: "enum")
        }
    }
    module.declarations.forEach { collect($0, under: []) }
    return entries
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: specsmith-examples-harness SPEC OUTDIR") }
let module: IRModule
do {
    let spec = try LoadedSpec.load(path: arguments[1])
    module = try ModelBuilder.build(spec, options: ModelOptions(enumStyle: .open)).0
} catch {
    fail("\(arguments[1]): \(error)")
}

/// The target of each generated typealias: `typealias Timestamp = Date` is a bare `Date` too.
let aliasTargets = AliasTargets(module).targets

/// Whether `type` holds a `Date` that is not inside a generated type (directly or through
/// typealiases, which cannot choose how a value on its own is coded).
func holdsBareDate(_ type: IRTypeReference, depth: Int = 0) -> Bool {
    switch type {
    case .builtin(let name): return name == "Date"
    case .generated(let path):
        guard depth < 64, let target = aliasTargets[path] else { return false }
        return holdsBareDate(target, depth: depth + 1)
    case .array(let element), .dictionary(let element), .optional(let element): return holdsBareDate(element, depth: depth)
    }
}

/// `type` in Swift, generated types qualified by the module (a spec's `Entry` is not the driver's).
func swiftType(_ type: IRTypeReference) -> String {
    switch type {
    case .builtin(let name): return name
    case .generated(let path): return "Generated." + SwiftText.typePath(path.joined(separator: ".")).text
    case .array(let element): return "[\(swiftType(element))]"
    case .dictionary(let value): return "[String: \(swiftType(value))]"
    case .optional(let wrapped): return wrapped.isOptional ? swiftType(wrapped) : swiftType(wrapped) + "?"
    }
}

/// The type the example is checked as: `type`, except that a `UUID` outside any generated type (or
/// a typealias of one) is checked as `CanonicalUUID`, the lower-case coding the generated code gives
/// it where it writes one (a struct's property, a parameter, a header). Foundation's `UUID` alone
/// writes upper case, which no generated code sends. A body that is a bare UUID (a media type's example) keeps `UUID`: the
/// client encodes it as Foundation does.
func checkedType(_ type: IRTypeReference, subject: IRExample.Subject) -> String {
    guard subject != .mediaType else { return swiftType(type) }
    switch type {
    case .builtin("UUID"): return "Generated.CanonicalUUID"
    case .array(let element): return "[\(checkedType(element, subject: subject))]"
    case .dictionary(let value): return "[String: \(checkedType(value, subject: subject))]"
    case .optional(let wrapped):
        return wrapped.isOptional ? checkedType(wrapped, subject: subject) : checkedType(wrapped, subject: subject) + "?"
    case .generated(let path) where isUUIDAlias(path): return "Generated.CanonicalUUID"
    case .builtin, .generated: return swiftType(type)
    }
}

/// Whether `path` is a typealias of `UUID` (directly or through other aliases): `typealias
/// TicketId = UUID` is coded like a bare `UUID` wherever the generated code writes one.
func isUUIDAlias(_ path: [String], depth: Int = 0) -> Bool {
    guard depth < 64, let target = aliasTargets[path] else { return false }
    switch target {
    case .builtin(let name): return name == "UUID"
    case .generated(let next): return isUUIDAlias(next, depth: depth + 1)
    default: return false
    }
}

/// The validator's schema for values of `type`: only generated types have one of their own.
func schemaExpression(for type: IRTypeReference) -> String? {
    guard case .generated(let path) = type.nonOptional else { return nil }
    let name = path.joined(separator: ".")
    guard let schema = module.validationSchemas[name] else { return nil }
    return "Generated." + ValidatorsEmitter.schemaExpression(for: name, isAlias: schema.isAlias).text
}

var entries: [ManifestEntry] = []
var checks: [String] = []
for (index, example) in module.examples.enumerated() {
    let schema = schemaExpression(for: example.type)
    entries.append(ManifestEntry(
        type: swiftType(example.type), example: example.json, location: example.location.description,
        subject: example.subject.rawValue, plainCoders: !holdsBareDate(example.type), validated: schema != nil,
        shape: TypeShape(example.type)))
    checks.append("    case \(index): check(\(checkedType(example.type, subject: example.subject)).self, schema: \(schema.map { "{ \($0) }" } ?? "nil"))")
}

// The package's coders are the generated client's; a spec without operations gets no client, and
// then the coders are made the way the client makes its own.
let packageCoders = module.operations.isEmpty
    ? """
        func packageDecoder() -> JSONDecoder {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .custom { decoder in try RFC3339DateCoding.decode(from: decoder) }
            return decoder
        }
        func packageEncoder() -> JSONEncoder {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .custom { date, encoder in try RFC3339DateCoding.encode(date, to: encoder) }
            return encoder
        }
        """
    : """
        func packageDecoder() -> JSONDecoder { APIClientConfiguration.defaultJSONDecoder() }
        func packageEncoder() -> JSONEncoder { APIClientConfiguration.defaultJSONEncoder() }
        """

let driver = """
    // Written by specsmith-examples-harness: decodes, re-encodes and validates the spec's examples.
    import Foundation
    import Generated

    struct Outcome: Encodable {
        var index: Int
        /// nil when the example round-trips; else what went wrong.
        var plain: String?
        var package: String?
        var validation: String?
    }

    struct Entry: Decodable {
        var example: String
    }

    \(packageCoders)

    /// Where two JSON values first differ, or nil when they are equal (numbers compared by value).
    func difference(_ expected: JSONValue, _ actual: JSONValue, at path: String) -> String? {
        switch (expected, actual) {
        case (.object(let left), .object(let right)):
            for key in Set(left.keys).union(right.keys).sorted() {
                guard let l = left[key] else { return "\\(path).\\(key): not in the example, but written back as \\(text(right[key] ?? .null))" }
                guard let r = right[key] else { return "\\(path).\\(key): \\(text(l)) in the example, but not written back" }
                if let found = difference(l, r, at: "\\(path).\\(key)") { return found }
            }
            return nil
        case (.array(let left), .array(let right)):
            guard left.count == right.count else { return "\\(path): \\(left.count) items, written back as \\(right.count)" }
            for (offset, pair) in zip(left, right).enumerated() {
                if let found = difference(pair.0, pair.1, at: "\\(path)[\\(offset)]") { return found }
            }
            return nil
        case (.string(let left), .string(let right)) where left != right:
            // A date-time is written back in one canonical form (UTC, a fraction only when there is
            // one): the same instant is the same value. A string property is never rewritten, so
            // this hides nothing but Date's formatting.
            if let leftDate = instant(left), let rightDate = instant(right), abs(leftDate.timeIntervalSince(rightDate)) < 0.000_5 {
                return nil
            }
            return "\\(path): \\(text(expected)) written back as \\(text(actual))"
        default:
            if let left = expected.doubleValue, let right = actual.doubleValue {
                return left == right ? nil : "\\(path): \\(text(expected)) written back as \\(text(actual))"
            }
            return expected == actual ? nil : "\\(path): \\(text(expected)) written back as \\(text(actual))"
        }
    }

    /// The instant an RFC 3339 date-time names, with or without a fraction; nil for other text.
    func instant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    func text(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data()
        let string = String(decoding: data, as: UTF8.self)
        return string.count > 120 ? String(string.prefix(117)) + "..." : string
    }

    func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\\(error)" }
        func path(_ keys: [any CodingKey]) -> String {
            "$" + keys.map { $0.intValue.map { "[\\($0)]" } ?? ".\\($0.stringValue)" }.joined()
        }
        switch error {
        case .typeMismatch(let type, let context): return "\\(path(context.codingPath)): expected \\(type): \\(context.debugDescription)"
        case .valueNotFound(let type, let context): return "\\(path(context.codingPath)): no \\(type) value: \\(context.debugDescription)"
        case .keyNotFound(let key, let context): return "\\(path(context.codingPath + [key])): required, but missing"
        case .dataCorrupted(let context): return "\\(path(context.codingPath)): \\(context.debugDescription)"
        @unknown default: return "\\(error)"
        }
    }

    func roundTrip<T: Codable>(_ type: T.Type, _ data: Data, _ expected: JSONValue, _ decoder: JSONDecoder, _ encoder: JSONEncoder) -> String? {
        let value: T
        do { value = try decoder.decode(T.self, from: data) } catch { return "decoding: " + describe(error) }
        let written: Data
        do { written = try encoder.encode(value) } catch { return "encoding: \\(error)" }
        guard let actual = try? JSONDecoder().decode(JSONValue.self, from: written) else { return "encoding: not JSON" }
        return difference(expected, actual, at: "$").map { "re-encoded differently: " + $0 }
    }

    let entries = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1])))
    var current = 0
    var output = Data()

    func check<T: Codable>(_ type: T.Type, schema: (() -> JSONSchema)?) {
        var outcome = Outcome(index: current)
        let data = Data(entries[current].example.utf8)
        guard let expected = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            outcome.plain = "the example is not JSON"
            outcome.package = outcome.plain
            return finish(outcome)
        }
        outcome.plain = roundTrip(T.self, data, expected, JSONDecoder(), JSONEncoder())
        outcome.package = roundTrip(T.self, data, expected, packageDecoder(), packageEncoder())
        if let schema, expected != .null {
            let violations = schema().violations(json: expected)
            if !violations.isEmpty { outcome.validation = violations.map(\\.description).joined(separator: "; ") }
        }
        finish(outcome)
    }

    func finish(_ outcome: Outcome) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        output += (try? encoder.encode(outcome)) ?? Data()
        output += Data("\\n".utf8)
    }

    for index in entries.indices {
        current = index
        switch index {
    \(checks.joined(separator: "\n"))
        default: break
        }
    }
    FileHandle.standardOutput.write(output)

    """

let folder = URL(fileURLWithPath: arguments[2])
do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try encoder.encode(entries).write(to: folder.appendingPathComponent("examples.json"))
    try encoder.encode(typeEntries(module)).write(to: folder.appendingPathComponent("types.json"))
    try Data(driver.utf8).write(to: folder.appendingPathComponent("main.swift"))
    // What the corpus table shows beside the examples: operations, and types (nested ones and typealiases included).
    try encoder.encode(["operations": module.operations.count, "types": module.validationSchemas.count])
        .write(to: folder.appendingPathComponent("stats.json"))
} catch {
    fail("cannot write to \(arguments[2]): \(error)")
}
