import Diagnostics
import Emitters
import Foundation
import Generator
import RuntimeSources
import Testing

/// Regenerates every fixture under `Fixtures/` in memory and compares it with its `Expected/`
/// folder, file by file. The expected files are also compiled (and exercised) as targets of
/// this package, see `Tests/GeneratedCodeTests`.
///
/// To accept a change in generated code, re-record with
/// `SPECSMITH_RECORD=1 swift test --filter GoldenTests`, then review and commit the diff.
///
/// The runtime files (`Support.swift`, `ClientSupport.swift`, `ValidationSupport.swift`) are
/// `Sources/SpecsmithRuntime` copied as it is (checked by `RuntimeFileTests`), so the goldens hold
/// no copy of them: each fixture's `Expected/Runtime` links to those sources, which its target
/// compiles beside the generated code.
@Suite struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["SPECSMITH_RECORD"] == "1"

    @Test(arguments: try FixturePaths.goldenFixtures().map(\.name))
    func generatedCodeMatchesExpected(fixture: String) throws {
        let fixtures = try FixturePaths.goldenFixtures()
        let found = try #require(fixtures.first { $0.name == fixture })
        let generation = try SpecsmithGenerator.generate(specPath: found.spec.path)
        let folder = OutputFolder(path: found.expected.path)
        let files = generation.files.filter { !Self.isRuntime($0) }
        #expect(files.count < generation.files.count, "\(fixture) generated no runtime file")
        if Self.recording {
            try folder.write(files)
            let link = found.expected.appendingPathComponent("Runtime")
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == nil {
                try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: Self.runtimeLink)
            }
            print("recorded \(files.count) files for \(fixture)")
            return
        }
        let changes = try folder.changes(for: files)
        #expect(changes.added.isEmpty, "missing expected files in \(fixture): \(changes.added)")
        #expect(changes.removed.isEmpty, "expected files no longer generated in \(fixture): \(changes.removed)")
        for path in changes.changed {
            let expected = try String(contentsOf: found.expected.appendingPathComponent(path), encoding: .utf8)
            let actual = generation.files.first { $0.path == path }?.contents ?? ""
            Issue.record("\(fixture)/\(path) differs from the expected file; first difference: \(firstDifference(expected, actual)). Re-record with SPECSMITH_RECORD=1 if intended.")
        }
        #expect(!generation.files.isEmpty)
    }

    @Test func goldensCompileTheRuntimeSources() throws {
        for fixture in try FixturePaths.goldenFixtures() {
            let link = fixture.expected.appendingPathComponent("Runtime").path
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == Self.runtimeLink, "\(fixture.name)")
            for group in RuntimeSources.groups {
                #expect(!FileManager.default.fileExists(atPath: fixture.expected.appendingPathComponent(group.fileName).path),
                        "\(fixture.name)/Expected/\(group.fileName) is a copy of the runtime")
            }
        }
    }

    static let runtimeLink = "../../../Sources/SpecsmithRuntime"

    static func isRuntime(_ file: GeneratedFile) -> Bool {
        RuntimeSources.groups.contains { $0.fileName == file.path }
    }

    @Test func generationIsDeterministic() throws {
        for fixture in try FixturePaths.goldenFixtures() {
            let first = try SpecsmithGenerator.generate(specPath: fixture.spec.path)
            let second = try SpecsmithGenerator.generate(specPath: fixture.spec.path)
            #expect(first.files == second.files, "\(fixture.name) generated different output twice")
        }
    }

    private func firstDifference(_ expected: String, _ actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (left, right)) in zip(expectedLines, actualLines).enumerated() where left != right {
            return "line \(index + 1): expected `\(left)`, generated `\(right)`"
        }
        return "expected \(expectedLines.count) lines, generated \(actualLines.count)"
    }
}
