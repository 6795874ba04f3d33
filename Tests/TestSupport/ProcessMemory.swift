import Foundation

/// This process's resident memory high-water mark, read from Linux's /proc, so streaming tests and
/// the benchmark can show that a large body is never held whole.
public enum ProcessMemory {
    /// The peak resident memory so far (`VmHWM`), in bytes; nil where /proc is missing.
    public static func peakResident() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1_024
    }

    /// Resets the peak to the current resident memory (Linux 4.0 and later), so a measurement is
    /// not hidden by what ran before; false where that is not possible.
    public static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }
}
