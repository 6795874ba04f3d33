import IR

/// Turns one `IROperation` into the Swift a client method is made of: its arguments, the
/// statements that build the request, and the handling of each documented response.
struct OperationContextBuilder {
    let access: AccessModifier
    let clientName: SwiftCode
    /// The schemas of generated types, by Swift name, when validators are generated (empty otherwise),
    /// so bodies can be validated (requests before sending, responses after decoding) as the client's
    /// configuration asks.
    let validationSchemas: [String: IRValidationSchema]
    /// The module's typealias targets, so parameters of a date alias are written as RFC 3339.
    let aliases: AliasTargets
    /// Enums for operations whose success bodies differ, in operation order.
    private(set) var successEnums: [SuccessEnumContext] = []
    /// The checks of parameters and bodies before sending, and the parameters' schemas they need.
    private(set) var requestValidation: RequestValidationRenderer

    init(access: AccessModifier, clientName: SwiftCode, validationSchemas: [String: IRValidationSchema] = [:],
         validates: Bool = false, aliases: AliasTargets = AliasTargets()) {
        self.access = access
        self.aliases = aliases
        self.clientName = clientName
        self.validationSchemas = validationSchemas
        requestValidation = RequestValidationRenderer(validationSchemas: validationSchemas, validates: validates)
    }

    /// The statement that validates `value` of `type`: a `Validatable` type validates itself, a
    /// typealias's value is checked against its schema in `JSONSchemas`; nil for other types.
    private func validation(of value: SwiftCode, type: IRTypeReference) -> SwiftCode? {
        guard case .generated(let path) = type.nonOptional, let schema = validationSchemas[path.joined(separator: ".")] else { return nil }
        let optional: SwiftCode = type.isOptional ? "?" : ""
        if schema.isAlias {
            let check: SwiftCode = "try \(ValidatorsEmitter.schemaExpression(for: schema.name, isAlias: true)).validate(value: \(value))"
            return type.isOptional ? "if let \(value) { \(check) }" : check
        }
        return "try \(value)\(optional).validate()"
    }

    private func isValidatable(_ type: IRTypeReference) -> Bool {
        validation(of: "value", type: type) != nil
    }

    mutating func context(for operation: IROperation) -> OperationContext {
        let methodName = SwiftText.identifier(operation.methodName)
        let rawMethodName = SwiftText.identifier(operation.methodName + "WithResponse")
        let success = successShape(of: operation)
        let validation = requestValidation.render(operation)
        let requirements: [SwiftCode] = operation.security.map { "[\(($0.map(SwiftText.stringLiteral)), separator: ", ")]" }
        return OperationContext(
            documentation: SwiftText.documentation(documentation(for: operation, returns: success, checked: validation.checked)),
            methodName: methodName, rawMethodName: rawMethodName,
            arguments: arguments(of: operation), hasArguments: operation.requestBody != nil || !operation.parameters.isEmpty,
            forwardedArguments: forwardedArguments(of: operation),
            returnType: success.typeName, returnsVoid: success.typeName == "Void",
            buildLines: validation.lines + buildLines(for: operation),
            operationID: SwiftText.stringLiteral(operation.operationID),
            securityLiteral: "[\(requirements, separator: ", ")]",
            responseCases: responseCases(for: operation, success: success),
            hasDefaultCase: true, defaultCaseLines: defaultLines(for: operation, success: success),
            streamedStatuses: streamedStatuses(of: operation))
    }

    // MARK: Arguments

    private func argumentName(_ parameter: IRParameter) -> SwiftCode {
        SwiftText.identifier(parameter.swiftName)
    }

