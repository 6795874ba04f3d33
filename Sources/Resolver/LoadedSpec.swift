import Diagnostics
import OpenAPIModel
import YAMLReader

/// A spec read from disk, decoded, and with every reference checked: the input of the IR stage.
public struct LoadedSpec {
    public var document: OpenAPIDocument
    public var resolver: SpecResolver
    /// Warnings from reading, decoding and resolving, in the order found.
    public var warnings: [Diagnostic]

    /// Files read to fill sections written as a `$ref` (see `SectionReferences`).
    var sectionFiles: [String] = []

    /// Every file the spec consists of (root first is not guaranteed; sorted), for build tools.
    public var files: [String] { Array(Set(resolver.files).union(sectionFiles)).sorted() }

    /// Reads, decodes and checks the spec whose root file is `path`.
    ///
    /// The root is read under its canonical name (`SpecPath.canonical`: symlinks resolved, `.` and
    /// `..` folded), so every spelling of the same file generates the same code. `$ref`s may read
    /// files in the root file's folder and in `readableFolders` only.
    /// Throws every error found (with warnings alongside, so they are not lost) as one `DiagnosticsError`.
    public static func load(
        path: String, limits: SpecLimits = .default, readableFolders: ReadableFolders = ReadableFolders()
    ) throws(DiagnosticsError) -> LoadedSpec {
        let file = SpecPath.canonical(path)
        let root: YAMLNode
        var nodeCount = 0
        do throws(Diagnostic) {
            root = try YAMLParser.parse(contentsOf: file, limits: limits.reader, nodeCount: &nodeCount)
        } catch {
            throw DiagnosticsError([error])
        }
        return try load(root: root, file: file, limits: limits, readableFolders: readableFolders, rootNodeCount: nodeCount)
    }

    /// Decodes and checks a spec whose root file has already been read into `root`
    /// (`rootNodeCount` nodes, which count against `limits.reader.maxNodes`).
    public static func load(
        root: YAMLNode, file: String, limits: SpecLimits = .default, readableFolders: ReadableFolders = ReadableFolders(),
        rootNodeCount: Int = 0
    ) throws(DiagnosticsError) -> LoadedSpec {
        let document: OpenAPIDocument
        var log: DiagnosticLog
        var sections = SectionReferences(
            rootFile: file, root: root, rootNodeCount: rootNodeCount, limits: limits, readableFolders: readableFolders)
        do throws(Diagnostic) {
            let spliced = try sections.read(root)
            (document, log) = try SpecDecoder.decodeDocument(spliced, file: file)
        } catch {
            throw DiagnosticsError(sections.log.diagnostics + [error])
        }
        var decoded = sections.log
        decoded.append(contentsOf: log)
        log = decoded
        var checker = ReferenceChecker(resolver: SpecResolver(
            document: document, limits: limits, readableFolders: readableFolders, rootNodeCount: rootNodeCount))
        checker.checkDocument()
        log.append(contentsOf: checker.resolver.log)
        log.append(contentsOf: checker.problems)
        if log.hasErrors {
            throw DiagnosticsError(log.diagnostics)
        }
        return LoadedSpec(document: document, resolver: checker.resolver, warnings: log.diagnostics,
                          sectionFiles: sections.files.count > 1 ? sections.files : [])
    }
}
