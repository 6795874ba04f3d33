import Foundation
import IR
import Testing

/// The names the brief calls awkward, plus the ones the rules were designed around.
private let awkwardNames: [String] = [
    "serve_stale", "X-RateLimit-Limit", "123start", "@type", "x-y.z", "class", "for", "in",
    "default", "self", "Type", "Protocol", "$ref", "_links", "__private", "user-id", "ETag",
    "HTTPMethod", "snake_case_name", "kebab-case-name", "SCREAMING_SNAKE", "camelCase",
    "PascalCase", "", "   ", "名前", "café", "cafe\u{301}", "GET", "api_key", "URLString", "userID",
    "ttlSeconds", "renderUrl", "application/json", "-1", "+1", "1", "1.5", "PNG", "*", ">=", "_",
    "🚀", "🚀launch", "x\u{200B}y", "\u{301}accent", "名前_テスト", "Éclair", "straße", "Ωmega",
    "привет", "नमस्ते", "x²", "v1.2", "IDs", "data", "String", "CodingKeys", "init", "none",
]

/// Every Swift keyword, reserved or contextual, so the compile check covers them all.
private let swiftKeywords: [String] = [
    "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension",
    "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open",
    "operator", "package", "private", "precedencegroup", "protocol", "public", "rethrows",
    "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
    "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
    "return", "switch", "throw", "where", "while", "Any", "as", "await", "false", "is", "nil",
    "self", "Self", "super", "throws", "true", "try", "_", "associativity", "convenience",
    "didSet", "dynamic", "final", "get", "indirect", "infix", "lazy", "left", "mutating", "none",
    "nonmutating", "optional", "override", "postfix", "precedence", "prefix", "Protocol",
    "required", "right", "set", "some", "any", "Type", "unowned", "weak", "willSet", "async",
    "actor", "macro", "each", "consume", "copy", "discard", "then", "sending", "isolated",
]

private let allNames = awkwardNames + swiftKeywords + SwiftName.clashingTypeNames.sorted()

@Suite struct NamingTests {
    @Test(arguments: [
        ("serve_stale", "serveStale"), ("X-RateLimit-Limit", "xRateLimitLimit"),
        ("123start", "_123start"), ("@type", "type"), ("x-y.z", "xYZ"), ("class", "class"),
        ("for", "for"), ("in", "in"), ("default", "default"), ("self", "self_"), ("Type", "type"),
        ("Protocol", "protocol"), ("$ref", "ref"), ("_links", "links"), ("__private", "private"),
        ("user-id", "userID"), ("ETag", "eTag"), ("HTTPMethod", "httpMethod"),
        ("snake_case_name", "snakeCaseName"), ("kebab-case-name", "kebabCaseName"),
        ("SCREAMING_SNAKE", "screamingSnake"), ("camelCase", "camelCase"),
        ("PascalCase", "pascalCase"), ("", "_empty"), ("   ", "_empty"), ("名前", "名前"),
        ("café", "café"), ("cafe\u{301}", "café"), ("GET", "get"), ("api_key", "apiKey"),
        ("URLString", "urlString"), ("userID", "userID"), ("ttlSeconds", "ttlSeconds"),
        ("renderUrl", "renderUrl"), ("IDs", "ids"), ("X-API-Key", "xAPIKey"),
        ("X-API-KEY", "xAPIKey"), ("Content-Type", "contentType"), ("v1.2", "v1_2"),
        ("名前_テスト", "名前_テスト"), ("+", "plus"), (">=", "greaterThanEquals"), ("_", "underscore"),
        ("🚀", "u1F680"), ("🚀launch", "launch"), ("x\u{200B}y", "xY"), ("\u{301}accent", "accent"),
        ("Éclair", "éclair"), ("straße", "straße"), ("UTF8String", "utf8String"), ("x²", "x²"),
        ("-1", "_1"), ("init", "init"), ("user id", "userID"),
    ])
    func property(specName: String, expected: String) {
        #expect(SwiftName.property(specName) == expected)
    }

