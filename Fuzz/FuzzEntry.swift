// The libFuzzer entry point over the front half of the pipeline: reader → model → resolver → IR.
//
// Not part of Package.swift on purpose: it is built with `-sanitize=fuzzer,address` by
// Scripts/fuzz/run.sh, and a second `main` (libFuzzer's) must never reach `swift build`.
// Tests/IRTests/FuzzRegressionTests runs the same stages over the crashers kept so far.
import Diagnostics
import Foundation
import IR
import Resolver
import YAMLReader

/// The fuzz input pretends to live in a folder that does not exist, so a `$ref` to another file
/// is always refused or "no such file", and a run never depends on what happens to be on disk.
private let fuzzSpecPath = "/specsmith-fuzz-nonexistent/spec.yaml"

/// The generator runs the pipeline on a 1 GB stack (Generator's `LargeStack`), which this build
/// does not include; without the same here, deep nesting the generator handles would be reported
/// as stack-overflow crashes.
private let stackSize = 1 << 30

@_cdecl("LLVMFuzzerTestOneInput")
public func specsmithFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        runStages(bytes)
        done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
    return 0
}

/// Errors are the expected outcome for almost every input; only crashes, hangs and leaks matter.
private func runStages(_ bytes: [UInt8]) {
    guard let root = try? YAMLParser.parse(bytes, file: fuzzSpecPath) else { return }
    guard let spec = try? LoadedSpec.load(root: root, file: fuzzSpecPath) else { return }
    _ = try? ModelBuilder.build(spec)
}
