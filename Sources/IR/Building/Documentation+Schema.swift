import OpenAPIModel

extension IRDocumentation {
    /// Doc comment lines from a schema's title and description (title first, then a blank line).
    init(title: String?, description: String?, defaultValue: String? = nil) {
        var lines: [String] = []
        if let title = title?.trimmingWhitespace, !title.isEmpty { lines.append(title) }
        if let description = description?.trimmingWhitespace, !description.isEmpty {
            if !lines.isEmpty { lines.append("") }
            // Any line break a spec uses (`\r\n`, `\r`, `\n`) starts a new comment line: a bare `\r`
            // inside a `///` line would end the comment and leave the rest as code.
            let lineBreaks: Set<Character> = ["\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}"]
            lines += description.split(omittingEmptySubsequences: false, whereSeparator: { lineBreaks.contains($0) })
                .map { String($0).trimmingTrailingWhitespace }
        }
        if let defaultValue {
            if !lines.isEmpty { lines.append("") }
            lines.append("Default: `\(defaultValue)`.")
        }
        self.init(lines: lines)
    }

    init(_ schema: Schema) {
        self.init(title: schema.title, description: schema.description)
    }
}

extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }

    var trimmingTrailingWhitespace: String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
