import Diagnostics
import OpenAPIModel
import Resolver

extension ModelBuilder {
    /// Inline request and response bodies get top-level types named after their operation:
    /// `CreateBindingRequest`, `CreateBindingResponse` (or `…Response404` when several
    /// responses have inline bodies).
    mutating func buildOperationBodies() throws(Diagnostic) {
        for (path, item) in resolver.document.paths {
            let resolvedItem = try resolver.resolve(item, name: "path '\(path)'")
            for (method, operationReference) in resolvedItem.operations {
                let operationName = "\(method.rawValue.uppercased()) \(path)"
                let operation = try resolver.resolve(operationReference, name: operationName)
                let baseName = SwiftName.type(operation.operationId ?? "\(method.rawValue) \(path)")
                try buildBodies(of: operation, baseName: baseName)
            }
        }
    }

    private mutating func buildBodies(of operation: Operation, baseName: String) throws(Diagnostic) {
        if let bodyReference = operation.requestBody {
            let body = try resolver.resolve(bodyReference)
            if let schema = Self.jsonSchema(in: body.content) {
                try declareBody(schema, name: baseName + "Request")
            }
        }
        var inline: [(key: ResponseKey, schema: Schema)] = []
        for (key, responseReference) in operation.responses.entries {
            let response = try resolver.resolve(responseReference)
            if let schema = Self.jsonSchema(in: response.content), needsDeclaration(schema) {
                inline.append((key, schema))
            }
        }
        let successes = inline.filter { if case .status(200..<300) = $0.key { true } else { $0.key == .range(2) } }
        for (key, schema) in inline {
            let suffix = successes.count == 1 && successes[0].key == key ? "" : key.typeNameSuffix
            try declareBody(schema, name: baseName + "Response" + suffix)
        }
    }

    /// Declares a body schema that needs a type of its own; references and standard types need none.
    private mutating func declareBody(_ schema: Schema, name: String) throws(Diagnostic) {
        guard needsDeclaration(schema) else { return }
        let claimed = claimTopLevelName(SwiftName.type(name))
        if let declaration = try declaration(for: schema, name: claimed, path: [claimed]) {
            topLevelDeclarations.append(declaration)
        }
    }

    /// The schema of the JSON media type of a body (`application/json` or any `+json`), if any.
    static func jsonSchema(in content: OrderedMap<MediaType>) -> Schema? {
        for (mediaType, media) in content {
            let essence = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: " ").lowercased() } ?? ""
            if essence == "application/json" || essence.hasSuffix("+json") || essence == "*/*" {
                return media.schema
            }
        }
        return nil
    }
}

extension ResponseKey {
    /// `404`, `4XX`, `Default`: appended to a body type's name.
    var typeNameSuffix: String {
        switch self {
        case .status(let code): "\(code)"
        case .range(let digit): "\(digit)XX"
        case .default: "Default"
        }
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var text = self
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return text
    }
}
