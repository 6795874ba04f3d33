/// Member names the generated code itself declares on generated types, which a spec's names
/// must therefore not take in the same scope.
///
/// One list per declaration kind, so the templates and the namers agree in one place. Each
/// reserved name is claimed first in its scope's ``UniqueNamer``, so a spec name that normalises
/// to it gets the scope's usual numeric suffix (`jsonSchema` → `jsonSchema2`), as every other
/// clash does.
///
/// Only names that actually collide are listed; the others were checked against the Swift 6
/// compiler and by `Fixtures/reserved-names`, which uses every runtime member name as a
/// property, an enum case, a union case and a schema name:
/// - `validate`, `violations`, `collectViolations` and `validationMembers` are methods with
///   argument labels (`validate(options:)`, `validate(json:)`, `validationMembers(into:)`), which a
///   property or case of that base name does not redeclare;
/// - `rawValue` and `init(rawValue:)` of an enum are instance members and initialisers, which
///   cases (static members) do not clash with;
/// - `init` and `encode` are escaped or differ in their full names (`encode(to:)`);
/// - `CodingKeys` and the runtime's type names (`JSONSchema`, `Validatable`, …) are type names,
///   kept out by ``SwiftName/clashingTypeNames`` (spec types) and ``structMembers`` (nested types).
enum RuntimeMemberNames {
    /// The static members every `Validatable` type gets from `validation.mustache`: a case of
    /// an enum or union with the same name would be an "invalid redeclaration".
    static let validatableStatics: Set<String> = ["jsonSchema"]

    /// Names a struct's properties and nested types must not take: its `CodingKeys` enum, and
    /// `hashValue`, which `Hashable` declares (as an `Int` it would replace the synthesized one
    /// with a deprecation warning; as anything else every use of it would be ambiguous).
    static let structMembers: Set<String> = ["CodingKeys", "hashValue"]

    /// Names an enum's cases must not take: the `unknown(_)` case of an open enum, or
    /// `allCases` of a frozen (`CaseIterable`) one, which would make `Kind.allCases` ambiguous,
    /// and the validators' statics.
    static func enumCases(open: Bool) -> Set<String> {
        validatableStatics.union(open ? ["unknown"] : ["allCases"])
    }

    /// Names a union's cases must not take: the validators' statics.
    static let unionCases: Set<String> = validatableStatics
}
