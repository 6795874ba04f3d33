import Diagnostics
import Emitters
import Foundation

/// One run's changes to an output folder, made first in a staging folder beside it and then moved in.
///
/// Every new or changed file is written whole into the staging folder (on the same file system
/// as the output, so moving it in is a rename, not a copy). Only when all of them are written does
/// anything in the output change: each file is renamed into place (a file keeps its old text until
/// the instant the new one replaces it), replaced and stale files are kept in the staging folder
/// until the end, and if any step fails, every step done so far is undone. Unchanged files are
/// never moved, so their modification times stay as they were; files the user put in the output
/// folder are never moved at all. When the output folder does not exist yet, the staging folder
/// becomes it in one rename.
///
/// A run killed while staging leaves the output as it was (the staging folder is removed by the
/// next run); only a kill inside the short run of renames at the end can leave some files new and
/// others old, which the next run repairs.
struct OutputStaging {
    let output: URL
    /// The output folder as the user named it, for diagnostics.
    let displayPath: String
    let folder: URL
    private let fileSystem: OutputFileSystem
    /// Folders under the staging folder made so far.
    private var createdFolders: Set<String> = []
    private var newFiles: URL { folder.appendingPathComponent("new") }
    /// `newFiles` as a path, made once: staging builds each file's path from it as text, since
    /// `URL`'s path operations were most of the writer's time (three of them per file).
    private let newFilesPath: String
    private var oldFiles: URL { folder.appendingPathComponent("old") }
    private static let marker = ".specsmith-staging-"

    /// Creates the staging folder beside `output` (removing ones that dead runs left behind).
    init(output: URL, displayPath: String, fileSystem: OutputFileSystem) throws(Diagnostic) {
        self.output = output.standardizedFileURL
        self.displayPath = displayPath
        self.fileSystem = fileSystem
        let parent = self.output.deletingLastPathComponent()
        let prefix = "." + self.output.lastPathComponent + Self.marker
        folder = parent.appendingPathComponent(prefix + String(getpid()))
        newFilesPath = folder.appendingPathComponent("new").path
        Self.removeAbandoned(in: parent, prefix: prefix)
        do {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: newFiles, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: oldFiles, withIntermediateDirectories: true)
        } catch {
            throw .error("cannot create the staging folder '\(folder.path)' beside the output: \(error.localizedDescription)",
                         at: .startOf(displayPath))
        }
    }

    /// Writes `file` into the staging folder.
    mutating func stage(_ file: GeneratedFile) throws(Diagnostic) {
        let path = newFilesPath + "/" + file.path
        do {
            // Hundreds of files share a few folders; asking the file system for each costs a stat per level.
            if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), createdFolders.insert(String(path[..<slash])).inserted {
                try FileManager.default.createDirectory(atPath: String(path[..<slash]), withIntermediateDirectories: true)
            }
            try fileSystem.write(Data(file.contents.utf8), URL(fileURLWithPath: path, isDirectory: false))
        } catch {
            throw .error("cannot write '\(file.path)': \(error.localizedDescription)", at: .startOf(displayPath))
        }
    }

    /// Moves the staged files (`written`, relative paths) into the output and takes `removed` out of it,
    /// all or nothing.
    func commit(written: [String], removed: [String]) throws(Diagnostic) {
        if !FileManager.default.fileExists(atPath: output.path) {
            do {
                try fileSystem.move(newFiles, output)
            } catch {
                throw .error("cannot move the generated files into place: \(error.localizedDescription)", at: .startOf(displayPath))
            }
            return
        }
        var undo: [Step] = []
        do {
            for path in written {
                let target = output.appendingPathComponent(path)
                undo += try createFolders(for: target)
                let existed = FileManager.default.fileExists(atPath: target.path)
                if existed {
                    // A second name for the old file, so it can be put back; the path itself is never empty.
                    let backup = oldFiles.appendingPathComponent(path)
                    try FileManager.default.createDirectory(at: backup.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try FileManager.default.linkItem(at: target, to: backup)
                }
                try fileSystem.move(newFiles.appendingPathComponent(path), target)
                undo.append(existed ? .restore(path) : .delete(path))
            }
            for path in removed {
                let backup = oldFiles.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: backup.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileSystem.move(output.appendingPathComponent(path), backup)
                undo.append(.restore(path))
            }
        } catch {
            for step in undo.reversed() { self.undo(step) }
            throw .error("cannot move the generated files into place: \(error.localizedDescription); the previous output is unchanged",
                         at: .startOf(displayPath))
        }
    }

    /// Removes the staging folder and whatever is left in it.
    func discard() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// What to do to take back one step of a commit.
    private enum Step {
        /// Put the old file (kept in `old/`) back at the path.
        case restore(String)
        /// The path was new: remove it.
        case delete(String)
        /// A folder the commit created: remove it (it is empty once its files are gone).
        case removeFolder(URL)
    }

    private func undo(_ step: Step) {
        switch step {
        case .restore(let path):
            try? fileSystem.move(oldFiles.appendingPathComponent(path), output.appendingPathComponent(path))
        case .delete(let path):
            try? FileManager.default.removeItem(at: output.appendingPathComponent(path))
        case .removeFolder(let url):
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// Creates the missing folders above `target`, returning the steps that remove them again.
    private func createFolders(for target: URL) throws -> [Step] {
        var missing: [URL] = []
        var folder = target.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path), folder.path.count > output.path.count {
            missing.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        var steps: [Step] = []
        for url in missing.reversed() {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            steps.append(.removeFolder(url))
        }
        return steps
    }

    /// Staging folders of runs that were killed (their process is gone), so they do not pile up.
    private static func removeAbandoned(in parent: URL, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }
}
