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

    /// The files generated for the Pictify spec, relative to the output folder, sorted: the golden
    /// folder's contents (GoldenTests keeps that folder equal to what the generator produces).
    static let pictifyFiles: [String] = {
        let base = pictifyExpected.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".swift") { files.append(path) }
        }
        return files.sorted()
    }()
}
