import Foundation
import Testing

/// The tests run the `generate` built with them, not a stale one from another build folder.
@Suite struct GenerateBinaryTests {
    @Test func binaryIsBesideTheTestProduct() throws {
        let binary = try GenerateBinary.url()
        let launched = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        // On Linux the test product is the launched `….xctest` executable; elsewhere it may be
        // loaded by a runner, and only the fallback search applies.
        guard launched.pathExtension == "xctest" else {
            print("notice: test product not launched directly (\(launched.path)); using \(binary.path)")
            return
        }
        #expect(binary.deletingLastPathComponent().path == launched.deletingLastPathComponent().path)
    }

    @Test func binaryRuns() throws {
        let temp = try TemporaryDirectory()
        let result = try CLI.run(["--help"], in: temp)
        #expect(!result.timedOut && result.status == 0, "\(result)")
    }
}
