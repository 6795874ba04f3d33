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
    /// Throws every error found (with warnings alongside, so they are not lost) as one `DiagnosticsError`.
    public static func load(path: String, limits: YAMLReaderLimits = .default) throws(DiagnosticsError) -> LoadedSpec {
        let root: YAMLNode
        do throws(Diagnostic) {
            root = try YAMLParser.parse(contentsOf: path, limits: limits)
        } catch {
            throw DiagnosticsError([error])
        }
        return try load(root: root, file: path, limits: limits)
    }

    /// Decodes and checks a spec whose root file has already been read into `root`.
    public static func load(root: YAMLNode, file: String, limits: YAMLReaderLimits = .default) throws(DiagnosticsError) -> LoadedSpec {
        let document: OpenAPIDocument
        var log: DiagnosticLog
        var sections = SectionReferences(rootFile: file, root: root, limits: limits)
        do throws(Diagnostic) {
            let spliced = try sections.read(root)
            (document, log) = try SpecDecoder.decodeDocument(spliced, file: file)
        } catch {
            throw DiagnosticsError(sections.log.diagnostics + [error])
        }
        var decoded = sections.log
        decoded.append(contentsOf: log)
        log = decoded
        var checker = ReferenceChecker(resolver: SpecResolver(document: document, limits: limits))
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
