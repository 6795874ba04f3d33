/// The place a type is declared: the top level or inside another type. Names of nested types
/// and properties share one namer, because Swift puts them in one namespace.
struct TypeScope {
    /// The enclosing type's path from the top level (empty at the top level).
    let path: [String]
    var namer: UniqueNamer
    var nested: [IRDeclaration] = []

    init(path: [String], reserved: Set<String>) {
        self.path = path
        self.namer = UniqueNamer(reserved: reserved)
    }

    /// A scope for the members of the type at `path`: a nested type must not take the name of
    /// any enclosing type (it would hide it from references written inside) nor `CodingKeys`,
    /// and a property must not be `hashValue`, which `Hashable` declares (as an `Int` it would
    /// replace the synthesized one with a deprecation warning; as anything else every use of it
    /// would be ambiguous).
    static func members(of path: [String]) -> TypeScope {
        TypeScope(path: path, reserved: Set(path + ["CodingKeys", "hashValue"]))
    }
}
