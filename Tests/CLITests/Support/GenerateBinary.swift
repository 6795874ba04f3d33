import Foundation

/// Finds the `generate` executable that SwiftPM built for this test run.
///
/// It sits in the build products folder beside the test bundle: on Linux the bundle is the
/// `…/debug/SpecsmithPackageTests.xctest` executable itself, on macOS a bundle directory in that
/// folder. Both work with the default `.build` and with `--scratch-path`. As a last resort the
/// folders above the package are searched for `.build/debug/generate`.
enum GenerateBinary {
    static let name = "generate"

    /// The binary's URL, or a message saying where it was looked for.
    static let located: Result<URL, LocateError> = locate()

    static func url() throws -> URL {
        try located.get()
    }

    struct LocateError: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "cannot find the '\(GenerateBinary.name)' executable; build it first (swift build --build-tests). Looked in: \(searched.joined(separator: ", "))"
        }
    }

    private static func locate() -> Result<URL, LocateError> {
        let candidates = productFolders().map { $0.appendingPathComponent(name) }
            + packageBuildFolders().map { $0.appendingPathComponent("debug/\(name)") }
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate.path).inserted {
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return .success(candidate)
            }
        }
        return .failure(LocateError(searched: Array(seen)))
    }

    /// The folders the test bundle may have been loaded from.
    private static func productFolders() -> [URL] {
        let launched = [CommandLine.arguments.first, ProcessInfo.processInfo.arguments.first]
            .compactMap { $0 }
            .map { URL(fileURLWithPath: $0).resolvingSymlinksInPath() }
        let bundles = ([Bundle.main] + Bundle.allBundles).map { $0.bundleURL.resolvingSymlinksInPath() }
        var folders: [URL] = []
        for url in launched + bundles {
            // Walk up out of `X.xctest` (a file on Linux, a bundle directory on macOS).
            var folder = url
            while folder.path != "/" {
                if folder.pathExtension == "xctest" {
                    folders.append(folder.deletingLastPathComponent())
                    break
                }
                folder.deleteLastPathComponent()
            }
            folders.append(isDirectory(url) ? url : url.deletingLastPathComponent())
        }
        return folders
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// `.build` folders in the package root and the folders above it.
    private static func packageBuildFolders() -> [URL] {
        var folders: [URL] = []
        var folder = PackagePaths.root
        while true {
            folders.append(folder.appendingPathComponent(".build"))
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return folders
    }
}
