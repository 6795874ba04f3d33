import Diagnostics
import OpenAPIModel
import Resolver

extension ModelBuilder {
    /// Names a generated client uses for its own members, which operation methods must not take.
    static let clientMemberNames: Set<String> = ["core", "configuration", "init", "send"]

    /// Builds every operation, declaring the types its parameters and bodies need: inline request
    /// and response bodies get top-level types named after the operation (`CreateBindingRequest`,
    /// `CreateBindingResponse`, or `…Response404` when several responses have inline bodies).
    mutating func buildOperations() throws(Diagnostic) -> [IROperation] {
        var methodNamer = UniqueNamer(reserved: Self.clientMemberNames)
        var operations: [IROperation] = []
        let document = resolver.document
        for (path, item) in document.paths {
            let resolvedItem = try resolver.resolve(item, name: "path '\(path)'")
            var pathParameters: [Parameter] = []
            for parameter in resolvedItem.parameters { pathParameters.append(try resolver.resolve(parameter)) }
            for (method, operationReference) in resolvedItem.operations {
                let operationName = "\(method.rawValue.uppercased()) \(path)"
                let operation = try resolver.resolve(operationReference, name: operationName)
                let operationID = operation.operationId ?? "\(method.rawValue) \(path)"
                guard options.operationFilter.includes(operationID: operationID, tags: operation.tags, path: path) else { continue }
                let baseName = SwiftName.type(operationID)
                var ownParameters: [Parameter] = []
                for parameter in operation.parameters { ownParameters.append(try resolver.resolve(parameter)) }
                // Operation parameters replace path-level ones with the same name and location.
                let merged = pathParameters.filter { shared in
                    !ownParameters.contains { $0.name == shared.name && $0.placement == shared.placement }
                } + ownParameters
                let security = (operation.security ?? document.security ?? []).map { Array($0.schemes.keys) }
                let (parameters, schemas) = try parameters(merged, path: path, baseName: baseName)
                parameterSchemas.append(schemas)
                let built = IROperation(
                    operationID: operationID,
                    methodName: methodNamer.claim(SwiftName.property(operationID)),
                    httpMethod: method.rawValue.uppercased(), path: path,
                    documentation: IRDocumentation(title: operation.summary, description: operation.description),
                    deprecated: operation.deprecated, tags: operation.tags,
                    parameters: parameters,
                    requestBody: try requestBody(operation.requestBody, baseName: baseName),
                    responses: try responses(operation.responses, baseName: baseName),
                    security: security, location: operation.location)
                operations.append(built)
                if let streaming = try streamingVariant(of: built, responses: operation.responses, baseName: baseName, namer: &methodNamer) {
                    operations.append(streaming)
                    // Its parameters are the operation's, checked against the same schemas.
                    parameterSchemas.append(schemas)
                }
            }
        }
        return operations
    }

    // MARK: Parameters

    /// The operation's parameters in call-site order (see `IROperation.parameters`), each with the
    /// schema its value is checked against (see `parameterValidationSchema`).
    private mutating func parameters(
        _ specParameters: [Parameter], path: String, baseName: String
    ) throws(Diagnostic) -> ([IRParameter], [Schema?]) {
        // `body` is the request body's argument name; the others are the locals and the client's
        // property that the operation's generated body uses, which an argument must not shadow.
        var namer = UniqueNamer(reserved: Self.operationScopeNames)
        var result: [(parameter: IRParameter, schema: Schema?)] = []
        for parameter in Self.callSiteOrder(specParameters, path: path) {
            var schema = parameter.schema
            if schema == nil, let media = parameter.content?.first {
                log.warning("parameter '\(parameter.name)' is described by 'content' ('\(media.key)'); it is sent as that schema's JSON-style value",
                            at: parameter.location)
                schema = media.value.schema
            }
            var scope = TypeScope(path: [], reserved: [])
            let type = try schema.map { (schema) throws(Diagnostic) in
                try typeReference(for: schema, hint: baseName + " " + parameter.name, scope: &scope)
            } ?? .string
            recordExamples(parameter.examples + (parameter.content?.first?.value.examples ?? []), type: type, subject: .parameter)
            result.append((IRParameter(
                swiftName: namer.claim(SwiftName.property(parameter.name)), name: parameter.name,
                location: IRParameter.Location(rawValue: parameter.placement.rawValue) ?? .query,
                type: type.nonOptional, required: parameter.required,
                style: IRParameter.Style(rawValue: parameter.effectiveStyle.rawValue) ?? .form,
                explode: parameter.effectiveExplode, allowReserved: parameter.allowReserved,
                documentation: IRDocumentation(title: nil, description: parameter.description),
                deprecated: parameter.deprecated), schema))
        }
        return (result.map(\.parameter), result.map(\.schema))
    }

