import Foundation
import Testing

/// Command-line mistakes exit 64 with a compiler-style one-liner, not a usage dump.
@Suite struct CommandLineErrorTests {
    static let usageMarkers = ["USAGE:", "OPTIONS:", "ARGUMENTS:"]

    private func run(_ arguments: [String]) throws -> CLIResult {
        let temp = try TemporaryDirectory()
        let result = try CLI.run(arguments, in: temp)
        #expect(!temp.exists("out"), "a bad command line wrote output")
        return result
    }

    @Test func unknownFlag() throws {
        let result = try run([PackagePaths.pictifySpec.path, "--output", "out", "--frobnicate"])

        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("generate: error:"), "\(result)")
        #expect(result.stderrLines.first?.contains("--frobnicate") == true, "\(result)")
        for marker in Self.usageMarkers {
            #expect(!result.stderr.contains(marker) && !result.stdout.contains(marker), "usage dump: \(result)")
        }
    }

    @Test func missingOutput() throws {
        let result = try run([PackagePaths.pictifySpec.path])

        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("generate: error:"), "\(result)")
        #expect(result.stderrLines.first?.contains("--output") == true, "\(result)")
    }

    @Test func missingSpec() throws {
        let result = try run(["--output", "out"])

        #expect(result.status == 64, "\(result)")
        #expect(result.stderrLines.first?.contains("<spec>") == true, "\(result)")
    }

    @Test func badAccessLevelNamesTheAllowedValues() throws {
        let result = try run([PackagePaths.pictifySpec.path, "--output", "out", "--access", "private"])

        #expect(result.status == 64, "\(result)")
        let message = try #require(result.stderrLines.first)
        #expect(message.hasPrefix("generate: error:") && message.contains("'private'"), "\(result)")
        for value in ["public", "package", "internal"] {
            #expect(message.contains(value), "\(value) not named: \(message)")
        }
    }

    @Test func badEnumStyleNamesTheAllowedValues() throws {
        let result = try run([PackagePaths.pictifySpec.path, "--output", "out", "--enum-style", "loose"])

        #expect(result.status == 64, "\(result)")
        let message = try #require(result.stderrLines.first)
        #expect(message.hasPrefix("generate: error:") && message.contains("'loose'"), "\(result)")
        for value in ["open", "frozen"] {
            #expect(message.contains(value), "\(value) not named: \(message)")
        }
    }
}
