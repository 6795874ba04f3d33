import Foundation

/// How long one stage of a run took: wall-clock time, and the CPU time of this process (which
/// holds steadier than wall time on a shared, busy machine).
public struct StageTiming: Sendable, Hashable {
    public var stage: String
    public var wallSeconds: Double
    public var cpuSeconds: Double

    public init(stage: String, wallSeconds: Double, cpuSeconds: Double) {
        self.stage = stage
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds
    }
}

/// Measures consecutive stages: each `lap` records the time since the previous one.
public struct StageClock: Sendable {
    private var wall: ContinuousClock.Instant
    private var cpu: Double
    public private(set) var timings: [StageTiming] = []

    public init() {
        wall = .now
        cpu = Self.processCPUSeconds()
    }

    /// Records `stage` as ending now.
    public mutating func lap(_ stage: String) {
        let now = ContinuousClock.now
        let cpuNow = Self.processCPUSeconds()
        let elapsed = now - wall
        timings.append(StageTiming(
            stage: stage,
            wallSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            cpuSeconds: cpuNow - cpu))
        wall = now
        cpu = cpuNow
    }

    /// User and system CPU time of this process so far.
    public static func processCPUSeconds() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
