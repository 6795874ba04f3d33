import Mustache

/// Every name a context offers to templates. A tag naming anything else finds nothing in our
/// contexts, as in Mustache; the default templates name only these (`TemplatePlanTests`).
///
/// `text` must never become a key: swift-mustache would find it on a `SwiftCode` on the context
/// stack (through `Mirror`, its stored property), which the plans do not look into.
enum TemplateKey: String, CaseIterable, Sendable {
    case access
    case alias
    case arguments
    case assignment
    case buildLines
    case caseName
    case cases
    case clientName
    case declaration
    case declarationLines
    case choosesByKeys
    case declaredKeys
    case decodeExpression
    case decodeLines
    case defaultCaseLines
    case defaultServerURL
    case discriminator
    case documentation
    case encodeLines
    case encodeStatement
    case entries
    case enumeration
    case explicitCoding
    case forwardedArguments
    case group
    case hasArguments
    case hasDefaultCase
    case hasDefaultServer
    case hasKeyedProperties
    case hasMembersLines
    case hasParameterSchemas
    case hasProperties
    case initAssignment
    case initParameters
    case isAlias
    case isIndirect
    case isOpen
    case lines
    case literal
    case mappings
    case memberName
    case members
    case membersLines
    case methodName
    case name
    case nested
    case operationID
    case operationName
    case operations
    case parameterName
    case parameterSchemas
    case pattern
    case payload
    case properties
    case propertyLiteral
    case rawMethodName
    case rawType
    case responseCases
    case responseHeaders
    case retryPolicyDefault
    case returnType
    case returnsVoid
    case runtime
    case securityLiteral
    case securitySchemes
    case serverTemplates
    case servers
    case specFile
    case storageName
    case streamedStatuses
    case structure
    case successEnums
    case target
    case type
    case typeName
    case union
    case unionName
    case validateRequestsDefault
    case validates
    case valueLiteral
}

/// What a context's name holds: already-valid Swift text, a flag, a list, or another context.
enum TemplateValue {
    case code(SwiftCode)
    case flag(Bool)
    case lines([SwiftCode])
    case list([any TemplateContext])
    case context(any TemplateContext)

    init(_ code: SwiftCode) { self = .code(code) }
    init(_ flag: Bool) { self = .flag(flag) }
    init(_ lines: [SwiftCode]) { self = .lines(lines) }
    init(_ list: [some TemplateContext]) { self = .list(list) }
    init(_ context: some TemplateContext) { self = .context(context) }

    /// The value as swift-mustache sees it.
    var mustacheValue: Any {
        switch self {
        case .code(let code): code
        case .flag(let flag): flag
        case .lines(let lines): lines
        case .list(let list): list
        case .context(let context): context
        }
    }
}

/// A render context: one table of its values, read by key both by the precompiled plans of the
/// default templates (`TemplatePlan`) and, through `child(named:)`, by swift-mustache for
/// templates a user overrides, so the two always see the same values.
protocol TemplateContext: MustacheParent {
    func value(_ key: TemplateKey) -> TemplateValue?
}

extension TemplateContext {
    // swift-mustache reads a context through `child(named:)` when it has one, instead of `Mirror`.
    func child(named key: String) -> Any? {
        TemplateKey(rawValue: key).flatMap(value)?.mustacheValue
    }
}