    /// The call-site order: path parameters (in path order), the body, then the other parameters
    /// (required ones first). The body is unlabeled when it comes first (`createBinding(request)`)
    /// and labeled `body:` after path parameters (`updateBinding(uid: "bnd_1", body: changes)`).
    private func arguments(of operation: IROperation) -> [SwiftCode] {
        func line(_ parameter: IRParameter) -> SwiftCode {
            let type = SwiftText.type(parameter.type)
            return parameter.required ? "\(argumentName(parameter)): \(type)" : "\(argumentName(parameter)): \(SwiftText.type(parameter.type.optional)) = nil"
        }
        let pathParameters = operation.parameters.filter { $0.location == .path }
        var lines = pathParameters.map(line)
        if let body = operation.requestBody {
            let label: SwiftCode = pathParameters.isEmpty ? "_ body" : "body"
            lines.append(body.required ? "\(label): \(SwiftText.type(body.type))" : "\(label): \(SwiftText.type(body.type.optional)) = nil")
        }
        lines += operation.parameters.filter { $0.location != .path }.map(line)
        return lines.enumerated().map { index, line in index < lines.count - 1 ? line + "," : line }
    }

    private func forwardedArguments(of operation: IROperation) -> SwiftCode {
        func part(_ parameter: IRParameter) -> SwiftCode {
            "\(SwiftText.identifier(parameter.swiftName, as: .argumentLabel)): \(argumentName(parameter))"
        }
        let pathParameters = operation.parameters.filter { $0.location == .path }
        var parts = pathParameters.map(part)
        if operation.requestBody != nil { parts.append(pathParameters.isEmpty ? "body" : "body: body") }
        parts += operation.parameters.filter { $0.location != .path }.map(part)
        return "\(parts, separator: ", ")"
    }

    // MARK: Building the request

    /// `body.name`, or its value for a `Nullable` field: a form has no way to say `null`, so it is left out like an absent one.
    private func fieldValue(_ field: IRProperty) -> SwiftCode {
        let member: SwiftCode = "body.\(SwiftText.identifier(field.swiftName))"
        return field.distinguishesNull ? "\(member).value" : member
    }

    /// `try ParameterValue(x)`, with dates written as RFC 3339 (a `Date` alone would encode as a number) and UUIDs in lower case.
    private func parameterValue(_ expression: SwiftCode, type: IRTypeReference) -> SwiftCode {
        guard let proxy = CodingProxy(type, aliases: aliases) else { return "try ParameterValue(\(expression))" }
        return "try ParameterValue(\(proxy.toProxy(expression)))"
    }

    private func optionalParameterValue(_ parameter: IRParameter) -> SwiftCode {
        let name = argumentName(parameter)
        if parameter.required { return parameterValue(name, type: parameter.type) }
        return "try \(name).map { \(parameterValue("$0", type: parameter.type)) }"
    }

    private func buildLines(for operation: IROperation) -> [SwiftCode] {
        let builder: SwiftCode = "HTTPRequestBuilder(method: \(SwiftText.stringLiteral(operation.httpMethod)), pathTemplate: \(SwiftText.stringLiteral(operation.path)))"
        var lines: [SwiftCode] = []
        for parameter in operation.parameters {
            let name = SwiftText.stringLiteral(parameter.name)
            let value = optionalParameterValue(parameter)
            let style = SwiftText.identifier(parameter.style.rawValue)
            switch parameter.location {
            case .path:
                lines.append("request.setPathParameter(\(name), \(parameterValue(argumentName(parameter), type: parameter.type)), style: .\(style), explode: \(parameter.explode))")
            case .query:
                let reserved: SwiftCode = parameter.allowReserved ? ", allowReserved: true" : ""
                lines.append("request.addQueryParameter(\(name), \(value), style: .\(style), explode: \(parameter.explode)\(reserved))")
            case .header:
                lines.append("try request.addHeader(\(name), \(value), explode: \(parameter.explode))")
            case .cookie:
                lines.append("request.addCookie(\(name), \(value), explode: \(parameter.explode))")
            }
        }
        if let body = operation.requestBody {
            lines += bodyLines(body)
        }
        // Nothing to add to the request: a `var` would be a compiler warning.
        return [lines.isEmpty ? "let request = \(builder)" : "var request = \(builder)"] + lines
    }

