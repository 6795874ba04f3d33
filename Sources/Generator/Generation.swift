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
}

/// The one entry point the CLI, the plugins and the tests use: runs the whole pipeline in
/// memory, so that nothing is written unless everything succeeded.
public enum SpecsmithGenerator {
    /// Reads the spec at `specPath` and generates code for it.
    ///
    /// Throws every error found, together with the warnings found before them.
    public static func generate(specPath: String, options: GeneratorOptions = GeneratorOptions()) throws(DiagnosticsError) -> Generation {
        let spec = try LoadedSpec.load(path: specPath, limits: options.limits)
        var warnings = spec.warnings
        let (module, modelWarnings) = try ModelBuilder.build(spec, options: ModelOptions(enumStyle: options.enumStyle))
        warnings += modelWarnings
        var templateLog = DiagnosticLog()
        let files: [GeneratedFile]
        do throws(Diagnostic) {
            let templates: TemplateSet
            if let directory = options.templatesDirectory {
                templates = try TemplateSet.loading(overridesFrom: directory, log: &templateLog)
            } else {
                templates = try TemplateSet.defaults()
            }
            let specFile = specPath.split(separator: "/").last.map(String.init) ?? specPath
            files = try ModelsEmitter(templates: templates, access: options.access, specFile: specFile).emit(module)
                + ClientEmitter(templates: templates, access: options.access, specFile: specFile).emit(module)
        } catch {
            throw DiagnosticsError(warnings + templateLog.diagnostics + [error])
        }
        warnings += templateLog.diagnostics
        return Generation(files: files.sorted { $0.path < $1.path }, warnings: warnings, inputs: spec.files)
    }
}
