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

    public func emit(_ module: IRModule) throws(Diagnostic) -> [GeneratedFile] {
        guard !module.operations.isEmpty else { return [] }
        let clientName = SwiftText.identifier(options.name ?? module.defaultClientName, as: .type)
        var files: [GeneratedFile] = []
        files.append(GeneratedFile(
            path: "Client/\(GeneratedFile.fileStem(clientName.text)).swift",
            contents: try templates.render("Client.swift", clientContext(module, clientName: clientName))))
        let aliases = AliasTargets(module)
        for (group, operations) in groups(module.operations) {
            var builder = OperationContextBuilder(
                access: access, clientName: clientName, validationSchemas: validates ? module.validationSchemas : [:],
                validates: validates, aliases: aliases)
            let contexts = operations.map { builder.context(for: $0) }
            let headers = ResponseHeadersRenderer(access: access, clientName: clientName)
            let context = OperationsFileContext(
                specFile: SwiftText.comment(specFile), access: access.code, clientName: clientName, group: SwiftText.identifier(group, as: .type),
                operations: contexts, successEnums: builder.successEnums, responseHeaders: operations.compactMap(headers.context),
                parameterSchemas: builder.requestValidation.schemaDeclarations)
            files.append(GeneratedFile(
                path: "Client/\(GeneratedFile.fileStem(clientName.text + "+" + group)).swift", contents: try templates.render("ClientOperations.swift", context)))
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
    private static func templateExpression(_ server: IRServer) -> SwiftCode {
        let template = SwiftText.stringLiteral(server.template)
        guard !server.variables.isEmpty else { return "ServerURLTemplate(\(template))" }
        let defaults: [SwiftCode] = server.variables.map { "\(SwiftText.stringLiteral($0.name)): \(SwiftText.stringLiteral($0.defaultValue))" }
        return "ServerURLTemplate(\(template), defaults: [\(defaults, separator: ", ")])"
    }

    private func clientContext(_ module: IRModule, clientName: SwiftCode) -> ClientFileContext {
        let defaultServer = module.servers.first.flatMap { server -> String? in
            guard let url = URL(string: server.url), url.scheme != nil, url.host != nil else { return nil }
            return server.url
        }
        var documentation = [module.title]
        if !module.documentation.isEmpty { documentation += [""] + module.documentation.lines }
        let schemes = module.securitySchemes.compactMap { scheme -> SwiftCode? in
            let kind: SwiftCode
            switch scheme.kind {
            case .bearer: kind = ".bearer"
            case .basic: kind = ".basic"
            case .apiKey(let location, let name): kind = ".apiKey(in: .\(SwiftText.identifier(location.rawValue)), name: \(SwiftText.stringLiteral(name)))"
            case .unsupported: return nil
            }
            return "SecurityScheme(name: \(SwiftText.stringLiteral(scheme.name)), kind: \(kind))"
        }
        return ClientFileContext(
            specFile: SwiftText.comment(specFile), access: access.code, clientName: clientName,
            documentation: SwiftText.documentation(documentation),
            defaultServerURL: defaultServer.map { "URL(string: \(SwiftText.stringLiteral($0))) ?? URL(fileURLWithPath: \"/\")" } ?? "",
            hasDefaultServer: defaultServer != nil,
            servers: module.servers.map { SwiftText.stringLiteral($0.url) },
            serverTemplates: module.servers.map(Self.templateExpression), securitySchemes: schemes,
            retryPolicyDefault: options.retryPolicyExpression, validateRequestsDefault: SwiftText.boolLiteral(options.validateRequests),
            validates: validates)
    }
}
