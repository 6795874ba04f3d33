import Foundation
#if canImport(FoundationNetworking)
// Outside Apple platforms URLSession and its types live in FoundationNetworking.
import FoundationNetworking
#endif

// MARK: - Bodies that arrive or leave piece by piece

/// A body read piece by piece instead of held in memory whole: a response body as the transport
/// receives it, or a request body read from a file or a byte stream while it is sent.
///
/// A streamed response body can be iterated once; a body made from `Data` or a file can be read
/// again (a retried request sends it again). Dropping a streamed body that is not read to its end,
/// or cancelling the task that reads it, cancels the request that delivers it.
public struct HTTPBody: AsyncSequence, Sendable, Hashable {
    /// The pieces, as they arrive.
    public typealias Element = Data

    final class Storage: Sendable {
        let source: Source
        init(_ source: Source) { self.source = source }
        deinit { if case .buffer(let buffer) = source { buffer.cancel() } }
    }

    enum Source: Sendable {
        case data(Data)
        case file(URL)
        case buffer(HTTPBodyBuffer)
        case stream(AsyncThrowingStream<Data, any Error>)
    }

    let storage: Storage

    init(buffer: HTTPBodyBuffer) {
        storage = Storage(.buffer(buffer))
    }

    /// A body of `data`, already in memory.
    public init(_ data: Data) {
        storage = Storage(.data(data))
    }

    /// The contents of the file at `fileURL`, read in pieces of 64 KiB while they are sent.
    public init(contentsOf fileURL: URL) {
        storage = Storage(.file(fileURL))
    }

    /// The pieces `stream` yields (a custom transport's response body, or an upload produced on the fly).
    public init(_ stream: AsyncThrowingStream<Data, any Error>) {
        storage = Storage(.stream(stream))
    }

    /// The file a body made with ``init(contentsOf:)`` reads, which a transport can send as it is.
    public var fileURL: URL? {
        if case .file(let url) = storage.source { return url }
        return nil
    }

    /// The whole body, if it was made from `Data`.
    public var data: Data? {
        if case .data(let data) = storage.source { return data }
        return nil
    }

    /// Stops a streamed body: the request that delivers it is cancelled, and reading it ends with
    /// `CancellationError`. Nothing happens to a body in memory or a file.
    func cancel() {
        if case .buffer(let buffer) = storage.source { buffer.cancel() }
    }

