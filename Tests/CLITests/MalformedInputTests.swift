import Foundation
import Testing

/// Every malformed input fails fast, with one located error, no crash and no output.
@Suite struct MalformedInputTests {
    @Test(arguments: MalformedSpec.all)
    func rejectedWithOneLocatedError(spec: MalformedSpec) throws {
        let temp = try TemporaryDirectory()
        if let contents = spec.contents {
            try temp.write(contents, to: spec.fileName)
        }

        let result = try CLI.run([spec.fileName, "--output", "out"], in: temp)

        #expect(result.status == 1, "\(result)")
        #expect(result.duration < 1, "took \(result.duration) s")
        let first = try #require(result.stderrLines.first.flatMap(DiagnosticLine.init), "first stderr line is not file:line:column: \(result)")
        #expect(first.file == spec.fileName)
        #expect(first.severity == "error")
        #expect(first.line == spec.line && first.column == spec.column, "error at \(first.line):\(first.column), expected \(spec.line):\(spec.column): \(first)")
        #expect(first.message.contains(spec.message), "\(first)")
        let diagnostics = result.stderrLines.compactMap(DiagnosticLine.init)
        #expect(diagnostics.count == result.stderrLines.count, "stderr has lines that are not diagnostics: \(result)")
        #expect(diagnostics.filter { $0.severity == "error" }.count == 1, "\(result)")
        for crash in ["Fatal error", "fatalError", "Trace/breakpoint", "Illegal instruction", "backtrace", "Stack dump", "Segmentation fault"] {
            #expect(!result.stderr.contains(crash), "\(crash): \(result)")
        }
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(!temp.exists("out"), "an output folder was created")
    }
}
