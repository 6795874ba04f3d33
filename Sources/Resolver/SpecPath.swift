/// Lexical path arithmetic for spec files. Paths stay as the user wrote them (relative stays
/// relative) so diagnostics and generated headers never contain machine-specific absolute paths.
enum SpecPath {
    /// The directory part of `path` ("" for a bare file name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// `relative` resolved against the directory of `base`, with `.` and `..` folded.
    static func resolve(_ relative: String, against base: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        return normalize(directory(of: base) + relative)
    }

    static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == ".." && isAbsolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// True for `http:`/`https:` and other URL references, which are not fetched.
    static func isRemote(_ path: String) -> Bool {
        guard let colon = path.firstIndex(of: ":") else { return false }
        let scheme = path[..<colon]
        return scheme.count > 1 && scheme.allSatisfy { $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
