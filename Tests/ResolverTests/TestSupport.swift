import Diagnostics
import Foundation
import OpenAPIModel
import Resolver
import Testing
import YAMLReader

/// The file name every in-memory test document is parsed as.
let testFile = "spec.yaml"

/// A location in `file`, written `at(line, column)` to keep expectations short.
func at(_ line: Int, _ column: Int, file: String = testFile) -> Diagnostics.SourceLocation {
    Diagnostics.SourceLocation(file: file, line: line, column: column)
}

/// Parses, decodes and checks `yaml` as `testFile` (no other file is read unless a `$ref` names one).
func load(_ yaml: String) throws -> LoadedSpec {
    let root = try YAMLParser.parse(yaml, file: testFile)
    return try LoadedSpec.load(root: root, file: testFile)
}

/// A resolver for `yaml` (parsed as `testFile`) whose references have not been checked.
func makeResolver(_ yaml: String) throws -> SpecResolver {
    let root = try YAMLParser.parse(yaml, file: testFile)
    return SpecResolver(document: try SpecDecoder.decodeDocument(root, file: testFile).0)
}

/// The errors that loading `yaml` throws, recording a test failure when it loads.
func loadErrors(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
    let root = try YAMLParser.parse(yaml, file: testFile)
    do {
        _ = try LoadedSpec.load(root: root, file: testFile)
        Issue.record("expected errors, but the spec loaded", sourceLocation: sourceLocation)
        return []
    } catch {
        // Notes belong to the diagnostic they explain, never stand alone.
        #expect(error.diagnostics.allSatisfy { $0.severity != .note }, sourceLocation: sourceLocation)
        return error.diagnostics.filter { $0.severity == .error }
    }
}

/// The errors that `LoadedSpec.load(path:)` throws for `path`, recording a test failure when it loads.
func loadErrors(path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
    do {
        _ = try LoadedSpec.load(path: path)
        Issue.record("expected errors, but \(path) loaded", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics.filter { $0.severity == .error }
    }
}

/// A fresh directory for one test, removed when `body` returns.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("ResolverTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

/// Writes `text` to `name` (which may contain directories) under `directory` and returns the file's path.
@discardableResult
func write(_ text: String, to name: String, in directory: URL) throws -> String {
    try write(Array(text.utf8), to: name, in: directory)
}

/// Writes `bytes` to `name` under `directory` and returns the file's path.
@discardableResult
func write(_ bytes: [UInt8], to name: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url.path
}

/// The first lines of a valid document, so tests show only what they are about.
let header = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"

extension Schema {
    /// The component name a pure reference points at (`#/components/schemas/Pet` → `Pet`).
    var refName: String? { ref.map { String($0.target.split(separator: "/").last ?? "") } }
}
