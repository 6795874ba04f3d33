import Foundation
import PackagePlugin

/// Generates Swift code at build time for a target that contains an OpenAPI description
/// (`openapi.yaml`, `openapi.yml` or `openapi.json`) and a `specsmith-config.yaml`.
///
/// The code goes to the plugin's work directory in the generator's sharded layout: a build command
/// must name its outputs before it runs, and the shard files (`Generated0.swift`…, plus
/// `GeneratedSupport.swift`) have fixed names, yet the compiler can still spread them over its
/// cores, and a spec change rewrites (so recompiles) only the shards of the types it touches.
/// Every YAML and JSON file in the target is an input, so editing any file of a multi-file spec
/// regenerates; when nothing changed SwiftPM does not run the command, and the generator rewrites
/// no file whose text is unchanged.
@main
struct SpecsmithBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let files = target.sourceFiles.map(\.url)
        let inputs = try SpecsmithInputs(targetName: target.name, files: files)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        let shards = try ShardSetting.shardCount(inConfiguration: inputs.config)
        // The shard count goes on the command line too, so the files written are exactly the
        // files declared, even if the configuration spells `shards` in a way this reader misses.
        let outputs = (0..<shards).map { "Generated\($0).swift" } + ["GeneratedSupport.swift"]
        return [
            .buildCommand(
                displayName: "Generating Swift code from \(inputs.spec.lastPathComponent) for \(target.name)",
                executable: try context.tool(named: "generate").url,
                arguments: [
                    inputs.spec.path, "--output", output.path, "--config", inputs.config.path,
                    "--layout", "sharded", "--shards", String(shards), "--quiet",
                ],
                inputFiles: inputs.allSpecFiles + [inputs.config],
                outputFiles: outputs.map { output.appending(path: $0) })
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

/// The `shards:` setting of `specsmith-config.yaml`, read without a YAML parser (a plugin can use
/// none of Specsmith's modules): a top-level `shards: N` line, else the generator's default.
enum ShardSetting {
    /// `ShardedLayout.defaultShardCount` in the generator.
    static let defaultShardCount = 64

    static func shardCount(inConfiguration url: URL) throws -> Int {
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("shards:") {
            let value = line.dropFirst("shards:".count).prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            guard let count = Int(value), (1...256).contains(count) else {
                throw SpecsmithPluginError("\(url.lastPathComponent): 'shards' must be a whole number from 1 to 256, found '\(value)'")
            }
            return count
        }
        return defaultShardCount
    }
}

struct SpecsmithPluginError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
