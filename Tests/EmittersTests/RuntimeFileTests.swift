import Emitters
import Foundation
import RuntimeSources
import Testing

/// The runtime ships as it is compiled and tested here: the embedded text is the source text,
/// every source file is embedded, and the access rewrite reaches every declaration.
@Suite struct RuntimeFileTests {
    static let runtimeFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/SpecsmithRuntime")

    static var sourcePaths: [String] {
        let enumerator = FileManager.default.enumerator(atPath: runtimeFolder.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".swift") { paths.append(path) }
        }
        return paths.sorted()
    }

    @Test func everyRuntimeFileIsEmbeddedOnce() {
        let embedded = RuntimeSources.groups.flatMap { $0.files.map(\.path) }
        #expect(embedded.sorted() == Self.sourcePaths, "Package.swift's runtimeFiles and Sources/RuntimeSources must list every runtime file")
        #expect(Set(embedded).count == embedded.count)
    }

    @Test func embeddedTextIsTheSourceText() throws {
        for group in RuntimeSources.groups {
            for file in group.files {
                let source = try String(contentsOf: Self.runtimeFolder.appendingPathComponent(file.path), encoding: .utf8)
                #expect(source == file.text, "\(file.path) is stale in the build")
            }
        }
    }

    @Test func everyFileStartsWithItsGroupsImports() {
        for group in RuntimeSources.groups {
            for file in group.files {
                #expect(file.text.hasPrefix(group.imports), "\(file.path) must start with the imports of \(group.fileName)")
                #expect(!file.text.dropFirst(group.imports.count).contains("\nimport "), "\(file.path) imports more than its group")
            }
        }
    }

    /// The rewrite only looks at the first word of a line, so `public` anywhere else in the runtime
    /// (after an attribute, in a string) would escape it.
    @Test func publicOnlyStartsLines() {
        for group in RuntimeSources.groups {
            for file in group.files {
                for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let trimmed = line.drop { $0 == " " }
                    let words = line.split { !($0.isLetter || $0.isNumber || $0 == "_") }
                    if words.contains("public") {
                        #expect(trimmed.hasPrefix("public "), "\(file.path):\(number + 1): 'public' must begin the line: \(line)")
                    }
                }
            }
        }
    }

    @Test func accessRewriteReplacesTheLeadingWordOnly() {
        let text = "public struct A {\n    public var publicKey: String\n    // public in a comment\n    let x = 1\n}\n"
        #expect(RuntimeFile.rewriteAccess(text, to: .package)
            == "package struct A {\n    package var publicKey: String\n    // public in a comment\n    let x = 1\n}\n")
        #expect(RuntimeFile.rewriteAccess(text, to: .internal)
            == "internal struct A {\n    internal var publicKey: String\n    // public in a comment\n    let x = 1\n}\n")
        #expect(RuntimeFile.rewriteAccess(text, to: .public) == text)
    }

    @Test func outputIsTheHeaderTheImportsAndEveryFileInOrder() {
        let file = RuntimeFile.render(.support, access: .public, header: "// header\n\n")
        #expect(file.path == "Support.swift")
        #expect(file.contents.hasPrefix("// header\n\nimport Foundation\n\n// MARK: - JSONValue\n"))
        var position = file.contents.startIndex
        for source in RuntimeSources.Group.support.files {
            let body = source.text.dropFirst(RuntimeSources.Group.support.imports.count)
            let range = file.contents.range(of: body, range: position..<file.contents.endIndex)
            #expect(range != nil, "\(source.path) is not in Support.swift in order")
            position = range?.upperBound ?? position
        }
        #expect(file.contents.components(separatedBy: "import Foundation\n").count == 2, "imports once")
    }
}
