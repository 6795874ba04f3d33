import Foundation
import Testing

/// `--templates DIR` overrides built-in templates by file name, and warns about names it does not know.
@Suite struct TemplatesOptionTests {
    @Test func headerOverrideChangesEveryModelFile() throws {
        let temp = try TemporaryDirectory()
        try temp.write("// Custom header for {{specFile}}\n", to: "templates/header.mustache")

        let result = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--templates", "templates"], in: temp)

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        let models = temp.files(under: "out/Models")
        #expect(models.count == 3)
        for model in models {
            let firstLine = try temp.read("out/Models/\(model)").split(separator: "\n").first
            #expect(firstLine == "// Custom header for pictify-bindings.yaml", "Models/\(model)")
        }
    }

    @Test func unknownTemplateNameIsAWarning() throws {
        let temp = try TemporaryDirectory()
        try temp.write("{{name}}\n", to: "templates/foo.mustache")

        let result = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--templates", "templates"], in: temp)

        #expect(result.status == 0, "\(result)")
        let warning = try #require(result.stderrLines.first.flatMap(DiagnosticLine.init), "\(result)")
        #expect(warning.file.hasSuffix("/foo.mustache") && warning.line == 1 && warning.column == 1, "\(warning)")
        #expect(warning.severity == "warning")
        #expect(warning.message.contains("header.mustache"), "the warning should list the template names: \(warning)")
        #expect(temp.files(under: "out") == PackagePaths.pictifyFiles)
    }

    @Test func missingTemplatesFolderIsAnError() throws {
        let temp = try TemporaryDirectory()

        let result = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--templates", "nowhere"], in: temp)

        #expect(result.status == 1, "\(result)")
        let error = try #require(result.stderrLines.first.flatMap(DiagnosticLine.init), "\(result)")
        #expect(error.file == "nowhere" && error.severity == "error", "\(error)")
        #expect(!temp.exists("out"))
    }
}
