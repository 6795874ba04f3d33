import DefaultTemplates
import Diagnostics
import Foundation
import Mustache

/// The templates used for one run: the defaults, with any the user overrides by file name.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// Where each overridden template came from, for messages.
    public let overrides: [String: String]

    /// The default templates only.
    public static func defaults() throws(Diagnostic) -> TemplateSet {
        try TemplateSet(sources: DefaultTemplates.all, overrides: [:])
    }

    /// The defaults, with each `NAME.mustache` in `directory` replacing the default `NAME`.
    /// A file that matches no template is a warning (a misspelt name would otherwise be ignored silently).
    public static func loading(overridesFrom directory: String, log: inout DiagnosticLog) throws(Diagnostic) -> TemplateSet {
        var sources = DefaultTemplates.all
        var overrides: [String: String] = [:]
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw .error("cannot read the templates folder", at: .startOf(directory))
        }
        for file in files where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let path = directory.hasSuffix("/") ? directory + file : directory + "/" + file
            guard sources[name] != nil else {
                log.warning("'\(file)' does not override any template; the templates are \(DefaultTemplates.all.keys.sorted().map { $0 + ".mustache" }.joined(separator: ", "))",
                            at: .startOf(path))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .error("cannot read the template", at: .startOf(path))
            }
            sources[name] = String(decoding: data, as: UTF8.self)
            overrides[name] = path
        }
        return try TemplateSet(sources: sources, overrides: overrides)
    }

    private init(sources: [String: String], overrides: [String: String]) throws(Diagnostic) {
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                // Generated code is not HTML: render every value as it is.
                try library.register("{{% CONTENT_TYPE: TEXT}}" + source, named: name)
            } catch {
                let file = overrides[name] ?? "Templates/\(name).mustache"
                throw .error("template '\(name)' does not parse: \(error)", at: .startOf(file))
            }
        }
        self.library = library
        self.overrides = overrides
    }

    /// Renders template `name` with `context`, then tidies the text: no trailing whitespace,
    /// no runs of blank lines, no blank line just inside braces, one newline at the end.
    func render(_ name: String, _ context: Any) throws(Diagnostic) -> String {
        guard let text = library.render(context, withTemplate: name) else {
            throw .error("template '\(name)' is missing", at: nil)
        }
        return Self.tidy(text)
    }

    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
            if line.isEmpty {
                // Fold blank runs, and drop blank lines at the start and right after an opening brace.
                guard let previous = lines.last, !previous.isEmpty, previous.last != "{" else { continue }
            } else if line.drop(while: { $0 == " " }).first == "}", lines.last?.isEmpty == true {
                lines.removeLast()
            }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
