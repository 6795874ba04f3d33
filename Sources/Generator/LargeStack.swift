import Foundation

/// Runs work on a thread with a stack far larger than the main thread's 8 MB.
///
/// The decoder, the IR builder and the emitters walk schemas recursively, one set of frames per
/// level of nesting; a spec within the nesting limit (512 levels) needs more stack than a main
/// thread has, and running out of stack is a crash, not a diagnostic. The stack is reserved
/// address space, committed only as deep as the recursion actually goes.
enum LargeStack {
    /// Enough for `SpecLimit.deepestSafeNesting` levels with room to spare, even in a debug build.
    static let size = 1 << 30

    /// Runs `body` on a fresh thread with a `size` stack and waits for its result.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        guard let value = box.value else { preconditionFailure("the generator thread ended without a result") }
        return value
    }

    /// Carries the result from the worker thread; the semaphore orders the write before the read.
    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}
