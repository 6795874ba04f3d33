import Foundation
import PackagePlugin

/// `swift package generate-code-from-openapi`: writes the generated code into each target's
/// sources, for teams that commit their SDK (review it in diffs, build without the plugin).
///
/// Acts on every target that holds an OpenAPI description and a `specsmith-config.yaml`, or on
/// the targets named with `--target`. Code goes to `Sources/<Target>/Generated/`, one file per
/// type; files there that a previous run generated and this one does not are removed.
@main
struct SpecsmithCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let requested = extractor.extractOption(named: "target")
        let check = extractor.extractFlag(named: "check") > 0
        let targets = context.package.targets.compactMap { $0 as? SourceModuleTarget }.filter { target in
            requested.isEmpty ? Self.hasSpec(target) : requested.contains(target.name)
        }
        guard !targets.isEmpty else {
            throw CommandPluginError("no target holds an OpenAPI description (openapi.yaml/.yml/.json) and a specsmith-config.yaml")
        }
        let tool = try context.tool(named: "generate").url
        for target in targets {
            let files = Self.files(in: target)
            let specs = files.filter { ["openapi.yaml", "openapi.yml", "openapi.json"].contains($0.lastPathComponent) }
            guard specs.count == 1, let spec = specs.first else {
                throw CommandPluginError("target '\(target.name)' must hold exactly one openapi.yaml, openapi.yml or openapi.json (found \(specs.count))")
            }
            guard let config = files.first(where: { $0.lastPathComponent == "specsmith-config.yaml" }) else {
                throw CommandPluginError("target '\(target.name)' has no specsmith-config.yaml")
            }
            let output = target.directoryURL.appending(path: "Generated")
            var arguments = [spec.path, "--output", output.path, "--config", config.path]
            if check { arguments.append("--check") }
            let process = Process()
            process.executableURL = tool
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CommandPluginError("generating code for '\(target.name)' failed (see the diagnostics above)")
            }
        }
    }

    /// The files at the top of the target's folder, read from disk: a spec the target `exclude`s
    /// (to keep SwiftPM from warning about unhandled files) is not among its source files.
    private static func files(in target: SourceModuleTarget) -> [URL] {
        let folder = target.directoryURL
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appending(path: $0) }
    }

    private static func hasSpec(_ target: SourceModuleTarget) -> Bool {
        let names = Set(files(in: target).map(\.lastPathComponent))
        return !names.isDisjoint(with: ["openapi.yaml", "openapi.yml", "openapi.json"]) && names.contains("specsmith-config.yaml")
    }
}

struct CommandPluginError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
