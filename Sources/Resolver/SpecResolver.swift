import Diagnostics
import Foundation
import OpenAPIModel
import YAMLReader

/// Follows `$ref`s: within the root file by JSON pointer, and into other files relative to the
/// file that holds the reference. Each target is decoded once and cached; chains of references
/// are followed to the end, and a chain that comes back on itself is a located error.
public struct SpecResolver {
    public let document: OpenAPIDocument
    /// Warnings from files read while resolving.
    public internal(set) var log = DiagnosticLog()
    private var store: SpecFileStore
    private var cache: [CacheKey: Any] = [:]
    /// Targets decoded with the keys written beside their `$ref` (see `Reference.overrides`), by
    /// the place of the `$ref`: each is decoded, and its warnings reported, once.
    var overriddenValues: [SourceLocation: Any] = [:]
    /// `$ref` text and the file it is written in → its key; big specs repeat the same few hundred targets thousands of times.
    private var keys: [KeySource: ReferenceKey] = [:]
    /// Nodes found by `node(for:)`: walking a pointer searches each mapping on the way linearly, and
    /// the IR builder asks for the same examples and targets again and again.
    private var nodes: [ReferenceKey: YAMLNode] = [:]
    /// File names as written in locations → their canonical spelling (see `canonicalFile`).
    private var canonicalFiles: [String: String] = [:]

    private struct KeySource: Hashable {
        let file: String
        let target: String

        // Only the target is hashed: nearly every reference of a spec is written in the same file, whose
        // long path would double the hashing; equality still tells files apart.
        func hash(into hasher: inout Hasher) {
            hasher.combine(target)
        }
    }

    private struct CacheKey: Hashable {
        let kind: String
        let key: ReferenceKey
    }

    /// The root file, spelled as every key spells it (`SpecPath.canonical`), so a `#/…` reference in
    /// the root file and a component looked up by name get the same key however the user named the file.
    public let rootFile: String
    /// The folders files may be read from, with symlinks resolved (the root file's folder first).
    private let readableFolders: [String]
    private let limits: SpecLimits
    /// How many `$ref`s have been followed so far, against `limits.maxReferences`.
    private var referencesFollowed = 0
    /// Whether `limits.maxReferences` has been hit: every later follow fails too, and one error says it all.
    public private(set) var referenceLimitExceeded = false

    /// `rootNodeCount` is how many nodes the root file holds, so `maxNodes` bounds the root and the
    /// files it references together.
    public init(document: OpenAPIDocument, limits: SpecLimits = .default, readableFolders: ReadableFolders = ReadableFolders(),
                rootNodeCount: Int = 0) {
        self.document = document
        self.limits = limits
        let rootFile = SpecPath.canonical(document.file)
        self.rootFile = rootFile
        self.readableFolders = readableFolders.resolvedFolders(rootFile: rootFile)
        self.store = SpecFileStore(rootFile: rootFile, root: document.root, rootNodeCount: rootNodeCount, limits: limits.reader)
    }

    /// Every file of the spec read so far, the root included.
    public var files: [String] { store.files }

    /// The file and pointer a reference designates.
    public mutating func key(for reference: Reference) throws(Diagnostic) -> ReferenceKey {
        // Every follow counts, cached or not: what the limit bounds is the work a spec can cause.
        referencesFollowed += 1
        if referencesFollowed > limits.maxReferences {
            referenceLimitExceeded = true
            throw .error("more than \(limits.maxReferences) '$ref's followed; refusing to follow more (is this a reference bomb?)"
                         + SpecLimits.hint(flag: "--max-references", key: "maxReferences"), at: reference.location)
        }
        let source = KeySource(file: reference.location.file, target: reference.target)
        if let key = keys[source] { return key }
        let key = try Self.parseKey(reference, readableFolders: readableFolders, referringFile: canonicalFile(reference.location.file))
        keys[source] = key
        return key
    }

    /// `SpecPath.canonical(file)`, worked out once per file: every `$ref` in a file is written in the same one.
    private mutating func canonicalFile(_ file: String) -> String {
        if let canonical = canonicalFiles[file] { return canonical }
        let canonical = SpecPath.canonical(file)
        canonicalFiles[file] = canonical
        return canonical
    }

    /// The file and pointer `reference` names, relative to the file it is written in; a remote
    /// URL or a fragment that is not a JSON pointer is a located error.
    /// The file and pointer `reference` names, relative to the file it is written in; a remote URL,
    /// a fragment that is not a JSON pointer, or a file outside `readableFolders` (resolved, see
    /// `ReadableFolders.resolvedFolders`) is a located error.
    /// `referringFile` is the canonical spelling of the file the reference is written in, when the
    /// caller knows it (it costs file-system calls to work out).
    static func parseKey(_ reference: Reference, readableFolders: [String], referringFile: String? = nil) throws(Diagnostic) -> ReferenceKey {
        let target = reference.target
        let hashIndex = target.firstIndex(of: "#")
        let filePart = hashIndex.map { String(target[..<$0]) } ?? target
        let fragment = hashIndex.map { String(target[target.index(after: $0)...]) } ?? ""
        if SpecPath.isRemote(filePart) {
            throw .error("'$ref' to a remote URL ('\(target)') is not supported; download the file and reference it by path",
                         at: reference.location)
        }
        guard let pointer = JSONPointer(fragment: fragment) else {
            throw .error("'$ref' fragment '#\(fragment)' is not a JSON pointer (it must start with '/')", at: reference.location)
        }
        // A `$ref` is a URI reference: `my%20models/pet.yaml` names the directory `my models`.
        let path = filePart.utf8.contains(UInt8(ascii: "%")) ? (filePart.removingPercentEncoding ?? filePart) : filePart
        if path.isEmpty {
            return ReferenceKey(file: referringFile ?? SpecPath.canonical(reference.location.file), pointer: pointer)
        }
        let file = try readableFile(SpecPath.resolve(path, against: reference.location.file), reference: reference,
                                    readableFolders: readableFolders)
        return ReferenceKey(file: file, pointer: pointer)
    }

