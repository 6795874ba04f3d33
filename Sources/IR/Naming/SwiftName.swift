/// Turns names found in an OpenAPI document into Swift identifiers.
///
/// Every function here is pure: the same input always gives the same output, on every platform,
/// so regenerating from an unchanged spec produces an unchanged API. Input is NFC-normalised first
/// so that `café` typed with a combining accent and `café` typed precomposed name the same thing.
///
/// The rules, in order:
/// 1. **Words.** The name is cut into words at every character that cannot appear in a Swift
///    identifier word: `_ - . space / @ $ : + …`. Letters, digits and combining marks that Swift
///    accepts in identifiers (including non-ASCII ones such as `é` or `名`) are kept; everything
///    else (emoji, punctuation, invisible format characters) only separates words.
/// 2. **Spec casing is kept.** Inside a word nothing is re-cased: `renderUrl` stays `renderUrl`,
///    `userID` stays `userID`, `RateLimit` stays `RateLimit`. Rewriting what the spec author chose
///    would break the link between the spec and the code and could merge distinct names.
/// 3. **Screaming names** (no lowercase letter anywhere, e.g. `GET`, `SCREAMING_SNAKE`,
///    `X-API-KEY`) are lowercased word by word first, because all-caps is a spec convention for
///    constants, not a casing Swift would use: `screamingSnake`, `xAPIKey`.
/// 4. **Acronyms.** A word that is entirely lowercase because it came from a separated spelling
///    (`user_id`, `application/json`) and is a well-known acronym (`id`, `url`, `json`, `http`,
///    `uuid`, `api`, …) is upper-cased as a whole when it is not the leading word of a
///    lowerCamelCase name, as the Swift API Design Guidelines ask: `user_id` → `userID`,
///    `application/json` → `ApplicationJSON`. Words the spec already cased are not touched.
/// 5. **Joining.** lowerCamelCase lowers the leading capital run of the first word
///    (`URLString` → `urlString`, `ETag` → `eTag`, `PascalCase` → `pascalCase`,
///    `IDs` → `ids`); every following word gets a capital first letter. Where the boundary
///    between two words would vanish (digit next to digit, or two scripts without case such as
///    `1.5` or `名前_テスト`) an `_` keeps them apart: `_1_5`, `名前_テスト`.
/// 6. **Nothing left.** A name that is empty or only whitespace becomes `_empty` (`_Empty` for a
///    type, `empty` for an enum value). A name made only of symbols is spelled out so distinct
///    symbol names stay distinct: `+` → `plus`, `>=` → `greaterThanEquals`, `☃` → `u2603`.
/// 7. **Valid start.** If the result starts with something Swift does not allow first (a digit,
///    a combining mark) it gets a leading `_`: `123start` → `_123start`.
/// 8. **Unusable names** are renamed, not escaped, so that `UniqueNamer` sees the real spelling:
///    see ``escapedIfReserved(_:as:)`` for members (`self` → `self_`) and ``safeTypeName(_:)``
///    for types (`Type` → `TypeModel`, `String` → `StringModel`).
///
/// The results of ``property(_:)``, ``enumCase(_:)`` and ``type(_:)`` are final except for
/// backticks: make them unique with ``UniqueNamer`` first, then pass them through
/// ``escapedIfReserved(_:as:)`` when writing code.
public enum SwiftName {
    /// Where an identifier is written, which decides how a reserved word must be handled.
    public enum Position: Sendable {
        /// Declaring or referring to a property, enum case, method or parameter, including
        /// labels and parameter names in a declaration and member access after a dot.
        case member
        /// Declaring a type (struct, enum, typealias).
        case type
        /// An argument label at a call site (`Foo(class: 1)`): Swift accepts almost every keyword
        /// there and warns about needless backticks, so only `inout` and `_` are escaped.
        case argumentLabel
    }

    /// A lowerCamelCase identifier for properties, enum cases, parameters and methods.
    ///
    /// `serve_stale` → `serveStale`, `X-RateLimit-Limit` → `xRateLimitLimit`, `123start` →
    /// `_123start`, `@type` → `type`, `x-y.z` → `xYZ`, `GET` → `get`, `api_key` → `apiKey`,
    /// `URLString` → `urlString`, `userID` → `userID`, `user-id` → `userID`, `_links` → `links`,
    /// `self` → `self_`, `""` → `_empty`. See the type documentation for the full rules.
    /// The result may still be a keyword (`class`); escape it with ``escapedIfReserved(_:as:)``.
    public static func property(_ specName: String) -> String {
        memberName(NameWords(splitting: specName), emptyName: "_empty")
    }

