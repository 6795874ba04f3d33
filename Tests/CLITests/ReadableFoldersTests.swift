import Foundation
import Testing

/// `$ref`s read files only in the spec's folder and in folders the user allows (`--allow-read`,
/// `allowRead:`); anything else is a located error at the `$ref`, and nothing is written.
@Suite struct ReadableFoldersTests {
    private let outsideMessage = "which is outside the spec's folder; a spec reads only files in its own folder and in folders "
        + "given with --allow-read DIR or 'allowRead' in specsmith-config.yaml"

    /// A spec in `api/` whose one schema is `$ref: <target>`, at line 7, column 13.
    private func writeSpec(referencing target: String, in temp: TemporaryDirectory) throws {
        try temp.write("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Pet:
                  $ref: '\(target)'

            """, to: "api/openapi.yaml")
    }

    private func writeSharedModels(in temp: TemporaryDirectory) throws {
        try temp.write("Thing:\n  type: object\n  properties:\n    name: {type: string}\n", to: "shared/models.yaml")
    }

    /// The folder as the resolver reports it: symlinks resolved.
    private func real(_ temp: TemporaryDirectory, _ path: String) -> String {
        URL(fileURLWithPath: temp.path(path)).resolvingSymlinksInPath().path
    }

    private func expectRefused(_ result: CLIResult, target: String, names: String, temp: TemporaryDirectory) {
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines == ["api/openapi.yaml:7:13: error: '$ref' '\(target)' names '\(names)', \(outsideMessage)"], "\(result)")
        #expect(!temp.exists("out"), "a refused run wrote output")
    }

    @Test func etcPasswdIsRefused() throws {
        let temp = try TemporaryDirectory()
        let target = "../../../../../../../../etc/passwd#/x"
        try writeSpec(referencing: target, in: temp)
        let result = try CLI.run(["api/openapi.yaml", "--output", "out"], in: temp)
        expectRefused(result, target: target, names: "/etc/passwd", temp: temp)
    }

    @Test func missingFileOutsideIsRefusedNotReportedMissing() throws {
        let temp = try TemporaryDirectory()
        try writeSpec(referencing: "../nowhere.yaml#/Thing", in: temp)
        let result = try CLI.run(["api/openapi.yaml", "--output", "out"], in: temp)
        expectRefused(result, target: "../nowhere.yaml#/Thing", names: real(temp, ".") + "/nowhere.yaml", temp: temp)
    }

    @Test func symlinkPointingOutIsRefused() throws {
        let temp = try TemporaryDirectory()
        try writeSharedModels(in: temp)
        try writeSpec(referencing: "models.yaml#/Thing", in: temp)
        try FileManager.default.createSymbolicLink(atPath: temp.path("api/models.yaml"), withDestinationPath: "../shared/models.yaml")
        let result = try CLI.run(["api/openapi.yaml", "--output", "out"], in: temp)
        expectRefused(result, target: "models.yaml#/Thing", names: real(temp, "shared/models.yaml"), temp: temp)
    }

    @Test func siblingFolderIsRefusedByDefault() throws {
        let temp = try TemporaryDirectory()
        try writeSharedModels(in: temp)
        try writeSpec(referencing: "../shared/models.yaml#/Thing", in: temp)
        let result = try CLI.run(["api/openapi.yaml", "--output", "out"], in: temp)
        expectRefused(result, target: "../shared/models.yaml#/Thing", names: real(temp, "shared/models.yaml"), temp: temp)
    }

    @Test func allowReadFlagOpensAFolder() throws {
        let temp = try TemporaryDirectory()
        try writeSharedModels(in: temp)
        try writeSpec(referencing: "../shared/models.yaml#/Thing", in: temp)
        try FileManager.default.createDirectory(atPath: temp.path("elsewhere"), withIntermediateDirectories: false)
        let result = try CLI.run(["api/openapi.yaml", "--output", "out", "--allow-read", "elsewhere", "--allow-read", "shared"], in: temp)
        #expect(result.status == 0, "\(result)")
        #expect(temp.exists("out/Models/P+Types.swift"))
    }

    @Test func allowReadInTheConfigurationOpensAFolder() throws {
        let temp = try TemporaryDirectory()
        try writeSharedModels(in: temp)
        try writeSpec(referencing: "../shared/models.yaml#/Thing", in: temp)
        // Relative to the configuration file's folder, like `templates`.
        try temp.write("allowRead: [../shared]\n", to: "api/specsmith-config.yaml")
        let result = try CLI.run(["api/openapi.yaml", "--output", "out", "--config", "api/specsmith-config.yaml"], in: temp)
        #expect(result.status == 0, "\(result)")
        #expect(temp.exists("out/Models/P+Types.swift"))
    }

    @Test func filesInSubfoldersAreReadable() throws {
        let temp = try TemporaryDirectory()
        try temp.write("Thing:\n  type: object\n", to: "api/models/things.yaml")
        try writeSpec(referencing: "models/things.yaml#/Thing", in: temp)
        let result = try CLI.run(["api/openapi.yaml", "--output", "out"], in: temp)
        #expect(result.status == 0, "\(result)")
    }

    @Test func allowReadFlagNamingNoFolderIsACommandLineError() throws {
        let temp = try TemporaryDirectory()
        try writeSpec(referencing: "models.yaml#/Thing", in: temp)
        let result = try CLI.run(["api/openapi.yaml", "--output", "out", "--allow-read", "shraed"], in: temp)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderrLines.first == "generate: error: '--allow-read' names 'shraed', which is not a folder", "\(result)")
    }

    @Test func allowReadInTheConfigurationNamingNoFolderIsLocated() throws {
        let temp = try TemporaryDirectory()
        try writeSpec(referencing: "models.yaml#/Thing", in: temp)
        try temp.write("allowRead:\n  - ../shraed\n", to: "api/specsmith-config.yaml")
        let result = try CLI.run(["api/openapi.yaml", "--output", "out", "--config", "api/specsmith-config.yaml"], in: temp)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines == ["api/specsmith-config.yaml:2:5: error: 'allowRead' names '../shraed', which is not a folder "
                                       + "(relative paths start at this file's folder)"], "\(result)")
    }
}
