import Foundation

/// Places in the package, found from this file rather than the working directory so the tests
/// pass from any folder.
enum PackagePaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // CLITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let pictifyFolder = root.appendingPathComponent("Fixtures/pictify-bindings")
    static let pictifySpec = pictifyFolder.appendingPathComponent("pictify-bindings.yaml")
    static let pictifyExpected = pictifyFolder.appendingPathComponent("Expected")

    /// The runtime files every SDK carries: `Sources/SpecsmithRuntime` copied as it is, so the
    /// golden folder links to those sources (`Expected/Runtime`) instead of holding a copy.
    static let runtimeFiles = ["ClientSupport.swift", "Support.swift", "ValidationSupport.swift"]

    /// The golden files of the Pictify spec, relative to the output folder, sorted (GoldenTests
    /// keeps that folder equal to what the generator produces, runtime files aside).
    static let pictifyGoldenFiles: [String] = {
        let base = pictifyExpected.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".swift"), !path.hasPrefix("Runtime/") { files.append(path) }
        }
        return files.sorted()
    }()

    /// Every file generated for the Pictify spec, sorted: the golden files and the runtime files.
    static let pictifyFiles: [String] = (pictifyGoldenFiles + runtimeFiles).sorted()
}