    /// Names the generated operation methods use in the scope of their arguments: the request
    /// body's argument, the locals `request`, `response`, `validator`, `bodyStream`, `formFields`
    /// and `multipartParts`, and the client's `core`. A parameter with one of these names gets a
    /// number (`request` → `request2`); the locals have names a spec rarely gives a parameter.
    static let operationScopeNames: Set<String> = ["body", "request", "response", "validator", "core", "bodyStream", "formFields", "multipartParts"]

    /// Parameters in the order a caller writes them: path parameters first, in the order the path
    /// template names them (as the URL reads), then the others with required ones first, so the
    /// optional ones can default to nil at the end; spec order otherwise.
    static func callSiteOrder(_ parameters: [Parameter], path: String) -> [Parameter] {
        let placeholders = pathPlaceholders(path)
        let pathParameters = parameters.enumerated().filter { $0.element.placement == .path }.sorted { lhs, rhs in
            // A path parameter the template does not name (a spec slip) goes after those it does.
            let left = placeholders.firstIndex(of: lhs.element.name) ?? placeholders.count
            let right = placeholders.firstIndex(of: rhs.element.name) ?? placeholders.count
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
        let others = parameters.filter { $0.placement != .path }
        return pathParameters + others.filter(\.required) + others.filter { !$0.required }
    }

    /// The names of a path template's `{placeholders}`, in order.
    static func pathPlaceholders(_ path: String) -> [String] {
        if let names = asciiPathPlaceholders(path) { return names }
        var names: [String] = []
        var current: String?
        for character in path {
            switch character {
            case "{": current = ""
            case "}":
                if let name = current { names.append(name) }
                current = nil
            default: current?.append(character)
            }
        }
        return names
    }

    /// ``pathPlaceholders(_:)`` for an ASCII path (nearly all), cut out of its UTF-8 bytes instead
    /// of built a `Character` at a time; nil for any other path.
    private static func asciiPathPlaceholders(_ path: String) -> [String]? {
        let bytes = Array(path.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var names: [String] = []
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "{") {
                start = index + 1
            } else if byte == UInt8(ascii: "}") {
                if let start { names.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                start = nil
            }
        }
        return names
    }

    // MARK: Bodies

    private mutating func requestBody(_ reference: Referenceable<RequestBody>?, baseName: String) throws(Diagnostic) -> IRRequestBody? {
        guard let reference else { return nil }
        let body = try resolver.resolve(reference)
        guard let (contentType, media, encoding) = Self.preferredMedia(in: body.content) else {
            return nil
        }
        // Binary bodies may be sent from a file or a byte stream as well as from memory.
        let name = Self.componentName(of: reference, in: "requestBodies").map { Self.named($0, ending: "Request") }
            .flatMap { isFreeTopLevelName($0) ? $0 : nil } ?? baseName + "Request"
        let type = encoding == .binary ? .builtin("HTTPUploadBody") : try bodyType(media.schema, encoding: encoding, name: name)
        if encoding == .json { recordExamples(media.examples, type: type, subject: .mediaType) }
        var fields: [IRProperty] = []
        if encoding == .form || encoding == .multipart, case .generated(let path) = type.nonOptional,
           case .structure(let structure)? = declaration(at: path) {
            fields = structure.properties
        }
        return IRRequestBody(
            contentType: contentType, encoding: encoding, type: type.nonOptional, required: body.required,
            documentation: IRDocumentation(title: nil, description: body.description), fields: fields)
    }

    private mutating func responses(_ responses: Responses, baseName: String) throws(Diagnostic) -> [IRResponse] {
        var resolved: [(key: ResponseKey, response: Response)] = []
        var componentNames: [String?] = []
        for (key, reference) in responses.entries {
            resolved.append((key, try resolver.resolve(reference)))
            componentNames.append(Self.componentName(of: reference, in: "responses"))
        }
        // A single success response with an inline body names its type `…Response`; others get the status.
        let inlineSuccesses = resolved.filter { entry in
            IRResponse.Status(entry.key).isSuccess
                && Self.preferredMedia(in: entry.response.content).flatMap { $0.media.schema }.map(needsDeclaration) == true
        }
        var result: [IRResponse] = []
        for ((key, response), componentName) in zip(resolved, componentNames) {
            let status = IRResponse.Status(key)
            let suffix = inlineSuccesses.count == 1 && inlineSuccesses[0].key == key ? "" : key.typeNameSuffix
            var contentType: String?
            var encoding: IRBodyEncoding?
            var type: IRTypeReference?
            if status.isSuccess, let (mediaType, media, _) = Self.preferredMedia(in: response.content),
               let format = Self.streamFormat(of: mediaType) {
                // Nothing but a stream is documented: the body is read as it arrives.
                contentType = mediaType
                encoding = .binary
                type = try streamElementType(media.schema, format: format, name: baseName + "Event" + suffix)
                result.append(IRResponse(
                    status: status, documentation: IRDocumentation(title: nil, description: response.description),
                    contentType: contentType, encoding: encoding, type: type,
                    headers: try responseHeaders(response.headers, baseName: baseName + "Response" + suffix), stream: format))
                continue
            }
            if let (mediaType, media, mediaEncoding) = Self.preferredMedia(in: response.content) {
                contentType = mediaType
                encoding = mediaEncoding
                // A response written once in `components/responses` and used by many operations is named after itself.
                let name = componentName.map { Self.named($0, ending: "Response") }.flatMap { isFreeTopLevelName($0) ? $0 : nil } ?? baseName + "Response" + suffix
                let bodyType = try bodyType(media.schema, encoding: mediaEncoding, name: name)
                if mediaEncoding == .json { recordExamples(media.examples, type: bodyType, subject: .mediaType) }
                type = bodyType
            }
            result.append(IRResponse(
                status: status, documentation: IRDocumentation(title: nil, description: response.description),
                contentType: contentType, encoding: encoding, type: type,
                headers: try responseHeaders(response.headers, baseName: baseName + "Response" + suffix)))
        }
        return result
    }

    mutating func responseHeaders(_ headers: OrderedMap<Referenceable<Header>>, baseName: String) throws(Diagnostic) -> [IRResponseHeader] {
        var namer = UniqueNamer()
        var result: [IRResponseHeader] = []
        for (name, reference) in headers where name.lowercased() != "content-type" {
            let header = try resolver.resolve(reference)
            var scope = TypeScope(path: [], reserved: [])
            let type = try header.schema.map { (schema) throws(Diagnostic) in
                try typeReference(for: schema, hint: baseName + " " + name, scope: &scope)
            } ?? .string
            recordExamples(header.examples, type: type, subject: .header)
            result.append(IRResponseHeader(
                swiftName: namer.claim(SwiftName.property(name)), name: name, type: type.nonOptional,
                required: header.required, documentation: IRDocumentation(title: nil, description: header.description)))
        }
        return result
    }

    /// The Swift type of a body: its schema's type for JSON, form and multipart (declared as
    /// `name` when it needs a type of its own), `String` for text and `Data` for anything else.
    mutating func bodyType(_ schema: Schema?, encoding: IRBodyEncoding, name: String) throws(Diagnostic) -> IRTypeReference {
        switch encoding {
        case .text: return .string
        case .binary: return .builtin("Data")
        case .json, .form, .multipart:
            guard let schema else { return .jsonValue }
            if needsDeclaration(schema), let declared = declarationPaths[schema.location] {
                // A body shared by several operations (a `components/responses` entry): one schema, one type.
                return useSiteType(of: schema, path: declared)
            }
            if needsDeclaration(schema) && !(schema.ref != nil && !schema.hasStructure) {
                let claimed = claimTopLevelName(SwiftName.type(name))
                if let declaration = try declaration(for: schema, name: claimed, path: [claimed]) {
                    topLevelDeclarations.append(declaration)
                    return schema.nullable ? .optional(.generated([claimed])) : .generated([claimed])
                }
            }
            var scope = TypeScope(path: [], reserved: [])
            return try typeReference(for: schema, hint: name, scope: &scope)
        }
    }

    /// The name of the `components/<section>` entry a reference in the root document points at
    /// (`Unauthorized` for `#/components/responses/Unauthorized`), or nil for an inline object or
    /// any other reference.
    static func componentName<Value>(of reference: Referenceable<Value>, in section: String) -> String? {
        guard let target = reference.reference?.target, target.hasPrefix("#"),
              let tokens = JSONPointer(fragment: String(target.dropFirst()))?.tokens,
              tokens.count == 3, tokens[0] == "components", tokens[1] == section, !tokens[2].isEmpty else { return nil }
        return tokens[2]
    }

    /// `name` with `suffix` after it unless it already ends with it (`NotFound` → `NotFoundResponse`).
    static func named(_ name: String, ending suffix: String) -> String {
        let type = SwiftName.type(name)
        return type.hasSuffix(suffix) ? type : type + suffix
    }

    /// The top-level declaration at `path` (first component only; bodies are top-level).
    func declaration(at path: [String]) -> IRDeclaration? {
        guard path.count == 1 else { return nil }
        return topLevelDeclarations.first { $0.name == path[0] }
    }

    /// The media type the client uses: JSON first, then form, multipart, text, then anything as bytes.
    static func preferredMedia(
        in content: OrderedMap<MediaType>
    ) -> (contentType: String, media: MediaType, encoding: IRBodyEncoding)? {
        let ranked = content.map { entry in (entry.key, entry.value, encoding(of: entry.key)) }
        let order: [IRBodyEncoding] = [.json, .form, .multipart, .text, .binary]
        return ranked.min { order.firstIndex(of: $0.2) ?? 0 < order.firstIndex(of: $1.2) ?? 0 }
    }

    /// How a media type is encoded (its essence, parameters ignored).
    static func encoding(of mediaType: String) -> IRBodyEncoding {
        // By far the most common media type, without cutting out and lowering its essence.
        if mediaType == "application/json" { return .json }
        let essence = mediaType.split(separator: ";").first.map { String($0).trimmingWhitespace.lowercased() } ?? ""
        if essence == "application/json" || essence.hasSuffix("+json") || essence == "*/*" || essence == "application/*" {
            return .json
        }
        switch essence {
        case "application/x-www-form-urlencoded": return .form
        case "multipart/form-data": return .multipart
        case _ where essence.hasPrefix("text/"): return .text
        default: return .binary
        }
    }
}

extension IRResponse.Status {
    init(_ key: ResponseKey) {
        switch key {
        case .status(let code): self = .code(code)
        case .range(let digit): self = .range(digit)
        case .default: self = .default
        }
    }

    var isSuccess: Bool {
        switch self {
        case .code(let code): (200..<300).contains(code)
        case .range(let digit): digit == 2
        case .default: false
        }
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
