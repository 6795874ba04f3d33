import Diagnostics
import Foundation
import IR
import Resolver
import Testing
import YAMLReader

/// Every input the fuzzer (Scripts/fuzz/run.sh) once crashed, hung or leaked on, run through the
/// same stages as Fuzz/FuzzEntry.swift: each must now end with a module or with located errors.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }()

    /// The pretend path the fuzz entry uses: a folder that does not exist, so no other file is read.
    static let specPath = "/specsmith-fuzz-nonexistent/spec.yaml"

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty, "no inputs in \(Self.folder.path)")
    }

    @Test(arguments: inputs) func inputEndsCleanly(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let clock = ContinuousClock()
        let start = clock.now
        let diagnostics = Self.onLargeStack { Self.run(bytes) }
        // The fuzzer's timeout is 10 s for an ASan build; a debug build of the test is slower still.
        #expect(clock.now - start < .seconds(30), "\(name) took too long")
        for diagnostic in diagnostics where diagnostic.severity == .error {
            #expect(diagnostic.location != nil, "\(name): an error without a location: \(diagnostic)")
        }
    }

    /// The fuzz entry's stages; returns the diagnostics instead of dropping them.
    static func run(_ bytes: [UInt8]) -> [Diagnostic] {
        let root: YAMLNode
        do throws(Diagnostic) {
            root = try YAMLParser.parse(bytes, file: specPath)
        } catch {
            return [error]
        }
        do throws(DiagnosticsError) {
            let spec = try LoadedSpec.load(root: root, file: specPath)
            let (_, warnings) = try ModelBuilder.build(spec)
            return spec.warnings + warnings
        } catch {
            return error.diagnostics
        }
    }

    /// Like the generator (and the fuzz entry), on a thread with a stack deep enough for the limits.
    static func onLargeStack(_ body: @escaping @Sendable () -> [Diagnostic]) -> [Diagnostic] {
        let box = DiagnosticsBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 1 << 30
        thread.start()
        done.wait()
        guard let value = box.value else { preconditionFailure("the thread ended without a result") }
        return value
    }
}

/// Carries the result off the worker thread; the semaphore orders the write before the read.
private final class DiagnosticsBox: @unchecked Sendable {
    var value: [Diagnostic]?
}
