import Foundation
import Testing

/// `--help` documents every option and succeeds.
@Suite struct HelpTests {
    @Test func helpMentionsEveryOption() throws {
        let temp = try TemporaryDirectory()

        let result = try CLI.run(["--help"], in: temp)

        #expect(result.status == 0, "\(result)")
        for option in ["--output", "--check", "--access", "--enum-style", "--templates", "--quiet"] {
            #expect(result.stdout.contains(option), "\(option) missing from --help")
        }
        #expect(result.stdout.contains("Exit status"), "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }
}
