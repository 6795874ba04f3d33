import Foundation
import PackagePlugin

/// Generates Swift code at build time for a target that contains an OpenAPI description
/// (`openapi.yaml`, `openapi.yml` or `openapi.json`) and a `specsmith-config.yaml`.
///
/// The code goes to the plugin's work directory as one `Generated.swift` (a build command must
/// name its outputs before it runs, so the file layout is fixed). Every YAML and JSON file in
/// the target is an input, so editing any file of a multi-file spec regenerates; when nothing
/// changed SwiftPM does not run the command, and the generator rewrites nothing anyway.
@main
struct SpecsmithBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let files = target.sourceFiles.map(\.url)
        let inputs = try SpecsmithInputs(targetName: target.name, files: files)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        return [
            .buildCommand(
                displayName: "Generating Swift code from \(inputs.spec.lastPathComponent) for \(target.name)",
                executable: try context.tool(named: "generate").url,
                arguments: [
                    inputs.spec.path, "--output", output.path, "--config", inputs.config.path,
                    "--layout", "single-file", "--quiet",
                ],
                inputFiles: inputs.allSpecFiles + [inputs.config],
                outputFiles: [output.appending(path: "Generated.swift")])
        ]
    }
}

/// The spec and configuration of a target, found by name, with clear errors when either is
/// missing or there are two.
struct SpecsmithInputs {
    static let specNames = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let configName = "specsmith-config.yaml"

    let spec: URL
    let config: URL
    /// Every YAML and JSON file of the target: the spec may reference any of them.
    let allSpecFiles: [URL]

    init(targetName: String, files: [URL]) throws {
        let specs = files.filter { Self.specNames.contains($0.lastPathComponent) }
        let configs = files.filter { $0.lastPathComponent == Self.configName }
        guard let spec = specs.first else {
            throw SpecsmithPluginError("target '\(targetName)' has no OpenAPI description; add one named \(Self.specNames.joined(separator: ", ")) to use the Specsmith plugin")
        }
        guard specs.count == 1 else {
            throw SpecsmithPluginError("target '\(targetName)' has \(specs.count) OpenAPI descriptions (\(specs.map(\.lastPathComponent).joined(separator: ", "))); keep exactly one")
        }
        guard let config = configs.first else {
            throw SpecsmithPluginError("target '\(targetName)' has no \(Self.configName); add one (it may be empty) to use the Specsmith plugin")
        }
        guard configs.count == 1 else {
            throw SpecsmithPluginError("target '\(targetName)' has \(configs.count) files named \(Self.configName); keep exactly one")
        }
        self.spec = spec
        self.config = config
        allSpecFiles = files.filter { ["yaml", "yml", "json"].contains($0.pathExtension) && $0 != config }
    }
}

struct SpecsmithPluginError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
