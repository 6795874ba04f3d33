import Foundation

/// Where the package's fixtures and the shared specs live, found from this file rather than the
/// working directory so tests pass from any folder.
enum FixturePaths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Fixtures")

    /// `../shared/specs`, which exists beside the repository in CI and on developer machines but
    /// not in a user's clone.
    static let sharedSpecs = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/specs")

    static var hasSharedSpecs: Bool {
        FileManager.default.fileExists(atPath: sharedSpecs.path)
    }

    /// Each fixture folder that has an `Expected` folder, with its spec (the one
    /// `.yaml`/`.yml`/`.json` file at the top of the folder).
    static func goldenFixtures() throws -> [(name: String, spec: URL, expected: URL)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted()
        return try names.compactMap { name in
            let folder = fixtures.appendingPathComponent(name)
            let expected = folder.appendingPathComponent("Expected")
            guard FileManager.default.fileExists(atPath: expected.path) else { return nil }
            let specs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension) }
            guard specs.count == 1, let spec = specs.first else {
                throw FixtureError("fixture '\(name)' must hold exactly one spec file, found \(specs)")
            }
            return (name, folder.appendingPathComponent(spec), expected)
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