    private func bodyLines(_ body: IRRequestBody) -> [SwiftCode] {
        let contentType = SwiftText.stringLiteral(body.contentType)
        var statements: [SwiftCode]
        switch body.encoding {
        case .json:
            statements = ["try request.setJSONBody(body, contentType: \(contentType), encoder: core.configuration.makeJSONEncoder())"]
        case .text:
            statements = ["request.setBody(Data(body.utf8), contentType: \(contentType))"]
        case .binary:
            statements = ["request.setBody(body, contentType: \(contentType))"]
        case .form:
            statements = ["var formFields: [(String, ParameterValue)] = []"]
            for field in body.fields {
                let key = SwiftText.stringLiteral(field.jsonName)
                let member = fieldValue(field)
                if field.type.isOptional {
                    statements.append("if let value = \(member) { formFields.append((\(key), \(parameterValue("value", type: field.type.nonOptional)))) }")
                } else {
                    statements.append("formFields.append((\(key), \(parameterValue(member, type: field.type))))")
                }
            }
            if body.fields.isEmpty {
                statements.append("if case .object(let pairs) = try ParameterValue(body) { formFields = pairs.map { ($0.key, .primitive($0.value)) } }")
            }
            statements.append("request.setFormBody(formFields)")
        case .multipart:
            statements = ["var multipartParts: [MultipartPart] = []"]
            for field in body.fields {
                let key = SwiftText.stringLiteral(field.jsonName)
                let member = fieldValue(field)
                let part = multipartPart(key: key, value: "value", type: field.type.nonOptional)
                if field.type.isOptional {
                    statements.append("if let value = \(member) { multipartParts.append(\(part)) }")
                } else {
                    statements.append("do { let value = \(member); multipartParts.append(\(part)) }")
                }
            }
            if body.fields.isEmpty {
                // A free-form body: each member becomes a part (and `multipartParts` is then mutated, as the compiler wants).
                statements.append("if case .object(let pairs) = try ParameterValue(body) { multipartParts = pairs.map { MultipartPart(name: $0.key, data: Data($0.value.utf8)) } }")
            }
            statements.append("request.setMultipartBody(multipartParts)")
        }
        guard !body.required else { return statements }
        // An optional body is sent only when given.
        return ["if let body {"] + statements.map { "    \($0)" } + ["}"]
    }

    /// A multipart part: bytes as a file, text as text, anything else as JSON.
    private func multipartPart(key: SwiftCode, value: SwiftCode, type: IRTypeReference) -> SwiftCode {
        switch type {
        case .builtin("Data"):
            return "MultipartPart(name: \(key), filename: \(key), contentType: \"application/octet-stream\", data: \(value))"
        case .builtin("String"):
            return "MultipartPart(name: \(key), data: Data(\(value).utf8))"
        default:
            let encodable = CodingProxy(type, aliases: aliases).map { $0.toProxy(value) } ?? value
            return "MultipartPart(name: \(key), contentType: \"application/json\", data: try core.configuration.makeJSONEncoder().encode(\(encodable)))"
        }
    }

    // MARK: Responses

    /// What a successful call returns.
    struct SuccessShape {
        /// The Swift return type: a body type, `Void`, or a generated enum of alternatives.
        var typeName: SwiftCode
        /// For an enum return type: the case name for each success response, by status pattern.
        var enumCases: [SwiftCode: SwiftCode] = [:]
    }

