import Emitters

/// The `grouped` file layout, the default: a file of its own for each big type
/// (`Models/Repository.swift`), small types together by the first letter of their name
/// (`Models/R+Types.swift`), the client and runtime support as the per-type layout writes them.
///
/// Every file costs the compiler more than its lines: each is a job's primary file with its own
/// object, dependency, diagnostics and index files, and the driver plans and tracks each one. A
/// big API has hundreds of types of a few dozen lines (enums, small request bodies), and for them
/// that cost is most of the build: GitHub's SDK (767 files per type) took about 15% more CPU to
/// build than the same code in 209 files. A type's place follows from its name and size alone, so
/// it is easy to find, and a spec change rewrites only the files of the types it changes.
public enum GroupedLayout {
    /// Types whose per-type file has fewer lines than this share a file. At 120, GitHub's SDK has
    /// 156 files of their own and 26 of small types (about 1,100 lines each), Stripe's 257 and 26.
    public static let smallTypeLineLimit = 120

    /// The file that holds the small types whose names start with `name`'s first letter:
    /// `R+Types.swift`, which sorts just before the big types starting with R. The compiler driver
    /// cuts the sorted files into runs of 25 per job; spread over the alphabet, the groups share
    /// those jobs with big types instead of all landing in the last one, which kept one core busy
    /// alone for 15 s at the end of GitHub's build.
    public static func groupFileName(forTypeNamed name: String) -> String {
        "\(initial(of: name))+Types.swift"
    }

    /// `files` (one per type, sorted by path, as the per-type layout writes them) with the small
    /// types of each folder joined by initial; the groups keep the order of their members' paths.
    static func apply(to files: [GeneratedFile]) -> [GeneratedFile] {
        let header = FileConcatenation.header(of: files)
        var laidOut: [GeneratedFile] = []
        var groups: [String: [GeneratedFile]] = [:]
        for file in files {
            guard let group = groupPath(of: file) else {
                laidOut.append(file)
                continue
            }
            groups[group, default: []].append(file)
        }
        for (path, members) in groups {
            let contents = FileConcatenation.joinHoistingImports(members, header: header) { typeName(of: $0) ?? $0.path }
            laidOut.append(GeneratedFile(path: path, contents: contents))
        }
        return laidOut.sorted { $0.path < $1.path }
    }

    private static let modelsFolder = "Models/"

    /// The group file `file` joins, or nil for a file that stays as it is: anything outside
    /// `Models/`, and a type of `smallTypeLineLimit` lines or more.
    private static func groupPath(of file: GeneratedFile) -> String? {
        guard let name = typeName(of: file), !isBig(file.contents) else { return nil }
        return modelsFolder + groupFileName(forTypeNamed: name)
    }

    /// The type a per-type model file holds (`Models/Binding.swift` → `Binding`; the file name is the
    /// type's name, or a shortened form of a very long one).
    private static func typeName(of file: GeneratedFile) -> String? {
        guard file.path.hasPrefix(modelsFolder), file.path.hasSuffix(".swift") else { return nil }
        let name = file.path.dropFirst(modelsFolder.count).dropLast(".swift".count)
        return name.isEmpty || name.contains("/") ? nil : String(name)
    }

    private static func isBig(_ contents: String) -> Bool {
        var lines = 0
        for byte in contents.utf8 where byte == UInt8(ascii: "\n") {
            lines += 1
            if lines >= smallTypeLineLimit { return true }
        }
        return false
    }

    /// `A` … `Z` for a name that starts with an ASCII letter (either case), `Other` for the rest
    /// (`_2FA`, a name in another script): a file name that is the same on every file system.
    private static func initial(of name: String) -> String {
        guard let first = name.utf8.first else { return "Other" }
        switch first {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return String(UnicodeScalar(first))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return String(UnicodeScalar(first - 32))
        default: return "Other"
        }
    }
}
