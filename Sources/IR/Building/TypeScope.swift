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
    /// any enclosing type (it would hide it from references written inside), and no member may
    /// take a name the generated code declares itself (``RuntimeMemberNames/structMembers``).
    static func members(of path: [String]) -> TypeScope {
        TypeScope(path: path, reserved: Set(path).union(RuntimeMemberNames.structMembers))
    }
}