    /// Bodies are the same when they are one body: a streamed body has no value to compare.
    public static func == (lhs: HTTPBody, rhs: HTTPBody) -> Bool {
        lhs.storage === rhs.storage
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(storage))
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(storage: storage)
    }

    /// Reads the body's pieces in order.
    public struct Iterator: AsyncIteratorProtocol {
        // Holds the storage, so a body being read is not dropped (and its request cancelled) meanwhile.
        private let storage: Storage
        private var dataDelivered = false
        private var file: FileHandle?
        private var streamIterator: AsyncThrowingStream<Data, any Error>.AsyncIterator?
        private static let filePieceSize = 64 * 1_024

        /// Cancels a streamed body's request when the iterator goes away before its end: a loop left early.
        private let reading: Reading?

        init(storage: Storage) {
            self.storage = storage
            if case .stream(let stream) = storage.source { streamIterator = stream.makeAsyncIterator() }
            if case .buffer(let buffer) = storage.source { reading = Reading(buffer) } else { reading = nil }
        }

        /// Cancels the buffer's producer when the last copy of the iterator is gone; nothing happens
        /// to a body read to its end.
        private final class Reading: Sendable {
            let buffer: HTTPBodyBuffer
            init(_ buffer: HTTPBodyBuffer) { self.buffer = buffer }
            deinit { buffer.cancel() }
        }

        /// The next piece, or `nil` at the end of the body.
        /// - Throws: the transport's error, or `CancellationError` when the reading task is cancelled.
        public mutating func next() async throws -> Data? {
            switch storage.source {
            case .data(let data):
                guard !dataDelivered, !data.isEmpty else { return nil }
                dataDelivered = true
                return data
            case .file(let url):
                try _Concurrency.Task.checkCancellation()
                if file == nil { file = try FileHandle(forReadingFrom: url) }
                guard let piece = try file?.read(upToCount: Self.filePieceSize), !piece.isEmpty else {
                    try file?.close()
                    return nil
                }
                return piece
            case .buffer(let buffer):
                return try await buffer.next()
            case .stream:
                return try await streamIterator?.next()
            }
        }
    }

    /// The whole body in memory.
    /// - Throws: ``HTTPClientError/responseTooLarge(limit:)`` (and stops reading) once it is longer
    ///   than `limit` bytes, or what reading throws.
    public func collect(upTo limit: Int) async throws -> Data {
        var whole = Data()
        for try await piece in self {
            guard whole.count + piece.count <= limit else { throw HTTPClientError.responseTooLarge(limit: limit) }
            whole.append(piece)
        }
        return whole
    }

    /// Writes the body to `fileURL` as it arrives, replacing any file there, holding one piece in
    /// memory at a time.
    /// - Returns: how many bytes were written.
    /// - Throws: what reading or writing throws; the partly written file is removed.
    @discardableResult
    public func write(to fileURL: URL) async throws -> Int {
        guard FileManager.default.createFile(atPath: fileURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: fileURL.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: fileURL)
            defer { try? handle.close() }
            if case .buffer(let buffer) = storage.source {
                // Written on the transport's thread as each piece arrives, so nothing waits in memory
                // for this task to be scheduled (FoundationNetworking cannot pause a transfer).
                return try await buffer.drain { piece in try handle.write(contentsOf: piece) }
            }
            var written = 0
            for try await piece in self {
                try handle.write(contentsOf: piece)
                written += piece.count
            }
            return written
        } catch {
            try? FileManager.default.removeItem(at: fileURL)
            throw error
        }
    }
}

/// What a transport's producer and the body's reader share: the pieces received and not yet read,
/// with flow control (the producer is paused while too much is waiting) and cancellation.
final class HTTPBodyBuffer: @unchecked Sendable {
    // @unchecked: every mutable member is guarded by `lock`; the producer calls in from the
    // transport's threads while a task reads.
    private let lock = NSLock()
    private var pieces: [Data] = []
    private var head = 0
    private var waiting = 0
    private var ended = false
    private var failure: (any Error)?
    private var reader: CheckedContinuation<Data?, any Error>?
    private var paused = false
    /// Takes each piece as it arrives instead of the queue, once a reader drains the body into it.
    private var sink: (@Sendable (Data) throws -> Void)?
    private var drained = 0
    /// Held while the sink writes, so pieces reach it in order even while it takes over the queue.
    private let sinkLock = NSLock()
    private var onPause: (@Sendable (Bool) -> Void)?
    private var onCancel: (@Sendable () -> Void)?
    /// Bytes waiting to be read above which the producer is paused, and below which it goes on.
    private let highWater: Int
    private let lowWater: Int

    init(highWater: Int = 1 << 20, onPause: (@Sendable (Bool) -> Void)? = nil, onCancel: (@Sendable () -> Void)? = nil) {
        self.highWater = highWater
        lowWater = highWater / 4
        self.onPause = onPause
        self.onCancel = onCancel
    }

    /// `body` with the lock held (`NSLock.withLock` needs macOS 14, the runtime supports macOS 13).
    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Hands `piece` to the reader, or keeps it until it reads.
    func append(_ piece: Data) {
        guard !piece.isEmpty else { return }
        sinkLock.lock()
        defer { sinkLock.unlock() }
        if let sink = locked({ ended ? nil : self.sink }) {
            do {
                try sink(piece)
                locked { drained += piece.count }
            } catch {
                let cancelProducer = locked { onCancel }
                finish(throwing: error)
                cancelProducer?()
            }
            return
        }
        let (resumed, pause) = locked { () -> (CheckedContinuation<Data?, any Error>?, (@Sendable (Bool) -> Void)?) in
            guard !ended else { return (nil, nil) }
            if let reader {
                self.reader = nil
                return (reader, nil)
            }
            pieces.append(piece)
            waiting += piece.count
            guard !paused, waiting > highWater else { return (nil, nil) }
            paused = true
            return (nil, onPause)
        }
        resumed?.resume(returning: piece)
        pause?(true)
    }