    private mutating func successShape(of operation: IROperation) -> SuccessShape {
        let successes = operation.successResponses
        let bodyTypes = Set(successes.map { bodyTypeName(of: $0) ?? "Void" })
        if bodyTypes.count <= 1 { return SuccessShape(typeName: bodyTypes.first ?? "Void") }
        // Several 2XX responses with different bodies: an enum with one case per status.
        let enumName = SwiftText.identifier(SwiftName.type(operation.methodName) + "Success", as: .type)
        var shape = SuccessShape(typeName: "\(clientName).\(enumName)")
        var namer = UniqueNamer()
        var cases: [SuccessCaseContext] = []
        for response in successes {
            let caseName = SwiftText.identifier(namer.claim(SwiftName.enumCase(caseStem(response.status))))
            shape.enumCases[pattern(response.status)] = caseName
            cases.append(SuccessCaseContext(name: caseName, payload: bodyTypeName(of: response).map { [$0] } ?? []))
        }
        successEnums.append(SuccessEnumContext(
            access: access.code, clientName: clientName, operationName: SwiftText.comment(operation.methodName),
            name: enumName, cases: cases))
        return shape
    }

    private func caseStem(_ status: IRResponse.Status) -> String {
        switch status {
        case .code(let code): "status\(code)"
        case .range(let digit): "status\(digit)XX"
        case .default: "other"
        }
    }

    private func pattern(_ status: IRResponse.Status) -> SwiftCode {
        switch status {
        case .code(let code): "\(code)"
        case .range(let digit): "\(digit * 100)..<\(digit * 100 + 100)"
        case .default: "default"
        }
    }

    /// The `throw` for error response `response` of operation `operationID`, its body decoded where
    /// it has one.
    private func refusal(operationID: String, body response: IRResponse) -> SwiftCode {
        let id = SwiftText.stringLiteral(operationID)
        if let type = jsonBodyType(of: response) {
            return "throw core.apiError(response, operationID: \(id), decoding: \(SwiftText.type(type)).self)"
        }
        return "throw APIError(operationID: \(id), response: response, decodedBody: \(decodeExpression(response, try: false) ?? "nil"))"
    }

    /// The type of `response`'s body when it is read as JSON by `core.decodeJSON` (not streamed,
    /// not text or bytes); nil otherwise.
    private func jsonBodyType(of response: IRResponse) -> IRTypeReference? {
        guard let type = response.type, streamedBody(response) == nil else { return nil }
        switch response.encoding {
        case .text?, .binary?: return nil
        default: return type
        }
    }

    /// Whether a value of `type` is checked by its own `validate()` (a generated, non-optional
    /// model; aliases and optionals are checked by the lines `validation(of:type:)` writes).
    private func isValidatableValue(_ type: IRTypeReference) -> Bool {
        guard !type.isOptional, case .generated(let path) = type, let schema = validationSchemas[path.joined(separator: ".")] else { return false }
        return !schema.isAlias
    }

    /// Whether a decoded JSON body of `type` needs no check or only its own `validate()`, so that
    /// reading it can be one runtime call (any other check is lines of its own after decoding).
    private func isCheckedInOneCall(_ type: IRTypeReference) -> Bool {
        validation(of: "decoded", type: type) == nil || isValidatableValue(type)
    }

    /// Returns the response `read` gives, its body checked against its schema first when `validates`
    /// (while the configuration's `validatesResponses` is on).
    private func reading(_ read: SwiftCode, validates: Bool) -> [SwiftCode] {
        guard validates else { return ["return \(read)"] }
        return ["let read = \(read)", "if core.configuration.validatesResponses { try read.body.validate() }", "return read"]
    }

    /// The expression that decodes a response body of `type` (nil type: no body).
    private func decodeExpression(_ response: IRResponse, try: Bool = true) -> SwiftCode? {
        guard let type = response.type else { return nil }
        if let streamed = streamedBody(response) { return streamed }
        switch response.encoding {
        case .text?: return "String(decoding: response.body, as: UTF8.self)"
        case .binary?: return "response.body"
        default: return "\(`try` ? "try" : "try?") core.decodeJSON(\(SwiftText.type(type)).self, from: response)"
        }
    }

