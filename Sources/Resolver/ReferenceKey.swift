/// The identity of a referenced node: its file and the pointer within it.
/// Two `$ref`s that spell the same target differently (`./a.yaml#/X`, `a.yaml#/X`) get the same key.
public struct ReferenceKey: Sendable, Hashable, CustomStringConvertible, Comparable {
    public let file: String
    public let pointer: JSONPointer

    public init(file: String, pointer: JSONPointer) {
        self.file = file
        self.pointer = pointer
    }

    public var description: String { "\(file)#\(pointer)" }

    // The file is left out of the hash: a spec's keys mostly share one long file path, which would
    // double the hashing; equality still tells files apart.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(pointer)
    }

    public static func == (lhs: ReferenceKey, rhs: ReferenceKey) -> Bool {
        lhs.pointer == rhs.pointer && lhs.file == rhs.file
    }

    public static func < (lhs: ReferenceKey, rhs: ReferenceKey) -> Bool {
        lhs.description < rhs.description
    }

    /// The component name when the key is `#/components/<section>/<name>` in `rootFile`.
    public func componentName(in section: String, rootFile: String) -> String? {
        guard file == rootFile, pointer.tokens.count == 3, pointer.tokens[0] == "components", pointer.tokens[1] == section else {
            return nil
        }
        return pointer.tokens[2]
    }
}
