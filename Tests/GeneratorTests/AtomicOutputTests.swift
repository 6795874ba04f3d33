import Emitters
import Foundation
@testable import Generator
import Testing

/// A run that fails while writing leaves the previous output exactly as it was: every file's
/// bytes and modification time, the user's files, and no staging folder left behind.
@Suite struct AtomicOutputTests {
    /// Thrown by the injected file operations.
    struct InjectedFailure: Error {}

    /// Counts calls across the @Sendable closures of an `OutputFileSystem`.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int { lock.withLock { count += 1; return count } }
    }

    private let previous = [
        GeneratedFile(path: "Models/A.swift", contents: "\(generatedHeaderPrefix) spec.yaml.\nstruct A {}\n"),
        GeneratedFile(path: "Models/B.swift", contents: "\(generatedHeaderPrefix) spec.yaml.\nstruct B {}\n"),
        GeneratedFile(path: "Models/Stale.swift", contents: "\(generatedHeaderPrefix) spec.yaml.\nstruct Stale {}\n"),
    ]
    /// A changed, B unchanged, C new (in a new folder), Stale removed.
    private let next = [
        GeneratedFile(path: "Models/A.swift", contents: "\(generatedHeaderPrefix) spec.yaml.\nstruct A { var x: Int }\n"),
        GeneratedFile(path: "Models/B.swift", contents: "\(generatedHeaderPrefix) spec.yaml.\nstruct B {}\n"),
        GeneratedFile(path: "Client/C.swift", contents: "\(generatedHeaderPrefix) spec.yaml.\nstruct C {}\n"),
    ]

    private struct Snapshot: Equatable {
        var files: [String: Data]
        var dates: [String: Date]
    }

    private func snapshot(_ folder: URL) throws -> Snapshot {
        var files: [String: Data] = [:]
        var dates: [String: Date] = [:]
        let base = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? .init() {
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            files[path] = isDirectory.boolValue ? Data() : try Data(contentsOf: url)
            // A folder's own date changes whenever an entry is renamed in it, even one put back; files' must not.
            if !isDirectory.boolValue {
                dates[path] = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
            }
        }
        return Snapshot(files: files, dates: dates)
    }

    /// A folder holding the previous generation and a file of the user's, with old modification times.
    private func makeOutput() throws -> (parent: URL, output: URL) {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("AtomicOutputTests-\(UUID().uuidString)")
        let output = parent.appendingPathComponent("out")
        try OutputFolder(path: output.path).write(previous)
        try Data("// mine\n".utf8).write(to: output.appendingPathComponent("Models/Mine.swift"))
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        for path in ["Models/A.swift", "Models/B.swift", "Models/Stale.swift", "Models/Mine.swift"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: output.appendingPathComponent(path).path)
        }
        return (parent, output)
    }

    private func staleStagingFolders(in parent: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0 != "out" }
    }

    /// The run writes two files (A, C) and moves three (A, C in; Stale out): fail at each step in turn.
    @Test(arguments: [("write", 1), ("write", 2), ("move", 1), ("move", 2), ("move", 3)])
    func failureAtAnyStepKeepsThePreviousOutput(operation: String, failingCall: Int) throws {
        let (parent, output) = try makeOutput()
        defer { try? FileManager.default.removeItem(at: parent) }
        let before = try snapshot(output)
        let writes = Counter()
        let moves = Counter()
        let standard = OutputFileSystem.standard
        let failing = OutputFileSystem(
            write: { data, url in
                if operation == "write", writes.next() == failingCall { throw InjectedFailure() }
                try standard.write(data, url)
            },
            move: { source, destination in
                if operation == "move", moves.next() == failingCall { throw InjectedFailure() }
                try standard.move(source, destination)
            })

        #expect(throws: (any Error).self) { try OutputFolder(path: output.path).write(next, using: failing) }

        #expect(try snapshot(output) == before)
        #expect(try staleStagingFolders(in: parent) == [])
    }

    @Test func successfulRunChangesOnlyWhatChanged() throws {
        let (parent, output) = try makeOutput()
        defer { try? FileManager.default.removeItem(at: parent) }
        let before = try snapshot(output)

        let changes = try OutputFolder(path: output.path).write(next)

        #expect(changes.added == ["Client/C.swift"])
        #expect(changes.changed == ["Models/A.swift"])
        #expect(changes.removed == ["Models/Stale.swift"])
        let after = try snapshot(output)
        #expect(after.files["Models/A.swift"] == Data(next[0].contents.utf8))
        #expect(after.files["Client/C.swift"] == Data(next[2].contents.utf8))
        #expect(after.files["Models/Stale.swift"] == nil)
        // Untouched: the unchanged file and the user's, bytes and modification times.
        for path in ["Models/B.swift", "Models/Mine.swift"] {
            #expect(after.files[path] == before.files[path], "\(path)")
            #expect(after.dates[path] == before.dates[path], "\(path)")
        }
        #expect(try staleStagingFolders(in: parent) == [])
    }

    /// A staging folder left by a run that was killed (its process is gone) is cleaned up.
    @Test func abandonedStagingFolderIsRemoved() throws {
        let (parent, output) = try makeOutput()
        defer { try? FileManager.default.removeItem(at: parent) }
        // Process ids are below 2^22 on Linux; this one cannot be running.
        let abandoned = parent.appendingPathComponent(".out.specsmith-staging-99999999")
        try FileManager.default.createDirectory(at: abandoned.appendingPathComponent("new"), withIntermediateDirectories: true)

        try OutputFolder(path: output.path).write(next)

        #expect(try staleStagingFolders(in: parent) == [])
    }

    /// The first run into a folder that does not exist moves the whole staged folder into place.
    @Test func firstRunCreatesTheFolderWhole() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("AtomicOutputTests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("nested/out")
        let failing = OutputFileSystem(write: OutputFileSystem.standard.write, move: { _, _ in throw InjectedFailure() })

        #expect(throws: (any Error).self) { try OutputFolder(path: output.path).write(next, using: failing) }
        #expect(!FileManager.default.fileExists(atPath: output.path))

        try OutputFolder(path: output.path).write(next)
        #expect(try snapshot(output).files.keys.sorted() == ["Client", "Client/C.swift", "Models", "Models/A.swift", "Models/B.swift"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent("nested").path) == ["out"])
    }
}
