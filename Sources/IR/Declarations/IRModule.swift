/// Everything generated for one spec, in the order it is written out.
public struct IRModule: Sendable {
    /// The API's title, for headers and the client's name.
    public var title: String
    /// Top-level declarations: component schemas in spec order, then request and response
    /// bodies of operations in path order.
    public var declarations: [IRDeclaration]

    public init(title: String, declarations: [IRDeclaration]) {
        self.title = title
        self.declarations = declarations
    }
}