    @Test(arguments: [
        ("serve_stale", "serveStale"), ("GET", "get"), ("PNG", "png"), ("1", "_1"),
        ("-1", "negative1"), ("", "empty"), ("+1", "plus1"), ("1.5", "_1_5"),
        ("-1.5", "negative1_5"), (" -2", "negative2"), ("-", "minus"), ("-foo", "foo"),
        ("*", "asterisk"), ("image/png", "imagePng"), ("application/json", "applicationJSON"),
        ("self", "self_"), ("none", "none"), ("   ", "empty"), ("2xx", "_2xx"), ("ttl", "ttl"),
        ("in_progress", "inProgress"), ("IN_PROGRESS", "inProgress"),
    ])
    func enumCase(value: String, expected: String) {
        #expect(SwiftName.enumCase(value) == expected)
    }

    @Test(arguments: [
        ("dataSource", "DataSource"), ("refresh_policy", "RefreshPolicy"), ("binding", "Binding"),
        ("application/json", "ApplicationJSON"), ("123start", "_123start"), ("Type", "TypeModel"),
        ("type", "TypeModel"), ("@type", "TypeModel"), ("self", "SelfModel"),
        ("Protocol", "ProtocolModel"), ("class", "Class"), ("String", "StringModel"),
        ("data", "DataModel"), ("error", "ErrorModel"), ("url", "URLModel"), ("Url", "Url"),
        ("CodingKeys", "CodingKeysModel"), ("ETag", "ETag"), ("HTTPMethod", "HTTPMethod"),
        ("user-id", "UserID"), ("id_token", "IDToken"), ("SCREAMING_SNAKE", "ScreamingSnake"),
        ("", "_Empty"), ("   ", "_Empty"), ("名前", "名前"), ("café", "Café"), ("$ref", "Ref"),
        ("_links", "Links"), ("__private", "Private"), ("serve_stale", "ServeStale"),
        ("X-RateLimit-Limit", "XRateLimitLimit"), ("x-y.z", "XYZ"), ("for", "For"),
        ("in", "In"), ("default", "Default"), ("kebab-case-name", "KebabCaseName"),
        ("camelCase", "CamelCase"), ("PascalCase", "PascalCase"), ("*/*", "AsteriskSlashAsterisk"),
    ])
    func type(specName: String, expected: String) {
        #expect(SwiftName.type(specName) == expected)
    }

    @Test(arguments: [
        ("class", SwiftName.Position.member, "`class`"), ("for", .member, "`for`"),
        ("in", .member, "`in`"), ("default", .member, "`default`"), ("init", .member, "`init`"),
        ("subscript", .member, "`subscript`"), ("true", .member, "`true`"),
        ("await", .member, "`await`"), ("Any", .member, "`Any`"), ("Self", .member, "`Self`"),
        ("self", .member, "self_"), ("Type", .member, "Type_"), ("Protocol", .member, "Protocol_"),
        ("type", .member, "type"), ("get", .member, "get"), ("some", .member, "some"),
        ("serveStale", .member, "serveStale"),
        ("class", .argumentLabel, "class"), ("in", .argumentLabel, "in"),
        ("inout", .argumentLabel, "`inout`"), ("self", .argumentLabel, "self_"),
        ("Type", .type, "TypeModel"), ("Protocol", .type, "ProtocolModel"),
        ("Self", .type, "SelfModel"), ("Any", .type, "AnyModel"), ("Binding", .type, "Binding"),
        ("class", .type, "`class`"),
    ])
    func escapedIfReserved(identifier: String, position: SwiftName.Position, expected: String) {
        #expect(SwiftName.escapedIfReserved(identifier, as: position) == expected)
    }

    @Test func everyResultIsAValidIdentifier() {
        for name in allNames {
            for (produced, position) in [
                (SwiftName.property(name), SwiftName.Position.member),
                (SwiftName.enumCase(name), .member),
                (SwiftName.type(name), .type),
            ] {
                #expect(SwiftName.isValidIdentifier(produced), "\(name) → \(produced)")
                let escaped = SwiftName.escapedIfReserved(produced, as: position)
                let bare = escaped.hasPrefix("`") ? String(escaped.dropFirst().dropLast()) : escaped
                #expect(SwiftName.isValidIdentifier(bare), "\(name) → \(escaped)")
            }
        }
    }

