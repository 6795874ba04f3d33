import Foundation
import Testing

/// A second run over an up-to-date folder changes nothing, not even modification dates.
@Suite struct RegenerationTests {
    @Test func secondRunWritesNothing() throws {
        let temp = try TemporaryDirectory()
        let arguments = [PackagePaths.pictifySpec.path, "--output", temp.path("out")]
        let first = try CLI.run(arguments, in: temp)
        try #require(first.status == 0, "\(first)")
        let before = try temp.snapshot(of: "out")
        // Make a rewrite detectable even on file systems with coarse timestamps.
        Thread.sleep(forTimeInterval: 1.1)

        let second = try CLI.run(arguments, in: temp)

        #expect(second.status == 0, "\(second)")
        #expect(second.stdout.contains("0 added, 0 changed"), "\(second)")
        #expect(second.stdout.contains("\(PackagePaths.pictifyFiles.count) unchanged"), "\(second)")
        #expect(try temp.snapshot(of: "out") == before)
    }
}
