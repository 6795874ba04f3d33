import Emitters

/// The `grouped` file layout, the default: a file of its own for each big type
/// (`Models/Repository.swift`), small types together by the start of their name
/// (`Models/R+Types.swift`), the client and runtime support as the per-type layout writes them.
///
/// Every file costs the compiler more than its lines: each is a job's primary file with its own
/// object, dependency, diagnostics and index files, and the driver plans and tracks each one. A
/// big API has hundreds of types of a few dozen lines (enums, small request bodies), and for them
/// that cost is most of the build: GitHub's SDK in 767 files (one per type) took a quarter more
/// CPU to build than the same code in this layout's 213. A type's place follows from its name
/// and size alone, so it is easy to find, and a spec change rewrites only the files of the types
/// it changes.
public enum GroupedLayout {
    /// Types whose per-type file has fewer lines than this share a file. At 120, GitHub's SDK has
    /// 155 files of their own and 31,000 lines of small types, Stripe's 256 and 76,000.
    public static let smallTypeLineLimit = 120

    /// The most lines a group file holds while a longer prefix can still split it: a group of a
    /// letter's small types that is bigger is split by the next character (`P+Types.swift` becomes
    /// `Pa+Types.swift`, `Pe+Types.swift`, …), again as needed. Without it Stripe's small types
    /// starting with P (`PaymentMethodDetails…`) were one file of 27,000 lines: one compiler job,
    /// and one core, for a third of its small types. At 6,000 none of GitHub's groups is split
    /// (the largest has 4,800 lines) and Stripe's small types are in 92 files of at most 5,300
    /// lines; 3,000 split them into 114 files, many of a few dozen lines.
    public static let groupLineLimit = 6_000

    /// The file for the group of small types whose names start with `prefix` (as
    /// `groupPrefix(of:length:)` writes it): `R+Types.swift`, which sorts just before the big types
    /// starting with R. The compiler driver cuts the sorted files into runs of 25 per job; spread
    /// over the alphabet, the groups share those jobs with big types instead of all landing in the
    /// last one, which kept one core busy alone for 15 s at the end of GitHub's build.
    public static func groupFileName(prefix: String) -> String {
        "\(prefix)+Types.swift"
    }

    /// The first `length` characters of `name` as a group's prefix: an ASCII letter first in upper
    /// case, then lower-case letters, digits and `_`, so that names differing only in case share a
    /// file (as case-insensitive file systems need). A name whose first character is not an ASCII
    /// letter is in `Other`, and any other character counts as `_`. Nil when `name` is shorter.
    public static func groupPrefix(of name: String, length: Int) -> String? {
        var bytes = Array(name.utf8.prefix(length))
        guard bytes.count == length, let first = bytes.first else { return nil }
        switch first {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): break
        case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes[0] = first - 32
        default: return "Other"
        }
        for index in bytes.indices.dropFirst() {
            switch bytes[index] {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes[index] += 32
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): break
            default: bytes[index] = UInt8(ascii: "_")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `files` (one per type, sorted by path, as the per-type layout writes them) with the small
    /// types under `Models/` joined in groups; a group keeps its members in path order.
    static func apply(to files: [GeneratedFile]) -> [GeneratedFile] {
        let header = FileConcatenation.header(of: files)
        var laidOut: [GeneratedFile] = []
        var small: [SmallType] = []
        for file in files {
            if let name = typeName(of: file), let lines = lineCount(file.contents, below: smallTypeLineLimit) {
                small.append(SmallType(name: name, file: file, lines: lines))
            } else {
                laidOut.append(file)
            }
        }
        for (prefix, members) in groups(small) {
            let contents = FileConcatenation.joinHoistingImports(members.map { ($0.name, $0.file) }, header: header)
            laidOut.append(GeneratedFile(path: modelsFolder + groupFileName(prefix: prefix), contents: contents))
        }
        return laidOut.sorted { $0.path < $1.path }
    }

    private struct SmallType {
        let name: String
        let file: GeneratedFile
        let lines: Int
    }

    /// The small types by group prefix: by initial, and a group over `groupLineLimit` lines split
    /// by a prefix one character longer (its names of exactly the old prefix's length stay under
    /// the old prefix), until every group fits or its names cannot be told apart further.
    private static func groups(_ types: [SmallType]) -> [(String, [SmallType])] {
        var pending: [(prefix: String, length: Int, members: [SmallType])] = []
        var byInitial: [String: [SmallType]] = [:]
        for type in types {
            byInitial[groupPrefix(of: type.name, length: 1) ?? "Other", default: []].append(type)
        }
        for (prefix, members) in byInitial { pending.append((prefix, 1, members)) }
        var done: [(String, [SmallType])] = []
        while let (prefix, length, members) = pending.popLast() {
            let lines = members.reduce(0) { $0 + $1.lines }
            // `Other` is not a prefix of its names, so it is never split.
            guard lines > groupLineLimit, prefix != "Other" else {
                done.append((prefix, members))
                continue
            }
            var longer: [String: [SmallType]] = [:]
            var remainder: [SmallType] = []
            for member in members {
                if let key = groupPrefix(of: member.name, length: length + 1) {
                    longer[key, default: []].append(member)
                } else {
                    remainder.append(member)
                }
            }
            if longer.count == 1 && remainder.isEmpty, let (key, only) = longer.first {
                // One longer prefix for all: nothing to split yet, look one character further.
                pending.append((key, length + 1, only))
                continue
            }
            if !remainder.isEmpty { done.append((prefix, remainder)) }
            for (key, group) in longer { pending.append((key, length + 1, group)) }
        }
        return done
    }

    private static let modelsFolder = "Models/"

    /// The type a per-type model file holds (`Models/Binding.swift` → `Binding`; the file name is the
    /// type's name, or a shortened form of a very long one).
    private static func typeName(of file: GeneratedFile) -> String? {
        guard file.path.hasPrefix(modelsFolder), file.path.hasSuffix(".swift") else { return nil }
        let name = file.path.dropFirst(modelsFolder.count).dropLast(".swift".count)
        return name.isEmpty || name.contains("/") ? nil : String(name)
    }

    /// The number of lines of `contents`, or nil when it has `limit` or more.
    private static func lineCount(_ contents: String, below limit: Int) -> Int? {
        var lines = 0
        for byte in contents.utf8 where byte == UInt8(ascii: "\n") {
            lines += 1
            if lines >= limit { return nil }
        }
        return lines
    }
}
