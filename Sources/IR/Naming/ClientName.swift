extension IRModule {
    /// The client type's default name: the API title without a trailing "API", plus `Client`
    /// (`Pictify API` → `PictifyClient`), kept clear of the model type names.
    public var defaultClientName: String {
        var words = title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if words.count > 1, words.last?.lowercased() == "api" { words.removeLast() }
        var name = SwiftName.type(words.joined(separator: " ")) + "Client"
        let taken = Set(declarations.map(\.name))
        while taken.contains(name) { name = "API" + name }
        return name
    }
}
