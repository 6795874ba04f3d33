import Foundation

/// The texts of a file's nested declarations, put in place in one pass at the end.
///
/// A nested declaration is rendered once, on its own, and its parent's template receives a marker
/// line in its place; `expand` then writes every line once with its final indentation. Indenting
/// each nested text as it is inserted (the obvious way) re-reads and re-copies a type at every
/// level above it, which is cubic in the depth for deeply nested types.
final class NestedDeclarations {
    private var texts: [String] = []

    /// Starts a new file: the markers of the previous one mean nothing here.
    func reset() {
        texts.removeAll(keepingCapacity: true)
    }

    /// Keeps `text` (a rendered, tidied declaration) and returns the marker its parent's template
    /// writes instead. Markers hold U+0001, which no template output holds otherwise: SwiftText
    /// writes every control character from a spec as an escape.
    func marker(for text: String) -> SwiftCode {
        texts.append(text)
        return SwiftCode(rendered: "\u{1}\(texts.count - 1)\u{1}")
    }

    /// `text` with each marker line replaced by its declaration, indented four spaces deeper than
    /// the marker's parent. A marker a user's template writes inside a line, not on its own, is
    /// replaced there by the declaration's text (indented as a block, as the default templates
    /// would show it), and the result is tidied again.
    func expand(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 2)
        var inline = false
        write(text, indent: 0, into: &output, inline: &inline)
        let expanded = String(decoding: output, as: UTF8.self)
        return inline ? TemplateSet.tidy(expanded) : expanded
    }

    private func write(_ text: String, indent: Int, into output: inout [UInt8], inline: inout Bool) {
        var text = text
        text.withUTF8 { write($0, indent: indent, into: &output, inline: &inline) }
    }

    /// Reads the text's own bytes a line at a time (copying each text into an array first, and
    /// searching every line again for a marker, was most of this pass).
    private func write(_ bytes: UnsafeBufferPointer<UInt8>, indent: Int, into output: inout [UInt8], inline: inout Bool) {
        // Texts are tidied: each line ends with a line feed, the last one included (one is
        // assumed where it is missing, so an empty text is one empty line).
        if bytes.isEmpty { output.append(0x0A) }
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count {
            // `memchr` finds line feeds and marker bytes many bytes at a time.
            let lineFeed = memchr(base + start, 0x0A, bytes.count - start)
            let end = lineFeed.map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? bytes.count
            let holdsMarkerByte = memchr(base + start, 0x01, end - start) != nil
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            if holdsMarkerByte, let index = Self.markerIndex(line), index < texts.count {
                write(texts[index], indent: indent + 4, into: &output, inline: &inline)
                continue
            }
            if !line.isEmpty { output.append(contentsOf: repeatElement(0x20, count: indent)) }
            if holdsMarkerByte {
                inline = true
                writeInline(ArraySlice(line), indent: indent, into: &output, inline: &inline)
            } else {
                output.append(contentsOf: line)
            }
            output.append(0x0A)
        }
    }

    /// A line holding markers among other text: each marker becomes its declaration's lines,
    /// joined by line feeds, every one indented by `indent + 4`.
    private func writeInline(_ line: ArraySlice<UInt8>, indent: Int, into output: inout [UInt8], inline: inout Bool) {
        var rest = line
        while let open = rest.firstIndex(of: 0x01) {
            output.append(contentsOf: rest[rest.startIndex..<open])
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: 0x01),
                  let index = Self.markerIndex(rest[open...close]), index < texts.count else {
                output.append(contentsOf: rest[open...])
                return
            }
            var block: [UInt8] = []
            write(texts[index], indent: indent + 4, into: &block, inline: &inline)
            while block.last == 0x0A { block.removeLast() }
            // The block's first line continues this one, which already has the outer indentation.
            let outer = min(indent, block.prefix { $0 == 0x20 }.count)
            output.append(contentsOf: block.dropFirst(outer))
            rest = rest[rest.index(after: close)...]
        }
        output.append(contentsOf: rest)
    }

    /// The index in a marker (`\u{1}12\u{1}`), or nil when `bytes` is not exactly one marker.
    private static func markerIndex<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Int? {
        guard bytes.count >= 3, bytes.first == 0x01, bytes.last == 0x01 else { return nil }
        var value = 0
        for byte in bytes.dropFirst().dropLast() {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
