import Foundation

/// The Swift compiler, to prove generated code builds in Swift 6 mode without warnings.
enum Swiftc {
    /// `/opt/swift/usr/bin/swiftc`, else the first `swiftc` on `PATH`, else nil.
    static let url: URL? = {
        let fixed = "/opt/swift/usr/bin/swiftc"
        if FileManager.default.isExecutableFile(atPath: fixed) { return URL(fileURLWithPath: fixed) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }()

    /// Type-checks every `.swift` file under `folder` together; nil when there is no compiler
    /// (after printing a notice, so a skipped check is visible).
    static func typecheck(_ folder: String, in directory: TemporaryDirectory) throws -> CLIResult? {
        guard let url else {
            print("notice: swiftc not found at /opt/swift/usr/bin/swiftc or on PATH; not compiling the generated code")
            return nil
        }
        let files = directory.files(under: folder).filter { $0.hasSuffix(".swift") }.map { "\(folder)/\($0)" }
        // SwiftPM passes a package name to every module, which `package` declarations need.
        let arguments = ["-swift-version", "6", "-warnings-as-errors", "-parse-as-library", "-package-name", "GeneratedSDK", "-typecheck"] + files
        return try ProcessRunner.run(url, arguments, in: directory.url, timeout: 300)
    }
}
