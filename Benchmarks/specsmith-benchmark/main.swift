import Diagnostics
import Foundation
import Generator
import OpenAPIModel
import Resolver
import YAMLReader

// Measures the pipeline on real specs against libyaml's raw event parse of the same bytes, in one
// process and one run, so the ratios hold on a shared, noisy machine (build with -c release):
//   swift run -c release specsmith-benchmark [--iterations N] SPEC...
//       each stage's CPU time (median of N) and its ratio to the raw parse; the whole generation
//       (models, validators, client, files written to a temporary folder) as the headline ratio
//   swift run -c release specsmith-benchmark --growth
//       synthetic specs of 1x, 4x and 16x the operations: CPU time per operation should stay flat
//   swift run -c release specsmith-benchmark --validation
//       how many validations of a realistic Binding the generated validators do per second
//   swift run -c release specsmith-benchmark --streaming
//       server-sent events decoded per second over loopback, and peak memory of a 200 MiB download to a file

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["--validation"] {
    ValidationThroughput.run(seconds: 2)
    exit(0)
}
if arguments == ["--streaming"] {
    let done = DispatchSemaphore(value: 0)
    // Detached: a task started here would wait for the main thread, which waits for it.
    Task.detached {
        await StreamingThroughput.run()
        done.signal()
    }
    done.wait()
    exit(0)
}
var iterations = 5
if let flag = arguments.firstIndex(of: "--iterations"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]) {
    iterations = value
    arguments.removeSubrange(flag...(flag + 1))
}
if arguments == ["--growth"] {
    GrowthBenchmark.run(iterations: iterations)
    exit(0)
}
if arguments.isEmpty {
    print("usage: specsmith-benchmark [--iterations N] SPEC... | --growth | --validation | --streaming")
    exit(2)
}

for path in arguments {
    guard let data = FileManager.default.contents(atPath: path) else {
        print("\(path): cannot read")
        continue
    }
    let bytes = [UInt8](data)
    var events = 0
    let raw = Measure.cpuMedian(iterations) { events = rawLibYAMLEventCount(bytes) }
    let tree = Measure.cpuMedian(iterations) { _ = try? YAMLParser.parse(bytes, file: path) }
    var outcome = ""
    let load = Measure.cpuMedian(iterations) {
        do throws(DiagnosticsError) {
            let spec = try LoadedSpec.load(path: path)
            outcome = "\(spec.document.paths.count) paths, \(spec.document.components.schemas.count) schemas, \(spec.files.count) files"
        } catch {
            outcome = "\(error.diagnostics.count) errors"
        }
    }
    var generatedLines = 0
    var fileCount = 0
    let inMemory = Measure.cpuMedian(iterations) {
        if let generation = try? SpecsmithGenerator.generate(specPath: path) {
            generatedLines = Measure.lineCount(of: generation.files.map(\.contents))
            fileCount = generation.files.count
        }
    }
    let whole = Measure.cpuMedian(iterations, { Measure.generateAndWrite(path) }, cleanUp: Measure.removeFolder)
    func ratio(_ value: Double) -> String { String(format: "%6.2fx raw", value / raw) }
    print("\(path) (\(bytes.count) bytes, \(events) events; \(outcome))")
    print("  CPU time, median of \(iterations):")
    print("  libyaml events only            \(Measure.format(raw))")
    print("  YAML reader (node tree)        \(Measure.format(tree))  \(ratio(tree))")
    print("  load (tree, model, references) \(Measure.format(load))  \(ratio(load))")
    print("  generate in memory             \(Measure.format(inMemory))  \(ratio(inMemory))  \(generatedLines) lines in \(fileCount) files")
    print("  generate and write files       \(Measure.format(whole))  \(ratio(whole))")
    print("  peak memory of this process    \(Measure.peakMemoryMegabytes()) MB")
}
