// Render contexts of the client templates (`Client.swift`, `ClientOperations.swift`).
// Stored properties only: templates read them by reflection.

/// `Client.swift`: the client type, its configuration and security schemes.
struct ClientFileContext {
    let specFile: String
    let access: String
    let clientName: String
    let documentation: [String]
    /// `URL(string: "https://api.example.com")`-style expression, or empty when the spec names no usable server.
    let defaultServerURL: String
    let hasDefaultServer: Bool
    let servers: [String]
    /// `ServerURLTemplate("https://{region}.example.com", defaults: ["region": "eu"])`-style expressions.
    let serverTemplates: [String]
    let securitySchemes: [String]
    /// `.default`, or the policy the configuration asks for.
    let retryPolicyDefault: String
    let validateRequestsDefault: String
}

/// `ClientOperations.swift`: one extension of the client with a group of operations.
struct OperationsFileContext {
    let specFile: String
    let access: String
    let clientName: String
    let group: String
    let operations: [OperationContext]
    /// Enums for operations whose success responses have different bodies, rendered.
    let successEnums: [String]
}

struct OperationContext {
    let documentation: [String]
    let methodName: String
    let rawMethodName: String
    /// `_ body: CreateBindingRequest, petId: Int, limit: Int? = nil` (one entry per line, commas included).
    let arguments: [String]
    let hasArguments: Bool
    /// The arguments passed on from the plain method to the `…WithResponse` one: `body, petId: petId`.
    let forwardedArguments: String
    let returnType: String
    let returnsVoid: Bool
    let buildLines: [String]
    let operationID: String
    let securityLiteral: String
    let responseCases: [ResponseCaseContext]
    let hasDefaultCase: Bool
    let defaultCaseLines: [String]
}

struct ResponseCaseContext {
    /// `201`, `200..<300`.
    let pattern: String
    let lines: [String]
}
