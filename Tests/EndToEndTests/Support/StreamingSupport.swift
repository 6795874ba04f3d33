import Foundation

/// `text` cut into pieces of the sizes given, cycling through them: every cut lands somewhere
/// else in the text (within a line ending, a field name, a multi-byte character).
func awkwardPieces(_ text: String, sizes: [Int] = [1, 7, 2, 13, 3, 5, 1, 11]) -> [Data] {
    var bytes = Array(text.utf8)[...]
    var pieces: [Data] = []
    var index = 0
    while !bytes.isEmpty {
        let size = sizes[index % sizes.count]
        pieces.append(Data(bytes.prefix(size)))
        bytes = bytes.dropFirst(size)
        index += 1
    }
    return pieces
}
