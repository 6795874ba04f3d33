import Diagnostics
import Foundation
import IR

/// Writes the API client: the client type (`Client/<Name>.swift`), its operations grouped by
/// their first tag (`Client/<Name>+<Tag>.swift`), and `ClientSupport.swift` (transport, retries,
/// errors), so the SDK still needs only Foundation.
public struct ClientEmitter {
    public let templates: TemplateSet
    public let access: AccessModifier
    public let specFile: String
    public let options: ClientOptions
    /// Whether validators are generated beside the client, which then validates bodies (see
    /// `APIClientConfiguration.validatesRequests` and `validatesResponses`).
    public let validates: Bool

    public init(templates: TemplateSet, access: AccessModifier, specFile: String, options: ClientOptions = ClientOptions(), validates: Bool = true) {
        self.templates = templates
        self.access = access
        self.specFile = specFile
        self.options = options
        self.validates = validates
    }

    /// The client's type name: the API title without a trailing "API", plus `Client`
    /// (`Pictify API` → `PictifyClient`), kept clear of the model type names.
    public static func clientName(for module: IRModule) -> String {
        var words = module.title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if words.count > 1, words.last?.lowercased() == "api" { words.removeLast() }
        var name = SwiftName.type(words.joined(separator: " ")) + "Client"
        let taken = Set(module.declarations.map(\.name))
        while taken.contains(name) { name = "API" + name }
        return name
    }

    public func emit(_ module: IRModule) throws(Diagnostic) -> [GeneratedFile] {
        guard !module.operations.isEmpty else { return [] }
        let clientName = options.name ?? Self.clientName(for: module)
        var files: [GeneratedFile] = []
        files.append(GeneratedFile(
            path: "Client/\(clientName).swift",
            contents: try templates.render("Client.swift", clientContext(module, clientName: clientName))))
        for (group, operations) in groups(module.operations) {
            var builder = OperationContextBuilder(
                access: access, clientName: clientName, validationSchemas: validates ? module.validationSchemas : [:])
            let contexts = operations.map { builder.context(for: $0) }
            let headers = ResponseHeadersRenderer(access: access, clientName: clientName)
            let context = OperationsFileContext(
                specFile: specFile, access: access.rawValue, clientName: clientName, group: group,
                operations: contexts, successEnums: builder.successEnums + operations.compactMap(headers.render))
            files.append(GeneratedFile(
                path: "Client/\(clientName)+\(group).swift", contents: try templates.render("ClientOperations.swift", context)))
        }
        files.append(try RuntimeFile.render(.client, access: access, header: templates.renderRuntimeHeader(specFile: specFile)))
        return files
    }

    /// Operations grouped by their first tag, groups and operations in spec order.
    private func groups(_ operations: [IROperation]) -> [(String, [IROperation])] {
        var order: [String] = []
        var members: [String: [IROperation]] = [:]
        for operation in operations {
            let group = SwiftName.type(operation.tags.first ?? "Operations")
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(operation)
        }
        return order.map { ($0, members[$0] ?? []) }
    }

    /// The runtime's `ServerURLTemplate` for `server`, with its variables' defaults in spec order.
    private static func templateExpression(_ server: IRServer) -> String {
        let template = "ServerURLTemplate(\(SwiftLiteral.string(server.template))"
        guard !server.variables.isEmpty else { return template + ")" }
        let defaults = server.variables.map { "\(SwiftLiteral.string($0.name)): \(SwiftLiteral.string($0.defaultValue))" }
        return template + ", defaults: [" + defaults.joined(separator: ", ") + "])"
    }

    private func clientContext(_ module: IRModule, clientName: String) -> ClientFileContext {
        let defaultServer = module.servers.first.flatMap { server -> String? in
            guard let url = URL(string: server.url), url.scheme != nil, url.host != nil else { return nil }
            return server.url
        }
        var documentation = [module.title]
        if !module.documentation.isEmpty { documentation += [""] + module.documentation.lines }
        let schemes = module.securitySchemes.compactMap { scheme -> String? in
            let kind: String
            switch scheme.kind {
            case .bearer: kind = ".bearer"
            case .basic: kind = ".basic"
            case .apiKey(let location, let name): kind = ".apiKey(in: .\(location.rawValue), name: \(SwiftLiteral.string(name)))"
            case .unsupported: return nil
            }
            return "SecurityScheme(name: \(SwiftLiteral.string(scheme.name)), kind: \(kind))"
        }
        return ClientFileContext(
            specFile: specFile, access: access.rawValue, clientName: clientName, documentation: documentation,
            defaultServerURL: defaultServer.map { "URL(string: \(SwiftLiteral.string($0))) ?? URL(fileURLWithPath: \"/\")" } ?? "",
            hasDefaultServer: defaultServer != nil,
            servers: module.servers.map { SwiftLiteral.string($0.url) },
            serverTemplates: module.servers.map(Self.templateExpression), securitySchemes: schemes,
            retryPolicyDefault: options.retryPolicyExpression, validateRequestsDefault: options.validateRequests ? "true" : "false")
    }
}
