import Diagnostics
import Emitters
import IR
import Resolver

/// The result of generating code for a spec: every file, in memory, with the warnings found.
public struct Generation: Sendable {
    /// Generated files, sorted by path.
    public var files: [GeneratedFile]
    public var warnings: [Diagnostic]
    /// Every spec file read (the root and the files it references), for build systems.
    public var inputs: [String]
    /// The time each stage took (`generate --timings`).
    public var timings: [StageTiming] = []
}

/// The one entry point the CLI, the plugins and the tests use: runs the whole pipeline in
/// memory, so that nothing is written unless everything succeeded.
public enum SpecsmithGenerator {
    /// Reads the spec at `specPath` and generates code for it.
    ///
    /// Throws every error found, together with the warnings found before them.
    public static func generate(specPath: String, options: GeneratorOptions = GeneratorOptions()) throws(DiagnosticsError) -> Generation {
        // Deeply nested schemas recurse deeply in every stage; see `LargeStack`.
        try LargeStack.run { () -> Result<Generation, DiagnosticsError> in
            do throws(DiagnosticsError) {
                return .success(try generateOnThisThread(specPath: specPath, options: options))
            } catch {
                return .failure(error)
            }
        }.get()
    }

    private static func generateOnThisThread(specPath: String, options: GeneratorOptions) throws(DiagnosticsError) -> Generation {
        var clock = StageClock()
        // Built in a function of its own so the spec's node tree is freed before the files are
        // rendered: the IR holds everything emitting needs, and the tree is most of the peak memory.
        let (module, specFile, inputs, loadWarnings) = try buildModule(specPath: specPath, options: options, clock: &clock)
        var warnings = loadWarnings
        var templateLog = DiagnosticLog()
        let files: [GeneratedFile]
        do throws(Diagnostic) {
            let templates: TemplateSet
            if let directory = options.templatesDirectory {
                templates = try TemplateSet.loading(overridesFrom: directory, log: &templateLog)
            } else {
                templates = try TemplateSet.defaults()
            }
            clock.lap("templates")
            var emitted: [GeneratedFile] = []
            if !options.outputs.isEmpty {
                let models = try ModelsEmitter(templates: templates, access: options.access, specFile: specFile).emit(module)
                clock.lap("models")
                if options.outputs.contains(.validators) {
                    emitted += try ValidatorsEmitter(templates: templates, access: options.access, specFile: specFile)
                        .emit(module, models: models)
                    clock.lap("validators")
                } else {
                    emitted += models
                }
            }
            if options.outputs.contains(.client) {
                emitted += try ClientEmitter(
                    templates: templates, access: options.access, specFile: specFile, options: options.client,
                    validates: options.outputs.contains(.validators))
                    .emit(module)
                clock.lap("client")
            }
            files = emitted
        } catch {
            throw DiagnosticsError(warnings + templateLog.diagnostics + [error])
        }
        warnings += templateLog.diagnostics
        var laidOut = options.layout.apply(to: files.sorted { $0.path < $1.path }, shardCount: options.shardCount)
        if let packageName = options.packageName {
            let clientName = options.outputs.contains(.client) && !module.operations.isEmpty
                ? (options.client.name ?? module.defaultClientName) : nil
            laidOut = SwiftPackageLayout(
                name: packageName, specFile: specFile, module: module, clientName: clientName, options: options)
                .apply(to: laidOut)
        }
        clock.lap("layout")
        // A schema reached under two names (a component and the file it came from) is decoded
        // twice; its warnings are reported once.
        var seen: Set<Diagnostic> = []
        return Generation(files: laidOut, warnings: warnings.filter { seen.insert($0).inserted }, inputs: inputs, timings: clock.timings)
    }

    /// Reads and resolves the spec and builds the IR, with the spec's file name, the files read
    /// and the warnings so far.
    private static func buildModule(specPath: String, options: GeneratorOptions, clock: inout StageClock)
        throws(DiagnosticsError) -> (IRModule, specFile: String, inputs: [String], warnings: [Diagnostic]) {
        let spec = try LoadedSpec.load(path: specPath, limits: options.limits, readableFolders: options.readableFolders)
        clock.lap("read and resolve")
        var warnings = spec.warnings
        // The resolved root file's name, so a symlink or another spelling of the path changes nothing.
        let specFile = specFileName(spec.resolver.rootFile)
        let inputs = spec.files
        if let configuration = options.configuration {
            let problems = ConfigurationCheck.problems(in: configuration, for: spec)
            if !problems.isEmpty { throw DiagnosticsError(warnings + problems) }
        }
        let modelOptions = ModelOptions(
            enumStyle: options.enumStyle, formatOverrides: options.formatOverrides, schemaOverrides: options.schemaOverrides,
            operationFilter: options.operationFilter)
        let (module, modelWarnings) = try ModelBuilder.build(spec, options: modelOptions)
        warnings += modelWarnings
        clock.lap("intermediate representation")
        return (module, specFile, inputs, warnings)
    }

    /// The spec's file name, which generated headers name (never a full path).
    private static func specFileName(_ specPath: String) -> String {
        specPath.split(separator: "/").last.map(String.init) ?? specPath
    }
}