    /// A lowerCamelCase enum case name for an enum *value*.
    ///
    /// Like ``property(_:)``, but values are often numbers or signs, so a leading sign in front
    /// of a digit is spelled out instead of dropped (dropping it would make `1` and `-1` the same
    /// case): `-1` → `negative1`, `+1` → `plus1`, `1` → `_1`, `1.5` → `_1_5`. The empty string
    /// is a legitimate value and becomes `empty`. `serve_stale` → `serveStale`, `PNG` → `png`.
    public static func enumCase(_ value: String) -> String {
        memberName(NameWords(enumValue: value), emptyName: "empty")
    }

    /// An UpperCamelCase type name.
    ///
    /// `dataSource` → `DataSource`, `refresh_policy` → `RefreshPolicy`, `binding` → `Binding`,
    /// `application/json` → `ApplicationJSON`, `123start` → `_123start`, `""` → `_Empty`.
    /// The result has already been through ``safeTypeName(_:)``, so `type` → `TypeModel` and
    /// `data` → `DataModel`.
    public static func type(_ specName: String) -> String {
        let name = NameWords(splitting: specName).joined(.upperCamel, emptyName: "_Empty")
        return safeTypeName(name)
    }

    /// Escapes or renames `identifier` so it can be written at `position`.
    ///
    /// Keywords are wrapped in backticks (`class` → `` `class` ``). A few names cannot be used even
    /// with backticks, because Swift gives `x.self`, `T.Type` and `P.Protocol` a meaning of
    /// their own; those are renamed instead (verified against the compiler):
    /// - members: `self` → `self_`, `Type` → `Type_`, `Protocol` → `Protocol_`
    ///   (a trailing `_` is the least surprising mark of "renamed because reserved");
    /// - types: `Type` → `TypeModel`, `Protocol` → `ProtocolModel`, and, because a nested type
    ///   with that name would only confuse, `Self` → `SelfModel`, `Any` → `AnyModel`.
    ///
    /// `init`, `deinit` and `subscript` work with backticks in every member position the
    /// generator uses (declaration, member access, implicit member expressions, key paths, call labels), so they are
    /// only escaped. Contextual keywords (`get`, `set`, `some`, `any`, `open`, `none`, …) are
    /// valid identifiers and stay as they are.
    ///
    /// `identifier` must already be a lexically valid identifier (such as the output of
    /// ``property(_:)``, ``enumCase(_:)`` or ``type(_:)``); it is not otherwise changed.
    public static func escapedIfReserved(_ identifier: String, as position: Position) -> String {
        let spellings = switch position {
        case .member: Self.memberSpellings
        case .argumentLabel: Self.argumentLabelSpellings
        case .type: Self.typeSpellings
        }
        return spellings[identifier] ?? identifier
    }

    // What ``escapedIfReserved(_:as:)`` writes for each word it changes, one table per position,
    // so that every name written costs one look-up (renames first: they win over backticks).
    private static let memberSpellings = spellings(renaming: SwiftKeywords.memberRenames, escaping: SwiftKeywords.reserved)
    private static let argumentLabelSpellings = spellings(
        renaming: SwiftKeywords.memberRenames, escaping: SwiftKeywords.reservedInArgumentLabels)
    private static let typeSpellings = spellings(
        renaming: Dictionary(uniqueKeysWithValues: SwiftKeywords.typeRenames.map { ($0, $0 + TypeNameClashes.suffix) }),
        escaping: SwiftKeywords.reserved)

    private static func spellings(renaming renames: [String: String], escaping reserved: Set<String>) -> [String: String] {
        var spellings = Dictionary(uniqueKeysWithValues: reserved.map { ($0, "`\($0)`") })
        spellings.merge(renames) { _, rename in rename }
        return spellings
    }

    /// Whether `identifier` is lexically a Swift identifier (ignoring keywords, which
    /// ``escapedIfReserved(_:as:)`` handles): a letter or `_` first, then letters, digits,
    /// `_` or combining marks from the ranges The Swift Programming Language allows.
    public static func isValidIdentifier(_ identifier: String) -> Bool {
        IdentifierCharacters.isValidIdentifier(identifier)
    }

    private static func memberName(_ words: NameWords, emptyName: String) -> String {
        let name = words.joined(.lowerCamel, emptyName: emptyName)
        return SwiftKeywords.memberRenames[name] ?? name
    }
}
