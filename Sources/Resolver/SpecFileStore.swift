import Diagnostics
import OpenAPIModel
import YAMLReader

/// The files of one spec, read on first use and kept, so a file referenced 400 times is parsed once.
struct SpecFileStore {
    private var roots: [String: YAMLNode] = [:]
    /// Files that failed to read, so a broken file referenced 400 times is read and reported once.
    private var failures: [String: Diagnostic] = [:]
    let limits: YAMLReaderLimits

    /// Nodes read so far in all files, against `limits.maxNodes` (which bounds the whole spec).
    private var nodeCount: Int

    /// `rootFile` must be canonical (`SpecPath.canonical`), as every key is.
    init(rootFile: String, root: YAMLNode, rootNodeCount: Int, limits: YAMLReaderLimits) {
        self.limits = limits
        roots[rootFile] = root
        nodeCount = rootNodeCount
    }

    /// Every file read so far (normalised paths), for build systems that need the inputs.
    var files: [String] { roots.keys.sorted() }

    /// The root node of `file`, reading it if needed. `reference` is where the file was named,
    /// so a missing file is reported at the `$ref` that named it.
    mutating func root(of file: String, referencedAt reference: Reference) throws(Diagnostic) -> YAMLNode {
        let key = file
        if let root = roots[key] { return root }
        if let failure = failures[key] { throw failure }
        let root: YAMLNode
        do {
            root = try YAMLParser.parse(contentsOf: key, limits: limits, nodeCount: &nodeCount)
        } catch {
            if error.message == "no such file" {
                // Not remembered: each `$ref` that names the missing file is its own mistake.
                throw .error("'$ref' names the file '\(key)', which does not exist", at: reference.location)
            }
            let failure = Diagnostic.error("in the file referenced by '\(reference.target)': \(error.message)", at: error.location,
                                           notes: [.note("referenced here", at: reference.location)] + error.notes)
            failures[key] = failure
            throw failure
        }
        roots[key] = root
        return root
    }
}
