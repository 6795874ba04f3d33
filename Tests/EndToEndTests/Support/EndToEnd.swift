import Foundation

/// Where the end-to-end tests find the package and the Python that runs the validating server.
///
/// The server needs openapi-core, installed by `Scripts/e2e/setup.sh` into `.build-e2e-venv/`
/// (or any Python named by `SPECSMITH_E2E_PYTHON`). Without either the tests skip with a notice
/// instead of failing, so `swift test` passes on a machine that never ran the setup.
enum EndToEnd {
    /// The package root, found from this file rather than the working directory.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let serverScript = packageRoot.appendingPathComponent("Scripts/e2e/server.py")

    static let skipNotice = "skipping end-to-end tests: run Scripts/e2e/setup.sh"

    /// `SPECSMITH_E2E_PYTHON` if it names an executable, else the setup script's venv, else nil.
    static let python: URL? = {
        let candidates = [
            ProcessInfo.processInfo.environment["SPECSMITH_E2E_PYTHON"].map { URL(fileURLWithPath: $0) },
            packageRoot.appendingPathComponent(".build-e2e-venv/bin/python"),
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Whether the tests can run; prints the skip notice (once) when they cannot.
    static let isAvailable: Bool = {
        guard python != nil else {
            print(skipNotice)
            return false
        }
        return true
    }()

    /// A spec in `Fixtures/`, by its path below that folder.
    static func fixture(_ path: String) -> URL {
        packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }
}
