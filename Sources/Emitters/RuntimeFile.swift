import RuntimeSources

/// Writes the runtime (Sources/SpecsmithRuntime) into a generated SDK: each group of runtime files
/// becomes one output file, the group's imports once and then every file's text after its imports,
/// unchanged but for the access level.
///
/// The runtime is written with `public` at the start of every declaration that generated code or
/// users see, and nowhere else, so one mechanical rewrite of that leading word gives `package` or
/// `internal` SDKs; `RuntimeFileTests` checks that rule against the runtime's source.
public enum RuntimeFile {
    /// The output file for `group`, starting with `header`.
    public static func render(_ group: RuntimeSources.Group, access: AccessModifier, header: String) -> GeneratedFile {
        let bodies = group.files.map { file in
            file.text.hasPrefix(group.imports) ? String(file.text.dropFirst(group.imports.count)) : file.text
        }
        let text = group.imports + bodies.joined(separator: "\n")
        return GeneratedFile(path: group.fileName, contents: header + rewriteAccess(text, to: access))
    }

    /// `text` with every line's leading `public ` (after indentation) replaced by `access`.
    public static func rewriteAccess(_ text: String, to access: AccessModifier) -> String {
        guard access != .public else { return text }
        let replacement = access.rawValue + " "
        var output = ""
        output.reserveCapacity(text.utf8.count)
        // One line per element, each followed by "\n"; the split always yields at least one element,
        // and the last newline added is one the text did not have.
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indentation = line.prefix { $0 == " " }
            let rest = line.dropFirst(indentation.count)
            if rest.hasPrefix("public ") {
                output += indentation + replacement + rest.dropFirst("public ".count)
            } else {
                output += line
            }
            output += "\n"
        }
        output.removeLast()
        return output
    }
}
