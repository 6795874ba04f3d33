import Diagnostics
import Foundation
import Generator
import OpenAPIModel
import Resolver
import YAMLReader

// Measures each pipeline stage on real specs, in the process that runs it (build with -c release):
//   swift run -c release specsmith-benchmark [--iterations N] SPEC...
// Prints the median wall time of N runs per stage.
//   swift run -c release specsmith-benchmark --validation
// Prints how many validations of a realistic Binding the generated validators do per second.

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["--validation"] {
    ValidationThroughput.run(seconds: 2)
    exit(0)
}
var iterations = 5
if let flag = arguments.firstIndex(of: "--iterations"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]) {
    iterations = value
    arguments.removeSubrange(flag...(flag + 1))
}
if arguments.isEmpty {
    print("usage: specsmith-benchmark [--iterations N] SPEC... | --validation")
    exit(2)
}

func median(_ runs: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return times.sorted()[times.count / 2]
}

func format(_ milliseconds: Double) -> String {
    String(format: "%9.1f ms", milliseconds)
}

for path in arguments {
    guard let data = FileManager.default.contents(atPath: path) else {
        print("\(path): cannot read")
        continue
    }
    let bytes = [UInt8](data)
    var events = 0
    let raw = median(iterations) { events = rawLibYAMLEventCount(bytes) }
    let tree = median(iterations) { _ = try? YAMLParser.parse(bytes, file: path) }
    var outcome = ""
    if let root = try? YAMLParser.parse(bytes, file: path) {
        let decode = median(iterations) { _ = try? SpecDecoder.decodeDocument(root, file: path) }
        let decodeAndCheck = median(iterations) { _ = try? LoadedSpec.load(root: root, file: path) }
        print("  (given the tree) decode \(format(decode)), decode+check refs \(format(decodeAndCheck))")
    }
    let load = median(iterations) {
        do throws(DiagnosticsError) {
            let spec = try LoadedSpec.load(path: path)
            outcome = "\(spec.document.paths.count) paths, \(spec.document.components.schemas.count) schemas, \(spec.files.count) files, \(spec.warnings.count) warnings"
        } catch {
            outcome = "\(error.diagnostics.count) errors"
            if ProcessInfo.processInfo.environment["SHOW_DIAGNOSTICS"] != nil { print(error) }
        }
    }
    var generatedLines = 0
    let generate = median(iterations) {
        if let generation = try? SpecsmithGenerator.generate(specPath: path) {
            generatedLines = generation.files.reduce(0) { $0 + $1.contents.utf8.lazy.filter { $0 == 10 }.count }
        }
    }
    print("\(path) (\(bytes.count) bytes, \(events) events; \(outcome))")
    print("  libyaml events only     \(format(raw))")
    print("  YAML reader (node tree) \(format(tree))   \(String(format: "%.2f", tree / raw))x raw")
    print("  load (tree+model+refs)  \(format(load))   \(String(format: "%.2f", load / raw))x raw")
    print("  generate (all, in memory) \(format(generate))   \(generatedLines) lines of Swift")
}
