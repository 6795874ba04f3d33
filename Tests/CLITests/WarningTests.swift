import Foundation
import Testing

/// Warnings are located, do not stop generation, and `--quiet` hides them.
@Suite struct WarningTests {
    static let unsupportedKeywordSpec = """
        openapi: 3.1.0
        info: {title: Pets, version: "1"}
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              properties:
                name:
                  type: string
                kind:
                  $dynamicRef: '#node'

        """

    static let nullDescriptionSpec = """
        openapi: 3.1.0
        info:
          title: Pets
          version: "1"
          description: null
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              properties:
                name:
                  type: string

        """

    @Test func unsupportedKeywordWarnsAndStillGenerates() throws {
        let temp = try TemporaryDirectory()
        try temp.write(Self.unsupportedKeywordSpec, to: "spec.yaml")

        let result = try CLI.run(["spec.yaml", "--output", "out"], in: temp)

        #expect(result.status == 0, "\(result)")
        let warning = try #require(result.stderrLines.first.flatMap(DiagnosticLine.init), "\(result)")
        // At the keyword (12:11) or at its value (12:24, where the IR reports it today). Validation
        // keywords such as `not` are no warning: the validators check them.
        #expect(warning.file == "spec.yaml" && warning.line == 12 && [11, 24].contains(warning.column), "\(warning)")
        #expect(warning.severity == "warning", "\(warning)")
        #expect(warning.message.contains("'$dynamicRef'"), "\(warning)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(try temp.read("out/Models/P+Types.swift").contains("var kind: JSONValue?"))
    }

    @Test func warningIsPrintedWithoutQuiet() throws {
        let temp = try TemporaryDirectory()
        try temp.write(Self.nullDescriptionSpec, to: "spec.yaml")

        let result = try CLI.run(["spec.yaml", "--output", "out"], in: temp)

        #expect(result.status == 0, "\(result)")
        let warning = try #require(result.stderrLines.first.flatMap(DiagnosticLine.init), "\(result)")
        #expect(warning.file == "spec.yaml" && warning.line == 5 && warning.severity == "warning", "\(warning)")
        #expect(warning.message.contains("description"), "\(warning)")
    }

    @Test func quietSuppressesWarnings() throws {
        let temp = try TemporaryDirectory()
        try temp.write(Self.nullDescriptionSpec, to: "spec.yaml")

        let result = try CLI.run(["spec.yaml", "--output", "out", "--quiet"], in: temp)

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        #expect(temp.exists("out/Models/P+Types.swift"))
    }

    @Test func quietStillReportsErrors() throws {
        let temp = try TemporaryDirectory()
        try temp.write(Self.nullDescriptionSpec.replacingOccurrences(of: "paths: {}", with: "paths: 42"), to: "spec.yaml")

        let result = try CLI.run(["spec.yaml", "--output", "out", "--quiet"], in: temp)

        #expect(result.status == 1, "\(result)")
        let error = try #require(result.stderrLines.first.flatMap(DiagnosticLine.init), "\(result)")
        #expect(error.severity == "error" && error.line == 6, "\(result)")
        #expect(!result.stderr.contains(": warning: "), "--quiet printed a warning: \(result)")
    }
}
