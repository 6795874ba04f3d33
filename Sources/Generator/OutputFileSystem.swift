import Foundation

/// The two file operations that change an output folder, as values so that tests can make one of
/// them fail at a chosen step and check that the previous output survives.
struct OutputFileSystem: Sendable {
    /// Writes a whole new file (its folder exists).
    var write: @Sendable (Data, URL) throws -> Void
    /// Renames a file or folder, replacing a file at the destination (rename(2): atomic on one file system).
    var move: @Sendable (URL, URL) throws -> Void

    static let standard = OutputFileSystem(
        write: { data, url in try data.write(to: url) },
        move: { source, destination in
            guard rename(source.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        })
}
