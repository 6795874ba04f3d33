import Foundation

/// A fresh, empty folder for one test, removed when the test is done with it.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("specsmith-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    var path: String { url.path }

    /// The absolute path of `relativePath` inside the folder.
    func path(_ relativePath: String) -> String {
        url.appendingPathComponent(relativePath).path
    }

    /// Writes `text` to `relativePath`, creating folders as needed, and returns its absolute path.
    @discardableResult
    func write(_ text: String, to relativePath: String) throws -> String {
        try write(Data(text.utf8), to: relativePath)
    }

    @discardableResult
    func write(_ data: Data, to relativePath: String) throws -> String {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relativePath), encoding: .utf8)
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relativePath))
    }

    /// Every regular file under `relativePath`, relative to it, sorted.
    func files(under relativePath: String) -> [String] {
        let root = url.appendingPathComponent(relativePath).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var result: [String] = []
        for case let file as URL in enumerator {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            result.append(String(file.standardizedFileURL.path.dropFirst(root.path.count + 1)))
        }
        return result.sorted()
    }

    /// The text and modification date of every file under `relativePath`, to prove nothing changed.
    func snapshot(of relativePath: String) throws -> [String: FileSnapshot] {
        var result: [String: FileSnapshot] = [:]
        for file in files(under: relativePath) {
            let full = url.appendingPathComponent(relativePath).appendingPathComponent(file)
            let attributes = try FileManager.default.attributesOfItem(atPath: full.path)
            result[file] = FileSnapshot(
                contents: try Data(contentsOf: full),
                modified: attributes[.modificationDate] as? Date)
        }
        return result
    }
}

struct FileSnapshot: Equatable {
    var contents: Data
    var modified: Date?
}
