import Diagnostics
import Foundation
import Resolver
import Testing

/// Every real-world spec in `../shared/specs` loads without errors, with a known number of warnings.
@Suite struct RealWorldSpecTests {
    /// `../shared/specs`, next to the package root (found from this file, not the working directory).
    static let specsDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ResolverTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/specs")

    /// Spec path under `specsDirectory` → the number of warnings it loads with today.
    /// A change here means the decoder or resolver got stricter or looser: look at the printed warnings.
    static let expectedWarnings: [(spec: String, warnings: Int)] = [
        ("createapi/discriminator.yaml", 0),
        ("createapi/edgecases.yaml", 0),
        ("createapi/github.yaml", 0),
        ("createapi/inlining.yaml", 0),
        ("createapi/petstore.yaml", 1),
        ("createapi/strip-parent-name-nested-objects.yaml", 0),
        ("createapi/test-query-parameters.yaml", 0),
        ("createapi/cookpad.json", 0),
        ("pictify-bindings.yaml", 0),
        ("digitalocean/specification/DigitalOcean-public.v2.yaml", 2),
    ]

    @Test func everyCreateAPISpecIsListed() throws {
        let directory = Self.specsDirectory.appendingPathComponent("createapi")
        guard FileManager.default.fileExists(atPath: directory.path) else {
            print("skipping: ../shared not found")
            return
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
            .map { "createapi/\($0)" }
        #expect(Set(files) == Set(Self.expectedWarnings.map(\.spec).filter { $0.hasPrefix("createapi/") }))
    }

    @Test(arguments: expectedWarnings.map(\.spec))
    func loadsWithoutErrors(spec: String) throws {
        guard FileManager.default.fileExists(atPath: Self.specsDirectory.path) else {
            print("skipping: ../shared not found")
            return
        }
        let path = Self.specsDirectory.appendingPathComponent(spec).path
        let expected = try #require(Self.expectedWarnings.first { $0.spec == spec }?.warnings)
        do throws(DiagnosticsError) {
            let loaded = try LoadedSpec.load(path: path)
            print("\(spec): \(loaded.warnings.count) warnings, \(loaded.document.paths.count) paths, \(loaded.files.count) files")
            for warning in loaded.warnings { print("  \(warning)") }
            #expect(loaded.warnings.count == expected, "\(loaded.warnings)")
            #expect(loaded.warnings.allSatisfy { $0.severity != .error })
            #expect(!loaded.document.paths.isEmpty)
        } catch {
            Issue.record("\(spec) failed to load:\n\(error)")
        }
    }
}
