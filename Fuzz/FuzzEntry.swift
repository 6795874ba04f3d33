// The libFuzzer entry point over the front half of the pipeline: reader → model → resolver → IR.
//
// Not part of Package.swift on purpose: it is built with `-sanitize=fuzzer,address` by
// Scripts/fuzz/run.sh, and a second `main` (libFuzzer's) must never reach `swift build`.
// Tests/IRTests/FuzzRegressionTests runs the same stages over the crashers kept so far.
import Diagnostics
import IR
import Resolver
import YAMLReader

/// The fuzz input pretends to live in a folder that does not exist, so a `$ref` to another file
/// is always refused or "no such file", and a run never depends on what happens to be on disk.
private let fuzzSpecPath = "/specsmith-fuzz-nonexistent/spec.yaml"

/// The generator runs the pipeline on a 1 GB stack (Generator's `LargeStack`), which this build
/// does not include; Scripts/fuzz/run.sh raises the main thread's stack limit to match
/// (`ulimit -s`), so deep nesting the generator handles is not reported as a crash. The stages run
/// on the main thread itself: a thread per input would make libFuzzer give up leak detection.
@_cdecl("LLVMFuzzerTestOneInput")
public func specsmithFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // Errors are the expected outcome for almost every input; only crashes, hangs and leaks matter.
    guard let root = try? YAMLParser.parse(bytes, file: fuzzSpecPath) else { return 0 }
    guard let spec = try? LoadedSpec.load(root: root, file: fuzzSpecPath) else { return 0 }
    _ = try? ModelBuilder.build(spec)
    return 0
}