    /// The canonical path of the file a `$ref` names, if it lies in a folder the spec may read.
    /// A file that does not exist is judged by where it would be, so a missing file outside the
    /// folders says "outside" rather than revealing whether it exists.
    private static func readableFile(_ path: String, reference: Reference, readableFolders: [String]) throws(Diagnostic) -> String {
        let real = SpecPath.realPath(path) ?? SpecPath.absolute(path)
        guard readableFolders.contains(where: { SpecPath.isInside(real, folder: $0) }) else {
            throw .error("'$ref' '\(reference.target)' names '\(real)', which is outside the spec's folder; "
                         + "a spec reads only files in its own folder and in folders given with --allow-read DIR "
                         + "or 'allowRead' in specsmith-config.yaml", at: reference.location)
        }
        return SpecPath.canonical(path)
    }

    /// The node a reference designates.
    public mutating func node(for reference: Reference) throws(Diagnostic) -> (key: ReferenceKey, node: YAMLNode) {
        let key = try key(for: reference)
        if let node = nodes[key] { return (key, node) }
        let root = try store.root(of: key.file, referencedAt: reference)
        switch key.pointer.evaluate(in: root) {
        case .success(let node):
            nodes[key] = node
            return (key, node)
        case .failure(let failure):
            let place = failure.found.tokens.isEmpty ? "the top level of '\(key.file)'" : "'#\(failure.found)'"
            throw .error("'$ref' target '\(reference.target)' does not exist: there is no '\(failure.missingToken)' in \(place)",
                         at: reference.location)
        }
    }

    /// The spec data a reference designates (an Example Object's target, say), for stages that
    /// see spec data only as `SpecValue`s.
    public mutating func value(for reference: Reference) throws(Diagnostic) -> SpecValue {
        SpecValue(try node(for: reference).node)
    }

    /// Resolves a reference to a value of some kind, following chains of references to the end.
    /// `decode` turns the target node into the value; `nestedReference` tells whether a decoded
    /// value is itself only a reference to follow further.
    mutating func resolve<Value>(
        _ reference: Reference,
        kind: String,
        decode: (inout SpecDecoder, YAMLNode) throws(Diagnostic) -> Value,
        component: (ReferenceKey) -> Value? = { _ in nil },
        nestedReference: (Value) -> Reference?
    ) throws(Diagnostic) -> (key: ReferenceKey, value: Value) {
        var chain: [(key: ReferenceKey, reference: Reference)] = []
        var current = reference
        while true {
            let key = try key(for: current)
            if let index = chain.firstIndex(where: { $0.key == key }) {
                throw Self.cycleError(members: chain[index...].map(\.key),
                                      references: chain[(index + 1)...].map(\.reference) + [current])
            }
            chain.append((key, current))
            let value: Value
            let cacheKey = CacheKey(kind: kind, key: key)
            if let decoded = component(key) {
                // Already decoded with the document: no need to walk the tree and decode again.
                value = decoded
            } else if let cached = cache[cacheKey] as? Value {
                value = cached
            } else {
                let (_, node) = try node(for: current)
                var decoder = SpecDecoder(version: document.version)
                do throws(Diagnostic) {
                    value = try decode(&decoder, node)
                } catch {
                    // The target is where the shape is wrong; the `$ref` is often the actual mistake.
                    var located = error
                    located.notes.append(.note("reached through this '$ref'", at: current.location))
                    throw located
                }
                log.append(contentsOf: decoder.log)
                cache[cacheKey] = value
            }
            guard let next = nestedReference(value) else { return (key, value) }
            current = next
        }
    }

    /// The error for a cycle of references with no structure between them. `references[i]` is the `$ref` written in `members[i]`
    /// (leading to the next member). The cycle is described from its smallest key whichever member
    /// the walk entered by, so every walk that runs into it reports the same error, located at a
    /// `$ref` of the cycle itself rather than at one outside that leads into it.
    private static func cycleError(members: [ReferenceKey], references: [Reference]) -> Diagnostic {
        let start = members.indices.min { members[$0] < members[$1] } ?? 0
        let keys = Array(members[start...] + members[..<start])
        let refs = Array(references[start...] + references[..<start])
        let names = (keys + keys.prefix(1)).map(\.description).joined(separator: " → ")
        return .error("'$ref' cycle with nothing but references in it: \(names)", at: refs.first?.location,
                      notes: refs.dropFirst().map { .note("the cycle continues here", at: $0.location) })
    }
}
