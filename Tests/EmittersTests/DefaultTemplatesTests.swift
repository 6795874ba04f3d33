import DefaultTemplates
import Foundation
import Testing

/// The templates compiled into the tool are exactly the files in `Templates/`: a template added
/// to the folder but not to `defaultTemplates` in Package.swift would silently not ship.
@Suite struct DefaultTemplatesTests {
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    @Test func everyTemplateFileIsEmbedded() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.templatesFolder.path)
            .filter { $0.hasSuffix(".mustache") }
            .map { String($0.dropLast(".mustache".count)) }
        #expect(Set(files) == Set(DefaultTemplates.all.keys))
    }

    @Test func embeddedTextIsTheFileText() throws {
        for (name, text) in DefaultTemplates.all {
            let file = Self.templatesFolder.appendingPathComponent(name + ".mustache")
            #expect(try String(contentsOf: file, encoding: .utf8) == text, "\(name) is stale in the build")
        }
    }
}