    private func responseCases(for operation: IROperation, success: SuccessShape) -> [ResponseCaseContext] {
        // Exact statuses first, then ranges, as `switch` tries them in order; `default` goes last.
        let ordered = operation.responses.filter { if case .code = $0.status { true } else { false } }
            + operation.responses.filter { if case .range = $0.status { true } else { false } }
        return ordered.map { response in
            ResponseCaseContext(pattern: pattern(response.status), lines: lines(for: response, success: success, operation: operation))
        }
    }

    private func lines(for response: IRResponse, success: SuccessShape, operation: IROperation) -> [SwiftCode] {
        let decoded = decodeExpression(response)
        guard response.isSuccess else { return [refusal(operationID: operation.operationID, body: response)] }
        // The common shape, a JSON body as the whole success value, is one runtime call.
        if success.enumCases[pattern(response.status)] == nil, let type = jsonBodyType(of: response),
           response.encoding != .json || isCheckedInOneCall(type) {
            return reading("try core.documentedResponse(response, decoding: \(SwiftText.type(type)).self)",
                           validates: response.encoding == .json && isValidatableValue(type))
        }
        var lines: [SwiftCode] = []
        var decodedValue = decoded
        if let decoded, let type = response.type, response.encoding == .json, let check = validation(of: "decoded", type: type) {
            lines = [
                "let decoded = \(decoded)",
                "if core.configuration.validatesResponses { \(check) }",
            ]
            decodedValue = "decoded"
        }
        let value: SwiftCode
        if let caseName = success.enumCases[pattern(response.status)] {
            value = decodedValue.map { ".\(caseName)(\($0))" } ?? ".\(caseName)"
        } else {
            value = decodedValue ?? "()"
        }
        return lines + ["return APIResponse(status: response.status, headers: response.headers, body: \(value))"]
    }

    private func defaultLines(for operation: IROperation, success: SuccessShape) -> [SwiftCode] {
        let fallback = operation.responses.first { $0.status == .default }
        let body = fallback.flatMap { decodeExpression($0, try: false) } ?? "nil"
        let operationID = SwiftText.stringLiteral(operation.operationID)
        // The common shape (no `default` response, one JSON success body) is one runtime call.
        if fallback == nil, !operation.successResponses.isEmpty,
           let documented = undocumentedSuccessTemplate(of: operation, success: success), let type = jsonBodyType(of: documented),
           documented.encoding == .json, isCheckedInOneCall(type) {
            return reading("try core.undocumentedResponse(response, operationID: \(operationID), decoding: \(SwiftText.type(type)).self)",
                           validates: isValidatableValue(type))
        }
        if operation.successResponses.isEmpty {
            // Nothing documented as success: any 2XX is one, with no body the client knows how to read.
            return [
                "guard (200..<300).contains(response.status) else {",
                "    throw APIError(operationID: \(operationID), response: response, decodedBody: \(body))",
                "}",
                "return APIResponse(status: response.status, headers: response.headers, body: ())",
            ]
        }
        let refusal: SwiftCode = fallback.map { self.refusal(operationID: operation.operationID, body: $0) }
            ?? "throw APIError(operationID: \(operationID), response: response, decodedBody: nil)"
        guard let documented = undocumentedSuccessTemplate(of: operation, success: success) else { return [refusal] }
        // A 2XX the spec does not list, whose body is what the documented success has: servers drift.
        let condition: SwiftCode = "core.configuration.acceptsUndocumentedSuccess, (200..<300).contains(response.status)"
        guard let type = documented.type else {
            return ["if \(condition) {", "    return APIResponse(status: response.status, headers: response.headers, body: ())", "}", refusal]
        }
        guard documented.encoding == .json else {
            let value = decodeExpression(documented) ?? "()"
            return ["if \(condition) {", "    return APIResponse(status: response.status, headers: response.headers, body: \(value))", "}", refusal]
        }
        var lines: [SwiftCode] = ["if \(condition),", "   let decoded = try? core.decodeJSON(\(SwiftText.type(type)).self, from: response) {"]
        if let check = validation(of: "decoded", type: type) {
            lines.append("    if core.configuration.validatesResponses { \(check) }")
        }
        return lines + ["    return APIResponse(status: response.status, headers: response.headers, body: decoded)", "}", refusal]
    }

