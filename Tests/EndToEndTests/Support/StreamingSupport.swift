import Foundation

/// `text` cut into pieces of the sizes given, cycling through them: every cut lands somewhere
/// else in the text (within a line ending, a field name, a multi-byte character).
func awkwardPieces(_ text: String, sizes: [Int] = [1, 7, 2, 13, 3, 5, 1, 11]) -> [Data] {
    var bytes = Array(text.utf8)[...]
    var pieces: [Data] = []
    var index = 0
    while !bytes.isEmpty {
        let size = sizes[index % sizes.count]
        pieces.append(Data(bytes.prefix(size)))
        bytes = bytes.dropFirst(size)
        index += 1
    }
    return pieces
}

/// This process's peak resident memory so far (`VmHWM`), in bytes; nil where /proc is missing.
func peakResidentMemory() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
    else { return nil }
    return kilobytes * 1_024
}

/// Resets the peak to the current resident memory (Linux 4.0 and later), so a measurement is not
/// hidden by what earlier tests used; false where that is not possible.
func resetPeakResidentMemory() -> Bool {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
    defer { try? handle.close() }
    return (try? handle.write(contentsOf: Data("5".utf8))) != nil
}
