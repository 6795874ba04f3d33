import IR

/// The members each generated struct declares, by Swift path, for unions without a discriminator.
///
/// Such a union decodes its alternatives in order; an alternative whose members are all optional
/// (Adyen's `AchDetails`, DigitalOcean's `ForwardLinks`) accepts any object, so taking the first
/// that decodes kept the wrong one and dropped the members the right one declares (a card's
/// `encryptedCardNumber`). The generated decoder takes the first alternative that declares every
/// key of the value, and the first that decodes only when none does.
struct UnionCoverage {
    /// JSON names of the members of each struct that keeps only its declared members.
    private var members: [[String]: [String]] = [:]
    private var aliases = AliasTargets()

    init() {}

    init(_ module: IRModule, aliases: AliasTargets) {
        self.aliases = aliases
        func collect(_ declaration: IRDeclaration, under parent: [String]) {
            let path = parent + [declaration.name]
            switch declaration {
            case .structure(let structure):
                if structure.additionalProperties == nil {
                    members[path] = structure.properties.map(\.jsonName)
                }
                structure.nested.forEach { collect($0, under: path) }
            case .union(let union): union.nested.forEach { collect($0, under: path) }
            case .alias, .enumeration: break
            }
        }
        module.declarations.forEach { collect($0, under: []) }
    }

    /// `["id", "name"]`: the names as an array literal.
    static func arrayLiteral(_ names: [String]) -> SwiftCode {
        var elements: SwiftCode = ""
        for (offset, name) in names.enumerated() {
            elements = offset == 0 ? SwiftText.stringLiteral(name) : "\(elements), \(SwiftText.stringLiteral(name))"
        }
        return "[\(elements)]"
    }

    /// The JSON names a value of `type` can hold, when it is a struct that drops any other member
    /// (typealiases seen through); nil for any other type.
    func members(of type: IRTypeReference) -> [String]? {
        var current = type
        for _ in 0..<64 {
            guard case .generated(let path) = current else { return nil }
            if let names = members[path] { return names }
            guard let target = aliases.targets[path] else { return nil }
            current = target
        }
        return nil
    }
}

extension UnionCaseContext {
    /// The same case, decoded as the first that decodes (its union does not choose by keys).
    var withoutDeclaredKeys: UnionCaseContext {
        UnionCaseContext(name: name, type: type, decodeExpression: decodeExpression, encodeStatement: encodeStatement, declaredKeys: [])
    }
}
