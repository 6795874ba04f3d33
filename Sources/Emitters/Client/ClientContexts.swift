// Render contexts of the client templates (`Client.swift`, `ClientOperations.swift`).
// Every value is `SwiftCode`, a flag, or a list of contexts: never spec text.

/// `Client.swift`: the client type, its configuration and security schemes.
struct ClientFileContext {
    let specFile: SwiftCode
    let access: SwiftCode
    let clientName: SwiftCode
    let documentation: [SwiftCode]
    /// `URL(string: "https://api.example.com")`-style expression, or empty when the spec names no usable server.
    let defaultServerURL: SwiftCode
    let hasDefaultServer: Bool
    let servers: [SwiftCode]
    /// `ServerURLTemplate("https://{region}.example.com", defaults: ["region": "eu"])`-style expressions.
    let serverTemplates: [SwiftCode]
    let securitySchemes: [SwiftCode]
    /// `.default`, or the policy the configuration asks for.
    let retryPolicyDefault: SwiftCode
    let validateRequestsDefault: SwiftCode
    /// Whether validators are generated, without which the client has nothing to validate with.
    let validates: Bool
}

/// `ClientOperations.swift`: one extension of the client with a group of operations.
struct OperationsFileContext {
    let specFile: SwiftCode
    let access: SwiftCode
    let clientName: SwiftCode
    let group: SwiftCode
    let operations: [OperationContext]
    /// Enums for operations whose success responses have different bodies.
    let successEnums: [SuccessEnumContext]
    /// Typed access to the headers operations document on their success responses.
    let responseHeaders: [ResponseHeadersContext]
    /// The members of the file's private `ParameterSchemas` enum, line by line (see `RequestValidationRenderer`).
    let parameterSchemas: [SwiftCode]
}

/// `successEnum`: the successful outcomes of an operation whose 2XX responses differ.
struct SuccessEnumContext {
    let access: SwiftCode
    let clientName: SwiftCode
    /// The operation's method name, for the doc comment.
    let operationName: SwiftCode
    let name: SwiftCode
    let cases: [SuccessCaseContext]
}

struct SuccessCaseContext {
    let name: SwiftCode
    /// The body type, as a one-element list, or empty for a response without a body.
    let payload: [SwiftCode]
}

/// `responseHeaders`: the headers one operation documents on its success responses, typed.
struct ResponseHeadersContext {
    let access: SwiftCode
    let clientName: SwiftCode
    /// The operation's method name, for the doc comment.
    let operationName: SwiftCode
    let name: SwiftCode
    let members: [ResponseHeaderContext]
}

struct ResponseHeaderContext {
    let documentation: [SwiftCode]
    let name: SwiftCode
    let type: SwiftCode
    /// `rateLimit = headers["X-RateLimit-Limit"].flatMap { value in Int(value) }`.
    let assignment: SwiftCode
}

struct OperationContext {
    let documentation: [SwiftCode]
    let methodName: SwiftCode
    let rawMethodName: SwiftCode
    /// `_ body: CreateBindingRequest, petId: Int, limit: Int? = nil` (one entry per line, commas included).
    let arguments: [SwiftCode]
    let hasArguments: Bool
    /// The arguments passed on from the plain method to the `…WithResponse` one: `body, petId: petId`.
    let forwardedArguments: SwiftCode
    let returnType: SwiftCode
    let returnsVoid: Bool
    let buildLines: [SwiftCode]
    let operationID: SwiftCode
    let securityLiteral: SwiftCode
    let responseCases: [ResponseCaseContext]
    let hasDefaultCase: Bool
    let defaultCaseLines: [SwiftCode]
    /// For an operation that reads bodies as they arrive: the closure telling `core.stream` which
    /// statuses those are (`{ status in status == 200 }`); empty otherwise.
    let streamedStatuses: [SwiftCode]
}

struct ResponseCaseContext {
    /// `201`, `200..<300`.
    let pattern: SwiftCode
    let lines: [SwiftCode]
}

// MARK: - Template lookup
// One table per context, read by the default templates' plans and by swift-mustache alike
// (see `TemplateContext`). Every stored property above has its case here (TemplateContextTests
// checks it).

extension ClientFileContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .specFile: TemplateValue(self.specFile)
        case .access: TemplateValue(self.access)
        case .clientName: TemplateValue(self.clientName)
        case .documentation: TemplateValue(self.documentation)
        case .defaultServerURL: TemplateValue(self.defaultServerURL)
        case .hasDefaultServer: TemplateValue(self.hasDefaultServer)
        case .servers: TemplateValue(self.servers)
        case .serverTemplates: TemplateValue(self.serverTemplates)
        case .securitySchemes: TemplateValue(self.securitySchemes)
        case .retryPolicyDefault: TemplateValue(self.retryPolicyDefault)
        case .validateRequestsDefault: TemplateValue(self.validateRequestsDefault)
        case .validates: TemplateValue(self.validates)
        default: nil
        }
    }
}

extension OperationsFileContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .specFile: TemplateValue(self.specFile)
        case .access: TemplateValue(self.access)
        case .clientName: TemplateValue(self.clientName)
        case .group: TemplateValue(self.group)
        case .operations: TemplateValue(self.operations)
        case .successEnums: TemplateValue(self.successEnums)
        case .responseHeaders: TemplateValue(self.responseHeaders)
        case .parameterSchemas: TemplateValue(self.parameterSchemas)
        case .hasParameterSchemas: TemplateValue(!self.parameterSchemas.isEmpty)
        default: nil
        }
    }
}

extension SuccessEnumContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .access: TemplateValue(self.access)
        case .clientName: TemplateValue(self.clientName)
        case .operationName: TemplateValue(self.operationName)
        case .name: TemplateValue(self.name)
        case .cases: TemplateValue(self.cases)
        default: nil
        }
    }
}

extension SuccessCaseContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .name: TemplateValue(self.name)
        case .payload: TemplateValue(self.payload)
        default: nil
        }
    }
}

extension ResponseHeadersContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .access: TemplateValue(self.access)
        case .clientName: TemplateValue(self.clientName)
        case .operationName: TemplateValue(self.operationName)
        case .name: TemplateValue(self.name)
        case .members: TemplateValue(self.members)
        default: nil
        }
    }
}

extension ResponseHeaderContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .documentation: TemplateValue(self.documentation)
        case .name: TemplateValue(self.name)
        case .type: TemplateValue(self.type)
        case .assignment: TemplateValue(self.assignment)
        default: nil
        }
    }
}

extension OperationContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .documentation: TemplateValue(self.documentation)
        case .methodName: TemplateValue(self.methodName)
        case .rawMethodName: TemplateValue(self.rawMethodName)
        case .arguments: TemplateValue(self.arguments)
        case .hasArguments: TemplateValue(self.hasArguments)
        case .forwardedArguments: TemplateValue(self.forwardedArguments)
        case .returnType: TemplateValue(self.returnType)
        case .returnsVoid: TemplateValue(self.returnsVoid)
        case .buildLines: TemplateValue(self.buildLines)
        case .operationID: TemplateValue(self.operationID)
        case .securityLiteral: TemplateValue(self.securityLiteral)
        case .responseCases: TemplateValue(self.responseCases)
        case .hasDefaultCase: TemplateValue(self.hasDefaultCase)
        case .defaultCaseLines: TemplateValue(self.defaultCaseLines)
        case .streamedStatuses: TemplateValue(self.streamedStatuses)
        default: nil
        }
    }
}

extension ResponseCaseContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .pattern: TemplateValue(self.pattern)
        case .lines: TemplateValue(self.lines)
        default: nil
        }
    }
}
