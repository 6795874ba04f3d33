import Foundation

/// The two file operations that change an output folder, as values so that tests can make one of
/// them fail at a chosen step and check that the previous output survives.
struct OutputFileSystem: Sendable {
    /// Writes a whole new file (its folder exists).
    var write: @Sendable (Data, URL) throws -> Void
    /// Renames a file or folder, replacing a file at the destination (rename(2): atomic on one file system).
    var move: @Sendable (URL, URL) throws -> Void

    static let standard = OutputFileSystem(
        write: { data, url in try writeWithoutSync(data, to: url) },
        move: { source, destination in
            guard rename(source.path, destination.path) == 0 else { throw posixError() }
        })

    /// Writes with open/write/close. `Data.write(to:)` fsyncs every file, which made writing a big
    /// SDK's 800 files the slowest stage (3 s of mostly waiting for the disk). Nothing here needs a
    /// file on disk before the rename that publishes it: the staging folder and the renames keep a
    /// failed run from touching the output, and after a crash the code is regenerated.
    static func writeWithoutSync(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError() }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw posixError()
                }
                offset += written
            }
        }
    }

    private static func posixError() -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
}
