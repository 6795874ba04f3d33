/// Makes sibling names unique after normalisation.
///
/// Normalising merges names the spec keeps apart (`foo_bar`, `fooBar` and `foo-bar` all become
/// `fooBar`), so each scope (the properties of one type, the cases of one enum, the nested types
/// of one type) claims its names through one `UniqueNamer`, in spec order. The first claimant
/// keeps the name and later ones get the lowest free numeric suffix, starting at 2: `fooBar`,
/// `fooBar2`, `fooBar3`. Because spec order is stable, so are the results: adding a property
/// at the end of a schema never renames an existing one.
///
/// A name that already ends in a digit gets its suffix after an `_` (`v1` → `v1_2`), so the
/// suffix cannot be misread as part of the name or collide with a spec name like `v12`.
///
/// Properties and nested types of one Swift type live in one namespace: they usually differ in
/// case (`dataSource`, `DataSource`), but names without case (`名前`) do not, so give both one
/// namer. Claim names before escaping them (``SwiftName/escapedIfReserved(_:as:)``): backticks are
/// not part of the name, and `class` and `` `class` `` are the same identifier.
public struct UniqueNamer: Sendable {
    private var taken: Set<String>

    /// - Parameter reserved: names nobody may claim in this scope, e.g. the enclosing type's
    ///   name for nested types (inside `A`, a nested `A` would hide the outer one), or
    ///   `["CodingKeys"]` for nested types of a Codable type.
    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// Returns `candidate` if it is free, or else `candidate` with the lowest free numeric
    /// suffix, and marks the returned name as taken. The result is not escaped.
    public mutating func claim(_ candidate: String) -> String {
        if taken.insert(candidate).inserted { return candidate }
        let stem = candidate.last?.isNumber == true ? candidate + "_" : candidate
        var number = 2
        while !taken.insert(stem + String(number)).inserted { number += 1 }
        return stem + String(number)
    }

    /// Whether `name` is reserved or has been returned by ``claim(_:)``.
    public func isTaken(_ name: String) -> Bool {
        taken.contains(name)
    }
}
