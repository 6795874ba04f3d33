@testable import IR
import TestSupport
import Testing

/// Recursion is found through strongly connected components: two types are in one component
/// exactly when each reaches the other.
@Suite struct StronglyConnectedComponentsTests {
    @Test func componentsAreMutualReachability() {
        // 0 → 1 → 2 → 0 is a loop; 3 → 0 enters it; 4 loops on itself; 5 → 6 is a chain.
        let successors = [[1], [2], [0], [0], [4], [6], []]
        let component = RecursionAnalysis.stronglyConnectedComponents(successors)
        #expect(component[0] == component[1] && component[1] == component[2])
        #expect(Set([component[0], component[3], component[4], component[5], component[6]]).count == 5)
    }

    @Test func matchesReachabilityOnRandomGraphs() {
        var generator = SplitMix64(seed: 20_261_203)
        for _ in 0..<200 {
            let count = Int.random(in: 1...12, using: &generator)
            let successors = (0..<count).map { _ in (0..<Int.random(in: 0...3, using: &generator)).map { _ in Int.random(in: 0..<count, using: &generator) } }
            func reaches(_ start: Int, _ goal: Int) -> Bool {
                var seen: Set<Int> = [start]
                var stack = [start]
                while let node = stack.popLast() {
                    if node == goal { return true }
                    for next in successors[node] where seen.insert(next).inserted { stack.append(next) }
                }
                return false
            }
            let component = RecursionAnalysis.stronglyConnectedComponents(successors)
            for a in 0..<count {
                for b in 0..<count {
                    #expect((component[a] == component[b]) == (reaches(a, b) && reaches(b, a)), "\(successors) \(a) \(b)")
                }
            }
        }
    }

    @Test func aLongChainNeedsNoDeepRecursion() {
        let count = 200_000
        let successors = (0..<count).map { $0 + 1 < count ? [$0 + 1] : [0] }
        let component = RecursionAnalysis.stronglyConnectedComponents(successors)
        #expect(Set(component).count == 1)
    }
}
