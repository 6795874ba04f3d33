import Foundation
import Testing

/// One output folder inside another: each run sweeps only its own stale files.
@Suite struct NestedOutputTests {
    @Test func outerRunLeavesInnerGenerationAlone() throws {
        let temp = try TemporaryDirectory()
        try temp.write("""
            openapi: 3.1.0
            info: {title: Pets, version: "1"}
            paths: {}
            components:
              schemas:
                Pet: {type: object, properties: {name: {type: string}}}

            """, to: "pets.yaml")
        try #require(try CLI.run(["pets.yaml", "--output", "out/Pets"], in: temp).status == 0)
        let inner = try temp.snapshot(of: "out/Pets")
        try #require(inner.keys.sorted() == ["Models/P+Types.swift", "Support.swift", "ValidationSupport.swift"])

        let outer = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out"], in: temp)

        #expect(outer.status == 0, "\(outer)")
        #expect(outer.stdout.contains("0 removed"), "\(outer)")
        #expect(try temp.snapshot(of: "out/Pets") == inner)
        let check = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--check"], in: temp)
        #expect(check.status == 0, "\(check)")
    }
}
