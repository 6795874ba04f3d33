import Foundation

extension SpecPath {
    /// The one spelling of the file `path` names: symlinks resolved, `.`, `..` and `//` folded, and
    /// written relative to the working directory when `path` was relative (so diagnostics stay short
    /// and machine-independent). `./openapi.yaml`, `x/../openapi.yaml` and a symlink to it all give
    /// the same string, so a file gets one key however it is reached, and its types are declared once.
    /// A path that does not exist is only folded lexically; reading it will report it missing.
    static func canonical(_ path: String) -> String {
        let lexical = normalize(path)
        guard let real = realPath(lexical) else { return lexical }
        guard !lexical.hasPrefix("/"), let directory = realPath(FileManager.default.currentDirectoryPath) else { return real }
        return relative(real, from: directory)
    }

    /// `path` as an absolute path with symlinks resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` made absolute against the (real) working directory and folded lexically; the path
    /// itself need not exist.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return normalize(path) }
        let directory = realPath(FileManager.default.currentDirectoryPath) ?? FileManager.default.currentDirectoryPath
        return normalize(directory + "/" + path)
    }

    /// The absolute path `target` written relative to the absolute folder `base` (with `..` where needed).
    static func relative(_ target: String, from base: String) -> String {
        let targetParts = target.split(separator: "/")
        let baseParts = base.split(separator: "/")
        var common = 0
        while common < min(targetParts.count, baseParts.count), targetParts[common] == baseParts[common] { common += 1 }
        let parts = Array(repeating: "..", count: baseParts.count - common) + targetParts[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Whether the absolute path `path` is `folder` itself or lies below it.
    static func isInside(_ path: String, folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }
}
