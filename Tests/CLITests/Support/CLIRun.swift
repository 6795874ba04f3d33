import Foundation

/// What one run of a program did.
struct CLIResult: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    var duration: TimeInterval
    var timedOut: Bool

    var stderrLines: [String] {
        stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    var description: String {
        "exit \(status)\(timedOut ? " (killed after timeout)" : "") in \(String(format: "%.2f", duration)) s\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)"
    }
}

/// Runs the built `generate` executable as a user would.
enum CLI {
    /// How long a run of `generate` may take before it is killed.
    static let timeout: TimeInterval = 10

    /// Runs `generate arguments…` with `directory` as the working directory.
    static func run(_ arguments: [String], in directory: TemporaryDirectory) throws -> CLIResult {
        try ProcessRunner.run(try GenerateBinary.url(), arguments, in: directory.url, timeout: timeout)
    }
}

/// Runs a program to completion, or kills it after a timeout.
enum ProcessRunner {
    /// Output goes through files, not pipes, so a chatty program cannot block on a full pipe.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL, timeout: TimeInterval) throws -> CLIResult {
        let capture = try TemporaryDirectory()
        let stdoutURL = capture.url.appendingPathComponent("stdout")
        let stderrURL = capture.url.appendingPathComponent("stderr")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? stdoutHandle.close()
            try? stderrHandle.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }

        let start = Date()
        try process.run()
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        process.waitUntilExit()
        let duration = Date().timeIntervalSince(start)

        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: stdoutURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self),
            duration: duration,
            timedOut: timedOut)
    }
}
