/// Everything generated for one spec, in the order it is written out.
public struct IRModule: Sendable {
    /// The API's title, for headers and the client's name.
    public var title: String
    /// Top-level declarations: component schemas in spec order, then request and response
    /// bodies of operations in path order.
    public var declarations: [IRDeclaration]
    /// Operations in path order, then method order within a path.
    public var operations: [IROperation]
    public var securitySchemes: [IRSecurityScheme]
    public var servers: [IRServer]
    /// The API's description (`info.description`), for the client's doc comment.
    public var documentation: IRDocumentation
    /// The validators' schema of every declaration, nested ones included, by Swift path (`Binding.DataSource`).
    public var validationSchemas: [String: IRValidationSchema] = [:]
    /// The top-level declaration each component or referenced schema became, by where the schema is
    /// (`spec.yaml#/components/schemas/Binding` → `Binding`), for tools that match generated code to the spec.
    public var referencedSchemaTypes: [String: String] = [:]
    /// Every `example`/`examples` value of a schema, parameter, header or JSON media type that has a
    /// Swift type, for tools that check the generated code against the spec's own data.
    public var examples: [IRExample] = []

    public init(
        title: String, declarations: [IRDeclaration], operations: [IROperation] = [],
        securitySchemes: [IRSecurityScheme] = [], servers: [IRServer] = [], documentation: IRDocumentation = IRDocumentation()
    ) {
        self.title = title
        self.declarations = declarations
        self.operations = operations
        self.securitySchemes = securitySchemes
        self.servers = servers
        self.documentation = documentation
    }
}