    @Test func resultsAreDeterministic() {
        let first = allNames.map { [SwiftName.property($0), SwiftName.enumCase($0), SwiftName.type($0)] }
        let second = allNames.map { [SwiftName.property($0), SwiftName.enumCase($0), SwiftName.type($0)] }
        #expect(first == second)
        // Canonically equivalent spellings are one name, byte for byte.
        #expect(Array(SwiftName.property("cafe\u{301}").utf8) == Array(SwiftName.property("caf\u{E9}").utf8))

        func claimAll() -> [String] {
            var namer = UniqueNamer()
            return allNames.map { namer.claim(SwiftName.property($0)) }
        }
        #expect(claimAll() == claimAll())
    }

    @Test func uniqueNamerSuffixesClashesInSpecOrder() {
        var namer = UniqueNamer()
        let names = ["foo_bar", "fooBar", "foo-bar"].map { namer.claim(SwiftName.property($0)) }
        #expect(names == ["fooBar", "fooBar2", "fooBar3"])
        #expect(namer.isTaken("fooBar3"))
        #expect(!namer.isTaken("fooBar4"))
    }

    @Test func uniqueNamerSkipsSuffixesAlreadyTaken() {
        var namer = UniqueNamer()
        #expect(namer.claim("fooBar2") == "fooBar2")
        #expect(namer.claim("fooBar") == "fooBar")
        #expect(namer.claim("fooBar") == "fooBar3")
        #expect(namer.claim("v1") == "v1")
        #expect(namer.claim("v1") == "v1_2")
    }

    @Test func uniqueNamerHonoursReservedNames() {
        var namer = UniqueNamer(reserved: ["CodingKeys", "Outer"])
        #expect(namer.isTaken("CodingKeys"))
        #expect(!namer.isTaken("Inner"))
        #expect(namer.claim("CodingKeys") == "CodingKeys2")
        #expect(namer.claim("Outer") == "Outer2")
        #expect(namer.claim("Inner") == "Inner")
        #expect(namer.isTaken("Inner"))
    }

