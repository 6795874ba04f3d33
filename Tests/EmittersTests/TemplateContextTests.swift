import Foundation
import Testing

/// What templates receive is Swift text made by `SwiftText`, a flag, or a list of contexts: a
/// `String` field in a context would let spec text reach a template unescaped.
@Suite struct TemplateContextTests {
    static let emitters = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Emitters")

    @Test func contextsHoldNoPlainStrings() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.emitters.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix("Contexts.swift") }
        #expect(files.count >= 3, "\(files)")
        for file in files {
            let text = try String(contentsOf: Self.emitters.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n").enumerated() where line.contains("let ") {
                let type = line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                #expect(!["String", "[String]", "String?", "Substring"].contains(type), "\(file):\(number + 1): \(line)")
            }
        }
    }

    /// Templates look values up through `value(_:)` (plans directly, swift-mustache through
    /// `child(named:)`): a stored property without its case there would silently render as nothing.
    @Test func everyContextFieldCanBeLookedUp() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.emitters.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix("Contexts.swift") }
        for file in files {
            let text = try String(contentsOf: Self.emitters.appendingPathComponent(file), encoding: .utf8)
            var structName: Substring?
            var fields: [Substring: [Substring]] = [:]
            for line in text.split(separator: "\n") {
                if line.hasPrefix("struct ") { structName = line.dropFirst("struct ".count).prefix { $0 != " " } }
                if line == "}" { structName = nil }
                if let structName, line.hasPrefix("    let ") || line.hasPrefix("    var ") {
                    fields[structName, default: []].append(line.dropFirst(8).prefix { $0 != ":" })
                }
            }
            #expect(!fields.isEmpty, "\(file) declares no contexts")
            for (name, members) in fields {
                #expect(text.contains("extension \(name): TemplateContext {"), "\(file): \(name) has no value(_:)")
                for member in members {
                    #expect(text.contains("case .\(member): TemplateValue(self.\(member))\n"), "\(file): \(name).\(member) cannot be looked up")
                }
            }
        }
    }
}
