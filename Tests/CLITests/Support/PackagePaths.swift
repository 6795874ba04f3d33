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

    /// The files generated for the Pictify spec, relative to the output folder.
    static let pictifyFiles = [
        "Models/Binding.swift",
        "Models/CreateBindingRequest.swift",
        "Models/CreateBindingResponse.swift",
        "Support.swift",
    ]
}