    /// Ends the body, with `error` if it failed; the reader gets what was received first.
    func finish(throwing error: (any Error)? = nil) {
        let resumed = locked { () -> CheckedContinuation<Data?, any Error>? in
            guard !ended else { return nil }
            ended = true
            failure = error
            onPause = nil
            onCancel = nil
            sink = nil
            defer { reader = nil }
            return reader
        }
        if let error { resumed?.resume(throwing: error) } else { resumed?.resume(returning: nil) }
    }

    /// Stops the producer for good: the reader was cancelled or the body dropped.
    func cancel() {
        let (cancelProducer, resumed) = locked { () -> ((@Sendable () -> Void)?, CheckedContinuation<Data?, any Error>?) in
            let cancelProducer = ended ? nil : onCancel
            if !ended {
                ended = true
                failure = CancellationError()
            }
            pieces = []
            head = 0
            waiting = 0
            onPause = nil
            onCancel = nil
            defer { reader = nil }
            return (cancelProducer, reader)
        }
        cancelProducer?()
        resumed?.resume(throwing: CancellationError())
    }

    /// Hands every piece to `sink` (those waiting first, then each as the producer delivers it, on
    /// the producer's thread) until the body ends. Returns how many bytes it took.
    func drain(into sink: @escaping @Sendable (Data) throws -> Void) async throws -> Int {
        do {
            try install(sink)
        } catch {
            cancel()
            throw error
        }
        // With the sink in place nothing is queued: this waits for the end (or the failure).
        while try await next() != nil {}
        return locked { drained }
    }

    /// Makes `sink` take the pieces waiting and, from now on, each piece as it arrives.
    private func install(_ sink: @escaping @Sendable (Data) throws -> Void) throws {
        sinkLock.lock()
        defer { sinkLock.unlock() }
        let (waitingPieces, resume) = locked { () -> ([Data], (@Sendable (Bool) -> Void)?) in
            let waitingPieces = Array(pieces[head...])
            pieces = []
            head = 0
            waiting = 0
            self.sink = sink
            guard paused else { return (waitingPieces, nil) }
            paused = false
            return (waitingPieces, onPause)
        }
        for piece in waitingPieces {
            try sink(piece)
            locked { drained += piece.count }
        }
        resume?(false)
    }

    /// The next piece, waiting for one; `nil` at the end.
    func next() async throws -> Data? {
        if _Concurrency.Task.isCancelled {
            cancel()
            throw CancellationError()
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data?, any Error>) in
                let (outcome, resume) = locked { () -> (Swift.Result<Data?, any Error>?, (@Sendable (Bool) -> Void)?) in
                    if head < pieces.count {
                        let piece = pieces[head]
                        head += 1
                        waiting -= piece.count
                        if head == pieces.count {
                            pieces.removeAll(keepingCapacity: true)
                            head = 0
                        }
                        guard paused, waiting < lowWater else { return (.success(piece), nil) }
                        paused = false
                        return (.success(piece), onPause)
                    }
                    if ended { return (failure.map { .failure($0) } ?? .success(nil), nil) }
                    reader = continuation
                    return (nil, nil)
                }
                resume?(false)
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            cancel()
        }
    }
}

// MARK: - What a binary request body can be made of

/// What can be sent as a binary request body: `Data` (in memory) or an ``HTTPBody`` (a file with
/// ``HTTPBody/init(contentsOf:)``, or a byte stream), which is read while it is sent.
public protocol HTTPBodySource: Sendable {
    /// The body to send.
    var httpBody: HTTPBody { get }
}

/// A binary request body: `Data`, or an ``HTTPBody`` read from a file or a stream while it is sent.
public typealias HTTPUploadBody = any HTTPBodySource

extension Data: HTTPBodySource {
    /// The bytes, in memory.
    public var httpBody: HTTPBody { HTTPBody(self) }
}

extension HTTPBody: HTTPBodySource {
    /// The body itself.
    public var httpBody: HTTPBody { self }
}
