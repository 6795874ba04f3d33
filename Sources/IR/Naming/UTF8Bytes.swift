/// Reading a string's UTF-8 from its own storage: the byte-level fast paths of naming, escaping
/// and documentation all start here.
public enum UTF8Bytes {
    /// Runs `body` on the UTF-8 bytes of `text`, in the string's own storage where it has one
    /// (stepping a `UTF8View` index through every byte cost several times more), else in a copy.
    @inlinable
    public static func with<Result>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
