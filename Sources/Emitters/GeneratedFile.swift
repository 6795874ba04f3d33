/// One file of generated output: a path relative to the output folder, and its full text.
public struct GeneratedFile: Sendable, Hashable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

extension GeneratedFile {
    /// The longest file name stem, in UTF-8 bytes, that names are kept to (file systems allow 255
    /// bytes per name; a spec's names can be far longer).
    static let maximumStemBytes = 100

    /// `stem` as a file name stem: as it is when short, else cut at a character boundary and made
    /// unique again by a stable hash of the whole stem (`StableHash`, the same on every run and platform).
    static func fileStem(_ stem: String) -> String {
        guard stem.utf8.count > maximumStemBytes else { return stem }
        let hash = StableHash.fnv1a(stem)
        var prefix = ""
        for character in stem {
            guard prefix.utf8.count + character.utf8.count <= maximumStemBytes - 17 else { break }
            prefix.append(character)
        }
        let hex = String(hash, radix: 16)
        return prefix + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
