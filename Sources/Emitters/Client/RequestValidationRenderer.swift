import Foundation
import IR

/// The check a generated operation runs before sending: each parameter and the body against its
/// schema, every violation collected by the runtime's `RequestValidator`, nothing sent when one is
/// found. Parameters whose Swift type already guarantees their schema are not checked at all.
///
/// The schemas of parameters without a generated type of their own are declared once per
/// operations file, in a private `ParameterSchemas` enum, like the validators declare types' schemas.
struct RequestValidationRenderer {
    /// The schemas of generated types, by Swift name; empty when validators are not generated.
    let validationSchemas: [String: IRValidationSchema]
    /// Whether validators are generated, without which nothing is checked.
    let validates: Bool
    private var namer = UniqueNamer()
    /// The member declared for each schema text, so a path-level parameter shared by several
    /// operations has its schema declared once.
    private var members: [String: SwiftCode] = [:]
    /// The members of `ParameterSchemas`, line by line, in operation order.
    private(set) var schemaDeclarations: [SwiftCode] = []

    init(validationSchemas: [String: IRValidationSchema], validates: Bool) {
        self.validationSchemas = validationSchemas
        self.validates = validates
    }

    /// The statements that check `operation`'s arguments, in call-site order, and the names of the
    /// arguments they check (for the doc comment); no statements when nothing can be wrong.
    mutating func render(_ operation: IROperation) -> (lines: [SwiftCode], checked: [String]) {
        guard validates else { return ([], []) }
        var checks: [SwiftCode] = []
        var checked: [String] = []
        let pathParameters = operation.parameters.filter { $0.location == .path }
        let others = operation.parameters.filter { $0.location != .path }
        for parameter in pathParameters {
            if let check = check(parameter, of: operation) { checks.append(check); checked.append(parameter.swiftName) }
        }
        if let body = operation.requestBody, let check = typeCheck("body", type: body.type, path: "$") {
            checks.append(check)
            checked.append("body")
        }
        for parameter in others {
            if let check = check(parameter, of: operation) { checks.append(check); checked.append(parameter.swiftName) }
        }
        guard !checks.isEmpty else { return ([], []) }
        let lines: [SwiftCode] = [
            "if core.configuration.validatesRequests {",
            "    var validator = RequestValidator(reportsUnknownEnumValues: core.configuration.rejectsUnknownEnumValues)",
        ] + checks.map { "    \($0)" } + [
            "    try validator.finish()",
            "}",
        ]
        return (lines, checked)
    }

    private mutating func check(_ parameter: IRParameter, of operation: IROperation) -> SwiftCode? {
        let argument = SwiftText.identifier(parameter.swiftName)
        let path = Self.violationPath(of: parameter)
        if let schema = parameter.validationSchema {
            let key = schema.json.compactText
            let member = members[key] ?? SwiftText.identifier(namer.claim(SwiftName.property(operation.methodName + " " + parameter.swiftName)))
            if members[key] == nil {
                members[key] = member
                schemaDeclarations += ValidatorsEmitter.declarationLines(
                    of: schema, opening: "static let \(member): JSONSchema = JSONSchema(json: ", schemas: validationSchemas)
            }
            return "validator.check(\(argument), against: ParameterSchemas.\(member), at: \(SwiftText.stringLiteral(path)))"
        }
        return typeCheck(argument, type: parameter.type, path: path)
    }

    /// The check of a value of a generated type, with its type's schema; nil for other types.
    private func typeCheck(_ value: SwiftCode, type: IRTypeReference, path: String) -> SwiftCode? {
        guard case .generated(let typePath) = type.nonOptional, let schema = validationSchemas[typePath.joined(separator: ".")] else {
            return nil
        }
        if schema.isAlias {
            let expression = ValidatorsEmitter.schemaExpression(for: schema.name, isAlias: true)
            return "validator.check(\(value), against: \(expression), at: \(SwiftText.stringLiteral(path)))"
        }
        return "validator.check(\(value), at: \(SwiftText.stringLiteral(path)))"
    }

    /// Where a parameter's violations are reported: its location and name, as a JSON path from the
    /// request's parameters (`query.limit`, `header['X-Request-ID']`), as the runtime writes paths below it.
    static func violationPath(of parameter: IRParameter) -> String {
        let name = parameter.name
        let isIdentifier = name.unicodeScalars.first.map { !("0"..."9").contains($0) } == true
            && name.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "$"
            }
        if isIdentifier { return parameter.location.rawValue + "." + name }
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        return parameter.location.rawValue + "['" + escaped + "']"
    }
}
