/// A hash that is the same in every run, on every platform and in every Swift release, unlike
/// `Hasher` (seeded per process): generated output that depends on it must be reproducible.
package enum StableHash {
    /// 64-bit FNV-1a of `text`'s UTF-8 bytes.
    package static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
