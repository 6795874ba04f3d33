import Diagnostics

/// The folders a spec's `$ref`s may read files from: the root file's own folder, plus folders the
/// user names (`--allow-read DIR`, `allowRead:` in specsmith-config.yaml).
///
/// Without this a spec could name any file the generator's user can read
/// (`$ref: ../../../../etc/passwd#/x`), and a generated SDK or an error message could leak it.
/// Folders are compared with symlinks resolved, so a symlink inside the folder that points out of it
/// is refused too.
public struct ReadableFolders: Sendable, Hashable {
    /// Extra folders, as the user wrote them.
    public var extra: [String]

    public init(extra: [String] = []) {
        self.extra = extra
    }

    /// Every folder with symlinks resolved: the root file's folder first. Extra folders that do not
    /// exist are left out (nothing can be read from them); the root's folder is kept even then
    /// (a spec given in memory), spelled lexically.
    func resolvedFolders(rootFile: String) -> [String] {
        let directory = SpecPath.directory(of: rootFile)
        let rootFolder = SpecPath.absolute(directory.isEmpty ? "." : directory)
        return [SpecPath.realPath(rootFolder) ?? rootFolder] + extra.compactMap { SpecPath.realPath($0) }
    }
}
