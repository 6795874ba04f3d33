import Foundation
import Testing

/// `--enum-style frozen` turns open enums into plain raw-value enums.
@Suite struct EnumStyleOptionTests {
    @Test func frozenStatusHasStringRawValueAndNoUnknownCase() throws {
        let temp = try TemporaryDirectory()
        let result = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--enum-style", "frozen"], in: temp)
        try #require(result.status == 0, "\(result)")

        let binding = try temp.read("out/Models/Binding.swift")
        let status = try #require(Self.declaration(named: "enum Status", in: binding), "no Status enum:\n\(binding)")
        #expect(status.first?.contains("enum Status: String") == true, "\(status.first ?? "")")
        #expect(!status.contains { $0.contains("unknown") }, "frozen enum keeps unknown values:\n\(status.joined(separator: "\n"))")
        #expect(status.contains { $0.contains("case active = \"active\"") })
        try expectCompiles("out", in: temp)
    }

    @Test func openStatusKeepsUnknownValues() throws {
        let temp = try TemporaryDirectory()
        let result = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--enum-style", "open"], in: temp)
        try #require(result.status == 0, "\(result)")

        let status = try #require(Self.declaration(named: "enum Status", in: try temp.read("out/Models/Binding.swift")))
        #expect(status.contains { $0.contains("case unknown(String)") })
    }

    /// The lines of the declaration whose first line contains `name`, up to its closing brace.
    static func declaration(named name: String, in text: String) -> [String]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.contains(name) }) else { return nil }
        let indent = lines[start].prefix { $0 == " " }
        guard let end = lines[start...].firstIndex(where: { $0 == indent + "}" }) else { return nil }
        return Array(lines[start...end])
    }
}
