import Diagnostics
import Foundation
import OpenAPIModel
import Testing
import YAMLReader

/// The file name every in-memory test document is parsed as.
let testFile = "spec.yaml"

/// A location in `file`, written `at(line, column)` to keep expectations short.
func at(_ line: Int, _ column: Int, file: String = testFile) -> Diagnostics.SourceLocation {
    Diagnostics.SourceLocation(file: file, line: line, column: column)
}

/// Parses and decodes `yaml` as `testFile`.
func decode(_ yaml: String) throws -> (document: OpenAPIDocument, log: DiagnosticLog) {
    let root = try YAMLParser.parse(yaml, file: testFile)
    return try SpecDecoder.decodeDocument(root, file: testFile)
}

/// The diagnostic that decoding `yaml` throws, recording a test failure when it decodes.
func decodeError(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic? {
    let root = try YAMLParser.parse(yaml, file: testFile)
    do {
        _ = try SpecDecoder.decodeDocument(root, file: testFile)
        Issue.record("expected a diagnostic, but the document decoded", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// A 3.0 document whose only content is `components.schemas.S`, written as the indented `schema` lines.
func schemaDocument(_ schema: String, version: String = "3.0.3") -> String {
    let indented = schema.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "      " + $0 }
        .joined(separator: "\n")
    return """
        openapi: \(version)
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            S:
        \(indented)
        """
}

/// Decodes `components.schemas.S` of `schemaDocument(schema, version:)`.
func decodeSchema(_ schema: String, version: String = "3.0.3") throws -> (schema: Schema, log: DiagnosticLog) {
    let (document, log) = try decode(schemaDocument(schema, version: version))
    let decoded = try #require(document.components.schemas["S"])
    return (decoded, log)
}

extension DiagnosticLog {
    /// The warnings rendered compiler-style, for exact comparison.
    var renderedWarnings: [String] { warnings.map(\.description) }
}

extension YAMLNode {
    /// The scalar's text, or nil for a collection.
    var text: String? { scalar?.text }
}

extension Schema {
    /// The `enum` values' texts.
    var enumTexts: [String]? { enumValues?.map { $0.text ?? "<collection>" } }
}

/// Fixtures of this package, found from this file's path so the tests do not depend on the working directory.
enum Fixture {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // OpenAPIModelTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static func path(_ name: String) -> String {
        packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    /// `Fixtures/pictify-bindings/pictify-bindings.yaml`, decoded once per call.
    static func pictify() throws -> (document: OpenAPIDocument, log: DiagnosticLog, file: String) {
        let file = path("pictify-bindings/pictify-bindings.yaml")
        let root = try YAMLParser.parse(contentsOf: file)
        let (document, log) = try SpecDecoder.decodeDocument(root, file: file)
        return (document, log, file)
    }
}
