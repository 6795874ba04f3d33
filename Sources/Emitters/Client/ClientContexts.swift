import Mustache

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
// swift-mustache reads a context through `child(named:)` when it has one, instead of `Mirror`,
// which was most of generation time. Every stored property above has its case here
// (TemplateContextTests checks it).

extension ClientFileContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "specFile": self.specFile
        case "access": self.access
        case "clientName": self.clientName
        case "documentation": self.documentation
        case "defaultServerURL": self.defaultServerURL
        case "hasDefaultServer": self.hasDefaultServer
        case "servers": self.servers
        case "serverTemplates": self.serverTemplates
        case "securitySchemes": self.securitySchemes
        case "retryPolicyDefault": self.retryPolicyDefault
        case "validateRequestsDefault": self.validateRequestsDefault
        case "validates": self.validates
        default: nil
        }
    }
}

extension OperationsFileContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "specFile": self.specFile
        case "access": self.access
        case "clientName": self.clientName
        case "group": self.group
        case "operations": self.operations
        case "successEnums": self.successEnums
        case "responseHeaders": self.responseHeaders
        case "parameterSchemas": self.parameterSchemas
        case "hasParameterSchemas": !self.parameterSchemas.isEmpty
        default: nil
        }
    }
}

extension SuccessEnumContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "access": self.access
        case "clientName": self.clientName
        case "operationName": self.operationName
        case "name": self.name
        case "cases": self.cases
        default: nil
        }
    }
}

extension SuccessCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "payload": self.payload
        default: nil
        }
    }
}

extension ResponseHeadersContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "access": self.access
        case "clientName": self.clientName
        case "operationName": self.operationName
        case "name": self.name
        case "members": self.members
        default: nil
        }
    }
}

extension ResponseHeaderContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "documentation": self.documentation
        case "name": self.name
        case "type": self.type
        case "assignment": self.assignment
        default: nil
        }
    }
}

extension OperationContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "documentation": self.documentation
        case "methodName": self.methodName
        case "rawMethodName": self.rawMethodName
        case "arguments": self.arguments
        case "hasArguments": self.hasArguments
        case "forwardedArguments": self.forwardedArguments
        case "returnType": self.returnType
        case "returnsVoid": self.returnsVoid
        case "buildLines": self.buildLines
        case "operationID": self.operationID
        case "securityLiteral": self.securityLiteral
        case "responseCases": self.responseCases
        case "hasDefaultCase": self.hasDefaultCase
        case "defaultCaseLines": self.defaultCaseLines
        case "streamedStatuses": self.streamedStatuses
        default: nil
        }
    }
}

extension ResponseCaseContext: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "pattern": self.pattern
        case "lines": self.lines
        default: nil
        }
    }
}
