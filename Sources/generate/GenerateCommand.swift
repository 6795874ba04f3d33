import ArgumentParser
import Diagnostics
import Foundation
import Generator

extension AccessLevel: ExpressibleByArgument {}
extension FileLayout: ExpressibleByArgument {}
extension EnumStyle: ExpressibleByArgument {}

/// `generate <spec> --output <dir>`: the command-line front door.
@main
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Swift code from an OpenAPI 3.0 or 3.1 description.",
        discussion: """
            Reads the spec (YAML or JSON, possibly split over several files), and writes Swift 6 \
            models that need only Foundation. Problems are reported as file:line:column diagnostics; \
            on any error nothing is written.

            Exit status: 0 on success, 1 when the spec has errors or --check finds differences, \
            64 for a bad command line.
            """)

    @Argument(help: "The OpenAPI description: a .yaml, .yml or .json file. Files it references are read too.")
    var spec: String

    @Option(name: [.short, .long], help: ArgumentHelp(
        "The folder to write the generated files to (created if missing).",
        discussion: "Files are rewritten only when their content changes; generated files that are no longer produced are removed; other files are left alone.",
        valueName: "dir"))
    var output: String

    @Flag(help: "Do not write anything: report the files that differ from what would be generated, and exit with status 1 if any do.")
    var check = false

    @Option(help: ArgumentHelp(
        "A specsmith-config.yaml with any of the options below and more (filters, type overrides, client defaults); flags given here win over it.",
        valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("The access level of generated declarations: public, package or internal (default public).", valueName: "level"))
    var access: AccessLevel?

    @Option(help: ArgumentHelp(
        "open: enums keep values the spec does not list (in an 'unknown' case), so new server values do not break decoding. frozen: plain Swift enums that reject unknown values.",
        valueName: "style"))
    var enumStyle: EnumStyle?

    @Option(help: ArgumentHelp(
        "grouped: a file per big type, small types together by initial (Models/A+Types.swift…), the client by tag (default). per-type: one file per type. sharded: fixed files Generated0.swift… (see --shards) and GeneratedSupport.swift, for build-tool plugins. single-file: everything in Generated.swift.",
        valueName: "layout"))
    var layout: FileLayout?

    @Option(help: ArgumentHelp(
        "The number of Generated<i>.swift files of the sharded layout, 1 to 256 (default 64).",
        valueName: "count"))
    var shards: Int?

    @Option(help: ArgumentHelp(
        "A folder of Mustache templates; each NAME.mustache replaces the built-in template of that name.",
        valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp(
        "Write a complete Swift package named <name> into the output folder: Package.swift, Sources/<name>/, a test target and a README.",
        valueName: "name"))
    var package: String?

    @Option(name: .customLong("allow-read"), help: ArgumentHelp(
        "A folder (besides the spec's own) whose files the spec's $refs may read; repeat for several.",
        discussion: "A $ref to a file outside the spec's folder and these folders is an error (symlinks are resolved first).",
        valueName: "dir"))
    var allowRead: [String] = []

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("The largest spec file read, in bytes (default \(SpecLimit.maxFileSize.defaultValue)).", valueName: "n"))
    var maxFileSize: Int?

    @Option(name: .customLong("max-nodes"), help: ArgumentHelp("The most YAML nodes read over all files of the spec (default \(SpecLimit.maxNodes.defaultValue)).", valueName: "n"))
    var maxNodes: Int?

    @Option(name: .customLong("max-alias-expansion"), help: ArgumentHelp("The most nodes YAML aliases may add once expanded (default \(SpecLimit.maxAliasExpansion.defaultValue)).", valueName: "n"))
    var maxAliasExpansion: Int?

    @Option(name: .customLong("max-depth"), help: ArgumentHelp("The deepest nesting of mappings and sequences (default \(SpecLimit.maxDepth.defaultValue), at most \(SpecLimit.maxDepth.maximum)).", valueName: "n"))
    var maxDepth: Int?

    @Option(name: .customLong("max-references"), help: ArgumentHelp("The most $refs followed in one run (default \(SpecLimit.maxReferences.defaultValue)).", valueName: "n"))
    var maxReferences: Int?

    @Flag(help: "Do not print warnings.")
    var quiet = false

    @Flag(help: "Print the time each stage took (wall clock and CPU) to standard error.")
    var timings = false

    /// The limits given on the command line.
    private var limitFlags: [(SpecLimit, Int)] {
        [(SpecLimit.maxFileSize, maxFileSize), (.maxNodes, maxNodes), (.maxAliasExpansion, maxAliasExpansion),
         (.maxDepth, maxDepth), (.maxReferences, maxReferences)]
            .compactMap { limit, value in value.map { (limit, $0) } }
    }

    /// Empty paths are command-line mistakes: an empty `--output` would otherwise mean the working
    /// directory, whose every generated file below it would be swept as stale.
    func validate() throws {
        if spec.isEmpty { throw ValidationError("the spec path is empty") }
        if output.isEmpty { throw ValidationError("'--output' is empty; name the folder to generate into") }
        if let package, !GeneratorOptions.isValidPackageName(package) {
            throw ValidationError("'--package' must be a Swift module name such as PictifySDK, found '\(package)'")
        }
        for (limit, value) in limitFlags {
            if let problem = limit.problem(with: value) { throw ValidationError("'\(limit.flag)' \(problem)") }
        }
        for folder in allowRead {
            if folder.isEmpty { throw ValidationError("'--allow-read' is empty; name a folder") }
            // A mistyped folder would otherwise surface only as every $ref into it being refused.
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("'--allow-read' names '\(folder)', which is not a folder")
            }
        }
        if let shards, !ShardedLayout.shardCounts.contains(shards) {
            let range = ShardedLayout.shardCounts
            throw ValidationError("'--shards' must be from \(range.lowerBound) to \(range.upperBound), found \(shards)")
        }
    }

    mutating func run() throws {
        var options = GeneratorOptions()
        if let config {
            do throws(Diagnostic) {
                options = GeneratorOptions(configuration: try GeneratorConfiguration.load(path: config))
            } catch {
                report([error])
                throw ExitCode.failure
            }
        }
        if let access { options.access = access }
        if let enumStyle { options.enumStyle = enumStyle }
        if let layout { options.layout = layout }
        if let shards { options.shardCount = shards }
        if let templates { options.templatesDirectory = templates }
        if let package { options.packageName = package }
        for (limit, value) in limitFlags { limit.apply(value, to: &options.limits) }
        options.readableFolders.extra += allowRead
        let generation: Generation
        do {
            generation = try SpecsmithGenerator.generate(specPath: spec, options: options)
        } catch {
            report(error.diagnostics)
            throw ExitCode.failure
        }
        if !quiet { report(generation.warnings) }
        var clock = StageClock()
        let folder = OutputFolder(path: output)
        let changes: OutputChanges
        do throws(Diagnostic) {
            changes = check ? try folder.changes(for: generation.files) : try folder.write(generation.files)
        } catch {
            report([error])
            throw ExitCode.failure
        }
        clock.lap(check ? "check" : "write")
        if timings { reportTimings(generation.timings + clock.timings) }
        guard check else {
            print("Generated \(generation.files.count) files in \(output): \(changes.added.count) added, \(changes.changed.count) changed, \(changes.removed.count) removed, \(changes.unchanged.count) unchanged")
            return
        }
        guard changes.isEmpty else {
            for (label, paths) in [("added", changes.added), ("changed", changes.changed), ("removed", changes.removed)] {
                for path in paths { Standard.error("\(outputPath(path)): error: would be \(label)") }
            }
            Standard.error("generate: error: '\(output)' is not up to date with \(spec); run without --check to regenerate")
            throw ExitCode.failure
        }
        print("\(output) is up to date (\(generation.files.count) files)")
    }

    private func reportTimings(_ timings: [StageTiming]) {
        let width = timings.map(\.stage.count).max() ?? 0
        func line(_ stage: String, _ wall: Double, _ cpu: Double) -> String {
            stage.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: "  %8.1f ms wall  %8.1f ms CPU", wall * 1000, cpu * 1000)
        }
        for timing in timings { Standard.error(line(timing.stage, timing.wallSeconds, timing.cpuSeconds)) }
        Standard.error(line("total", timings.reduce(0) { $0 + $1.wallSeconds }, timings.reduce(0) { $0 + $1.cpuSeconds }))
    }

    /// `path`, relative to the output folder, as the user would write it.
    private func outputPath(_ path: String) -> String {
        output.hasSuffix("/") ? output + path : output + "/" + path
    }

    private func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            Standard.error(diagnostic.description)
        }
    }

    /// Parses and runs, rendering command-line mistakes compiler-style instead of as a usage dump.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
            } else if !(error is ExitCode) {
                Standard.error("generate: error: \(message(for: error))")
                Standard.error("generate: note: see 'generate --help' for the options")
            }
            Foundation.exit(code.rawValue)
        }
    }
}

enum Standard {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
