import Diagnostics
import OpenAPIModel
import YAMLReader

/// Whole sections written as a reference: `paths: {$ref: ./paths/_index.yml}`,
/// `components: {schemas: {$ref: ./schemas/_index.yml}}`.
///
/// OpenAPI does not allow a `$ref` in place of `paths` or of a `components` map, but common
/// bundlers accept it and multi-file specs use it (Google Maps). The obvious reading is the
/// content the reference names, so each such section is replaced by that content before the
/// document is decoded, with a warning at the `$ref`. The content keeps its own file and
/// places, so references inside it resolve relative to the file it is in, and diagnostics point
/// there. Remote and dangling references stay located errors.
struct SectionReferences {
    /// Top-level sections that may be a reference (2.0's sections too: the Swagger 2.0 converter
    /// runs on the result).
    private static let topLevel: Set<String> = [
        "paths", "webhooks", "components", "definitions", "parameters", "responses", "securityDefinitions",
    ]

    /// How many references in a row are followed for one section before giving up (a cycle).
    private static let maximumChain = 16

    private var store: SpecFileStore
    /// The folders a section's `$ref` may read, as `SpecResolver` has them.
    private let readableFolders: [String]
    /// Warnings, one per reference read the forgiving way.
    var log = DiagnosticLog()

    init(rootFile: String, root: YAMLNode, rootNodeCount: Int, limits: SpecLimits, readableFolders: ReadableFolders) {
        store = SpecFileStore(rootFile: rootFile, root: root, rootNodeCount: rootNodeCount, limits: limits.reader)
        self.readableFolders = readableFolders.resolvedFolders(rootFile: rootFile)
    }

    /// Every file read to fill a section, so that build tools see them as inputs.
    var files: [String] { store.files }

    /// `root` with every section that is a reference replaced by what it names.
    mutating func read(_ root: YAMLNode) throws(Diagnostic) -> YAMLNode {
        guard let pairs = root.pairs, pairs.contains(where: { Self.topLevel.contains($0.keyText) }) else { return root }
        var result: [YAMLPair] = []
        for pair in pairs {
            guard Self.topLevel.contains(pair.keyText) else {
                result.append(pair)
                continue
            }
            var value = try section(pair.value, name: pair.keyText)
            if pair.keyText == "components", let members = value.pairs {
                var spliced: [YAMLPair] = []
                for member in members {
                    spliced.append(YAMLPair(key: member.key, value: try section(member.value, name: "components/\(member.keyText)")))
                }
                value = YAMLNode.mapping(spliced, at: value.location)
            }
            result.append(YAMLPair(key: pair.key, value: value))
        }
        return YAMLNode.mapping(result, at: root.location)
    }

    /// The section itself, or, when it is only a `$ref`, the node the reference names.
    private mutating func section(_ node: YAMLNode, name: String) throws(Diagnostic) -> YAMLNode {
        var current = node
        for _ in 0..<Self.maximumChain {
            guard let pairs = current.pairs, let refPair = pairs.first(where: { $0.keyText == "$ref" }),
                  let target = refPair.value.scalar?.text, refPair.value.scalar?.value != .null else {
                return current
            }
            let reference = Reference(target: target, location: refPair.value.location)
            log.warning("'\(name)' is a '$ref' to '\(target)'; OpenAPI does not allow a reference in place of a whole section, "
                        + "read as the content it names", at: refPair.value.location)
            for pair in pairs where pair.keyText != "$ref" {
                log.warning("'\(pair.keyText)' beside the '$ref' that stands for '\(name)' is ignored", at: pair.key.location)
            }
            current = try content(of: reference)
        }
        throw .error("'\(name)' is a chain of more than \(Self.maximumChain) references", at: node.location)
    }

    private mutating func content(of reference: Reference) throws(Diagnostic) -> YAMLNode {
        let key = try SpecResolver.parseKey(reference, readableFolders: readableFolders)
        let root = try store.root(of: key.file, referencedAt: reference)
        switch key.pointer.evaluate(in: root) {
        case .success(let node):
            return node
        case .failure(let failure):
            let place = failure.found.tokens.isEmpty ? "the top level of '\(key.file)'" : "'#\(failure.found)'"
            throw .error("'$ref' target '\(reference.target)' does not exist: there is no '\(failure.missingToken)' in \(place)",
                         at: reference.location)
        }
    }
}
