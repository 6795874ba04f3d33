import Diagnostics
import Foundation
import Testing
import YAMLReader

/// `YAMLParser.parse(contentsOf:displayPath:)` reads files and names them as the user did.
@Suite struct FileInputTests {
    /// A fresh directory for one test, removed when `body` returns.
    private func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("YAMLReaderTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    @Test func locationsUseTheDisplayPath() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("api.yaml")
            try write("openapi: 3.1.0\ninfo:\n  title: Pets\n", to: url)
            let root = try YAMLParser.parse(contentsOf: url.path, displayPath: "specs/api.yaml")
            #expect(root.location == at(1, 1, file: "specs/api.yaml"))
            #expect(root["info"]?.location == at(3, 3, file: "specs/api.yaml"))
            #expect(root["info"]?["title"]?.location == at(3, 10, file: "specs/api.yaml"))
            #expect(root["info"]?["title"]?.text == "Pets")
        }
    }

    @Test func withoutDisplayPathLocationsUseThePath() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("api.json")
            try write(#"{"a": 1}"#, to: url)
            let root = try YAMLParser.parse(contentsOf: url.path)
            #expect(root["a"]?.location == at(1, 7, file: url.path))
        }
    }

    @Test func errorsInAFileUseTheDisplayPath() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("broken.yaml")
            try write("a: 1\na: 2\n", to: url)
            #expect {
                try YAMLParser.parse(contentsOf: url.path, displayPath: "broken.yaml")
            } throws: { error in
                (error as? Diagnostic)?.description == "broken.yaml:2:1: error: duplicate key 'a' in this mapping\nbroken.yaml:1:1: note: 'a' is first defined here"
            }
        }
    }

    @Test func fileWithByteOrderMark() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("bom.yaml")
            try Data([0xEF, 0xBB, 0xBF] + Array("name: Zoë\n".utf8)).write(to: url)
            let root = try YAMLParser.parse(contentsOf: url.path, displayPath: "bom.yaml")
            #expect(root["name"]?.text == "Zoë")
            #expect(root["name"]?.location == at(1, 7, file: "bom.yaml"))
        }
    }

    @Test func missingFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("nope.yaml").path
            let error = #expect(throws: Diagnostic.self) {
                try YAMLParser.parse(contentsOf: path, displayPath: "specs/nope.yaml")
            }
            #expect(error?.description == "specs/nope.yaml:1:1: error: no such file")
        }
    }

    @Test func directoryInsteadOfFile() throws {
        try withTemporaryDirectory { directory in
            let error = #expect(throws: Diagnostic.self) {
                try YAMLParser.parse(contentsOf: directory.path, displayPath: "specs")
            }
            #expect(error?.description == "specs:1:1: error: is a directory, expected a YAML or JSON file")
        }
    }

    @Test func emptyFile() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("empty.yaml")
            try write("# nothing here\n", to: url)
            let error = #expect(throws: Diagnostic.self) {
                try YAMLParser.parse(contentsOf: url.path, displayPath: "empty.yaml")
            }
            #expect(error?.description == "empty.yaml:1:1: error: the file is empty; expected an OpenAPI document")
        }
    }

    @Test func fileLargerThanTheLimit() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("big.yaml")
            try write("key: " + String(repeating: "x", count: 95), to: url)
            let error = #expect(throws: Diagnostic.self) {
                try YAMLParser.parse(contentsOf: url.path, displayPath: "big.yaml", limits: YAMLReaderLimits(maxFileSize: 64))
            }
            #expect(error?.description == "big.yaml:1:1: error: file is 100 bytes, larger than the limit of 64 bytes; raise the limit with --max-file-size N or 'limits: {maxFileSize: N}' in specsmith-config.yaml")
            let root = try YAMLParser.parse(contentsOf: url.path, displayPath: "big.yaml", limits: YAMLReaderLimits(maxFileSize: 100))
            #expect(root["key"]?.text?.count == 95)
        }
    }
}
