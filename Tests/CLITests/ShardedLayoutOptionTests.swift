import Foundation
import Testing

/// `--layout sharded --shards N` writes exactly the fixed files a build-tool plugin declares, and
/// they compile together, however the types fall into the shards.
@Suite struct ShardedLayoutOptionTests {
    private static let modelFeatures = PackagePaths.root.appendingPathComponent("Fixtures/model-features/model-features.yaml")

    @Test(arguments: [PackagePaths.pictifySpec, modelFeatures])
    func writesTheFixedFilesAndTheyCompile(spec: URL) throws {
        let temp = try TemporaryDirectory()
        let result = try CLI.run([spec.path, "--output", "out", "--layout", "sharded", "--shards", "3"], in: temp)
        try #require(result.status == 0, "\(result)")
        #expect(temp.files(under: "out") == ["Generated0.swift", "Generated1.swift", "Generated2.swift", "GeneratedSupport.swift"])
        #expect(try temp.read("out/GeneratedSupport.swift").contains("// MARK: - Support.swift"))
        try expectCompiles("out", in: temp)
    }

    @Test func fewerShardsRemoveTheExtraFiles() throws {
        let temp = try TemporaryDirectory()
        try #require(try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--layout", "sharded"], in: temp).status == 0)
        #expect(temp.files(under: "out").count == 65, "64 shards by default, and the support file")
        let result = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--layout", "sharded", "--shards", "2"], in: temp)
        #expect(result.status == 0, "\(result)")
        #expect(temp.files(under: "out") == ["Generated0.swift", "Generated1.swift", "GeneratedSupport.swift"])
    }

    @Test(arguments: ["0", "257", "x"])
    func aShardCountOutOfRangeIsACommandLineError(count: String) throws {
        let temp = try TemporaryDirectory()
        let result = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--layout", "sharded", "--shards", count], in: temp)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--shards"), "\(result)")
        #expect(!temp.exists("out"))
    }
}
