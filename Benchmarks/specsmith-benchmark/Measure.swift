import Foundation
import Generator

/// CPU-time measurement: on a shared machine wall time swings with the other work on it, while the
/// CPU time this process spends on a task holds steady.
enum Measure {
    /// The median CPU time of `runs` runs of `body`, in milliseconds.
    static func cpuMedian(_ runs: Int, _ body: () -> Void) -> Double {
        cpuMedian(runs, body, cleanUp: { _ in })
    }

    static func format(_ milliseconds: Double) -> String {
        String(format: "%9.1f ms", milliseconds)
    }

    /// The median CPU time of `runs` runs of `body`, in milliseconds, where each run leaves
    /// something behind that `cleanUp` removes after the run is measured (so deleting output
    /// folders is not counted as generating them).
    static func cpuMedian<Leftover>(_ runs: Int, _ body: () -> Leftover, cleanUp: (Leftover) -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = StageClock.processCPUSeconds()
            let leftover = body()
            times.append((StageClock.processCPUSeconds() - start) * 1000)
            cleanUp(leftover)
        }
        return times.sorted()[times.count / 2]
    }

    /// Generates everything for the spec at `path` and writes it into a new temporary folder, as
    /// `generate SPEC --output DIR` does on a first run; returns the folder, for `removeFolder`.
    static func generateAndWrite(_ path: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specsmith-benchmark-\(UUID().uuidString)").path
        if let generation = try? SpecsmithGenerator.generate(specPath: path) {
            _ = try? OutputFolder(path: folder).write(generation.files)
        }
        return folder
    }

    static func removeFolder(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// How many lines `texts` hold. Counted here rather than in main.swift, whose closures are
    /// main-actor code: Swift checks the executor on every call of such a closure, which made
    /// counting the output's bytes cost more than a third of "generate in memory".
    static func lineCount(of texts: [String]) -> Int {
        texts.reduce(0) { $0 + $1.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 } }
    }

    /// The largest resident set this process has had, in megabytes.
    static func peakMemoryMegabytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss / 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss / (1024 * 1024)
        #endif
    }
}
