import OpenAPIModel

extension IRDocumentation {
    /// Doc comment lines from a schema's title and description (title first, then a blank line).
    init(title: String?, description: String?, defaultValue: String? = nil) {
        var lines: [String] = []
        // A title is usually one line, but specs do write multi-line ones (`title: |-`).
        if let title = title?.trimmingWhitespace, !title.isEmpty { lines += Self.commentLines(title) }
        if let description = description?.trimmingWhitespace, !description.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += Self.commentLines(description)
        }
        if let defaultValue {
            if !lines.isEmpty { lines.append("") }
            lines.append("Default: `\(defaultValue)`.")
        }
        self.init(lines: lines)
    }

    /// Every character a spec may break a line with: a break inside a `///` line would end the
    /// comment, so documentation is cut at each of them (here and again in the Swift-text layer).
    public static let lineBreaks: Set<Character> = ["\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}"]

    /// `text` cut at every line break a spec may use (`\r\n`, `\r`, `\n`, …): each piece becomes
    /// its own comment line, because a break inside a `///` line would end the comment and leave
    /// the rest as code.
    private static func commentLines(_ text: String) -> [String] {
        splitAtLineBreaks(Substring(text)).map { line in
            // A line ending in a visible ASCII character has no trailing whitespace to trim.
            if let last = line.utf8.last, last > 0x20, last < 0x7F { return String(line) }
            return String(line).trimmingTrailingWhitespace
        }
    }

    init(_ schema: Schema) {
        self.init(title: schema.title, description: schema.description)
    }
}

extension String {
    var trimmingWhitespace: String {
        // Text starting and ending in a visible ASCII character has nothing to trim.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return self }
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