    /// The documented success response an undocumented 2XX is read like: there is one when every
    /// documented success has the same body and none covers a whole range (`2XX` leaves nothing undocumented).
    private func undocumentedSuccessTemplate(of operation: IROperation, success: SuccessShape) -> IRResponse? {
        let successes = operation.successResponses
        guard success.enumCases.isEmpty, let first = successes.first,
              !successes.contains(where: { if case .range = $0.status { true } else { false } })
        else { return nil }
        return first
    }

    // MARK: Documentation

    /// The doc comment: what the operation does, its arguments in call-site order, what it returns,
    /// and only the errors it can throw. `checked` names the arguments validated before sending.
    private func documentation(for operation: IROperation, returns success: SuccessShape, checked: [String]) -> [String] {
        var lines = operation.documentation.lines
        if lines.isEmpty { lines = ["`\(operation.httpMethod) \(operation.path)`"] } else { lines += ["", "`\(operation.httpMethod) \(operation.path)`"] }
        func parameterLine(_ parameter: IRParameter) -> String {
            let text = parameter.documentation.lines.first ?? "The `\(parameter.name)` \(parameter.location.rawValue) parameter."
            return "  - \(parameter.swiftName): \(text)"
        }
        var parameterLines = operation.parameters.filter { $0.location == .path }.map(parameterLine)
        if let body = operation.requestBody {
            parameterLines.append("  - body: " + (body.documentation.lines.first ?? "The request body (`\(body.contentType)`)."))
        }
        parameterLines += operation.parameters.filter { $0.location != .path }.map(parameterLine)
        if !parameterLines.isEmpty { lines += ["", "- Parameters:"] + parameterLines }
        let successes = operation.successResponses.map { response in
            "\(pattern(response.status)): \(response.documentation.lines.first ?? "success")"
        }
        if !successes.isEmpty { lines += ["- Returns: " + successes.joined(separator: "; ")] }
        return lines + throwsLines(for: operation, success: success, checked: checked)
            + (operation.deprecated ? ["- Note: Deprecated in the API description."] : [])
    }

    /// `- Throws:` with each condition that applies to `operation`, one per line.
    private func throwsLines(for operation: IROperation, success: SuccessShape, checked: [String]) -> [String] {
        var conditions: [String] = []
        if !checked.isEmpty {
            let names = checked.map { "`\($0)`" }
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
            conditions.append("`ValidationError`, with every violation and before anything is sent, when \(list) breaks its schema "
                + "(while the configuration's `validatesRequests` is on).")
        }
        var apiError = "`APIError` for a status the API description does not document here"
        if undocumentedSuccessTemplate(of: operation, success: success) != nil {
            let body = operation.successResponses.first?.type == nil ? "" : "its body is not the documented success body or "
            apiError += " (a 2XX only when \(body)the configuration's `acceptsUndocumentedSuccess` is off)"
        }
        conditions.append(apiError + ", with the body decoded where the API description documents one.")
        let decodesJSON = operation.successResponses.contains { $0.type != nil && $0.encoding == .json }
        conditions.append("`HTTPClientError` when the request cannot be sent as given (a header value with a line break, say) "
            + "or the response is over the configuration's size limit"
            + (decodesJSON ? ", and `.decodingFailed` when a success body is not the JSON the API description documents." : "."))
        if operation.successResponses.contains(where: { response in response.type.map(isValidatable) == true && response.encoding == .json }) {
            conditions.append("`ValidationError` when the decoded success body breaks its schema, while the configuration's "
                + "`validatesResponses` is on (it is off by default).")
        }
        conditions.append("The transport's error when no response arrives (`URLError` from `URLSessionTransport`), "
            + "or `CancellationError` when the task is cancelled.")
        return ["- Throws: " + conditions[0]] + conditions.dropFirst().map { "  " + $0 }
    }
}