    /// Proves validity the only way that counts: the compiler accepts every produced name, in
    /// every position generated code puts it, without a warning.
    @Test func producedIdentifiersCompile() throws {
        guard let swiftc = Self.findSwiftc() else {
            print("NamingTests: swiftc not found; skipping the compile check of generated identifiers")
            return
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("specsmith-naming-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("Names.swift")
        try CompileFixture(names: allNames).source.write(to: file, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = swiftc
        process.arguments = ["-typecheck", "-swift-version", "6", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // Read before waiting: a full pipe would otherwise block the compiler forever.
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(!output.contains("warning:"), "\(output)")
    }

    private static func findSwiftc() -> URL? {
        let fileManager = FileManager.default
        let preferred = "/opt/swift/usr/bin/swiftc"
        if fileManager.isExecutableFile(atPath: preferred) { return URL(fileURLWithPath: preferred) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/swiftc"
            if fileManager.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }
}

/// A Swift file that declares and uses every produced name the way generated code does.
private struct CompileFixture {
    /// (spec name, unescaped Swift name) pairs, unique per scope as the generator would make them.
    private var properties: [(spec: String, name: String)] = []
    private var cases: [(value: String, name: String)] = []
    private var types: [String] = []

    init(names: [String]) {
        // Canonically equivalent spellings are the same Swift string, and would be duplicate raw values.
        var seen = Set<String>()
        let distinct = names.filter { seen.insert($0).inserted }
        // Properties and nested types of `Names` share one namespace; `CodingKeys` and the
        // type's own name are taken; the properties that prove no nested type hides a
        // standard type are claimed first.
        var members = UniqueNamer(reserved: ["CodingKeys", "Names"])
        for (name, _) in Self.standardProperties { _ = members.claim(name) }
        properties = distinct.map { ($0, members.claim(SwiftName.property($0))) }
        types = distinct.map { members.claim(SwiftName.type($0)) }
        var caseNamer = UniqueNamer()
        cases = distinct.map { ($0, caseNamer.claim(SwiftName.enumCase($0))) }
    }

    private static let standardProperties = [
        ("standardString", "String"), ("standardInt", "Int"), ("standardDouble", "Double"),
        ("standardBool", "Bool"), ("standardDate", "Date"), ("standardURL", "URL"),
        ("standardUUID", "UUID"), ("standardData", "Data"), ("standardArray", "Array<Int>"),
        ("standardDictionary", "Dictionary<String, Int>"), ("standardOptional", "Optional<Int>"),
    ]

    var source: String {
        let member = { (name: String) in SwiftName.escapedIfReserved(name, as: .member) }
        let label = { (name: String) in SwiftName.escapedIfReserved(name, as: .argumentLabel) }
        let type = { (name: String) in SwiftName.escapedIfReserved(name, as: .type) }
        var lines = ["import Foundation", ""]

        lines.append("struct Names: Codable, Hashable, Sendable {")
        for (name, swiftType) in Self.standardProperties { lines.append("    var \(name): \(swiftType)") }
        for property in properties { lines.append("    var \(member(property.name)): Int") }
        lines.append("")
        lines.append("    enum CodingKeys: String, CodingKey {")
        for (name, _) in Self.standardProperties { lines.append("        case \(name)") }
        for property in properties {
            lines.append("        case \(member(property.name)) = \(Self.literal(property.spec))")
        }
        lines.append("    }")
        lines.append("")
        let parameters = Self.standardProperties.map { "\($0.0): \($0.1)" }
            + properties.map { "\(member($0.name)): Int" }
        lines.append("    init(\(parameters.joined(separator: ", "))) {")
        for (name, _) in Self.standardProperties { lines.append("        self.\(name) = \(name)") }
        for property in properties { lines.append("        self.\(member(property.name)) = \(member(property.name))") }
        lines.append("    }")
        lines.append("")
        for name in types {
            lines.append("    struct \(type(name)): Codable, Hashable, Sendable { var value: Int }")
        }
        lines.append("}")
        lines.append("")

        lines.append("func readAll(_ names: Names) -> [Int] {")
        lines.append("    [")
        for property in properties { lines.append("        names.\(member(property.name)),") }
        lines.append("    ]")
        lines.append("}")
        lines.append("")
        lines.append("func keyPaths() -> [KeyPath<Names, Int>] {")
        lines.append("    [")
        for property in properties { lines.append("        \\Names.\(member(property.name)),") }
        lines.append("    ]")
        lines.append("}")
        lines.append("")
        lines.append("func makeNames() -> Names {")
        let arguments = [
            "standardString: \"\"", "standardInt: 0", "standardDouble: 0", "standardBool: false",
            "standardDate: Date()", "standardURL: URL(fileURLWithPath: \"/\")", "standardUUID: UUID()",
            "standardData: Data()", "standardArray: []", "standardDictionary: [:]", "standardOptional: nil",
        ] + properties.map { "\(label($0.name)): 0" }
        lines.append("    Names(\(arguments.joined(separator: ", ")))")
        lines.append("}")
        lines.append("")
        lines.append("func makeNested() -> [any Sendable] {")
        lines.append("    [")
        for name in types { lines.append("        Names.\(type(name))(value: 0),") }
        lines.append("    ]")
        lines.append("}")
        lines.append("")

        lines.append("enum Cases: String, Codable, Hashable, Sendable, CaseIterable {")
        for enumCase in cases { lines.append("    case \(member(enumCase.name)) = \(Self.literal(enumCase.value))") }
        lines.append("}")
        lines.append("")
        lines.append("func allCases() -> [Cases] {")
        lines.append("    [")
        for enumCase in cases { lines.append("        .\(member(enumCase.name)), Cases.\(member(enumCase.name)),") }
        lines.append("    ]")
        lines.append("}")
        lines.append("")
        lines.append("func index(of value: Cases) -> Int {")
        lines.append("    switch value {")
        for (index, enumCase) in cases.enumerated() { lines.append("    case .\(member(enumCase.name)): \(index)") }
        lines.append("    }")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Swift string literal for any string; non-ASCII is written as `\u{…}` so that
    /// decomposed spellings survive any editor or file-system normalisation.
    private static func literal(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case " "..."~": result.unicodeScalars.append(scalar)
            default: result += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return result + "\""
    }
}
