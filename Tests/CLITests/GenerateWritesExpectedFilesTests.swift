import Foundation
import Testing

/// `generate SPEC --output DIR` writes exactly the golden files of the Pictify fixture.
@Suite struct GenerateWritesExpectedFilesTests {
    @Test func writesTheGoldenFiles() throws {
        let temp = try TemporaryDirectory()
        let result = try CLI.run([PackagePaths.pictifySpec.path, "--output", temp.path("out")], in: temp)

        #expect(result.status == 0, "\(result)")
        #expect(temp.files(under: "out") == PackagePaths.pictifyFiles)
        for file in PackagePaths.pictifyFiles {
            let expected = try String(contentsOf: PackagePaths.pictifyExpected.appendingPathComponent(file), encoding: .utf8)
            let actual = try temp.read("out/\(file)")
            let identical = actual == expected
            #expect(identical, "out/\(file) differs from Fixtures/pictify-bindings/Expected/\(file) \(Self.firstDifference(expected, actual))")
        }
        #expect(result.stdout.contains("\(PackagePaths.pictifyFiles.count) added, 0 changed, 0 removed"), "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    /// Where two texts first differ, as a line number and both lines, to keep failures short.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let wanted = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let found = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if wanted != found { return "at line \(index + 1): expected '\(wanted)', found '\(found)'" }
        }
        return ""
    }
}
