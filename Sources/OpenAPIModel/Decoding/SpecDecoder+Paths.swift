import Diagnostics
import YAMLReader

extension SpecDecoder {
    mutating func paths(_ node: YAMLNode) throws(Diagnostic) -> OrderedMap<PathItem> {
        var paths = OrderedMap<PathItem>()
        for pair in try pairs(node, "paths") {
            let path = pair.keyText
            if path.hasPrefix("x-") { continue }
            if !path.hasPrefix("/") {
                log.warning("path '\(path)' should start with '/'", at: pair.key.location)
            }
            paths[path] = try pathItem(pair.value, "path '\(path)'")
        }
        return paths
    }

    public mutating func pathItem(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> PathItem {
        var item = PathItem(operations: [], parameters: [], extensions: SpecExtensions(), location: node.location)
        if node.isNull {
            log.warning("\(name) is empty", at: node.location)
            return item
        }
        for pair in try pairs(node, name) {
            let value = pair.value
            if let method = HTTPMethod(rawValue: pair.keyText) {
                let operationName = "\(method.rawValue.uppercased()) \(name)"
                let operation = try referenceable(value, operationName) { (decoder, node) throws(Diagnostic) in
                    try decoder.operation(node, operationName)
                }
                item.operations.append((method, operation))
                continue
            }
            switch pair.keyText {
            case "$ref": item.ref = try reference(in: node)
            case "summary": item.summary = try descriptionText(value, "summary")
            case "description": item.description = try descriptionText(value, "description")
            case "servers": item.servers = try servers(value)
            case "parameters": item.parameters = try parameters(value)
            default: unknown(pair, in: name, extensions: &item.extensions)
            }
        }
        return item
    }

    public mutating func operation(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> Operation {
        var operation = Operation(
            tags: [], parameters: [], responses: Responses(entries: [], extensions: SpecExtensions(), location: node.location),
            callbacks: OrderedMap(), deprecated: false, extensions: SpecExtensions(), location: node.location)
        var sawResponses = false
        for pair in try pairs(node, name) {
            let value = pair.value
            switch pair.keyText {
            case "tags": operation.tags = try strings(value, "tags")
            case "summary": operation.summary = try descriptionText(value, "summary")
            case "description": operation.description = try descriptionText(value, "description")
            case "externalDocs": operation.externalDocs = try externalDocs(value)
            case "operationId": operation.operationId = try string(value, "operationId")
            case "parameters": operation.parameters = try parameters(value)
            case "requestBody":
                operation.requestBody = try referenceable(value, "requestBody") { (decoder, node) throws(Diagnostic) in
                    try decoder.requestBody(node)
                }
            case "responses":
                sawResponses = true
                operation.responses = try responses(value)
            case "callbacks":
                operation.callbacks = try map(value, "callbacks") { (decoder, pair) throws(Diagnostic) in
                    try decoder.referenceable(pair.value, "callback") { (decoder, node) throws(Diagnostic) in
                        try decoder.map(node, "callback") { (decoder, pair) throws(Diagnostic) in
                            try decoder.pathItem(pair.value, "callback '\(pair.keyText)'")
                        }
                    }
                }
            case "deprecated": operation.deprecated = bool(value, "deprecated") ?? false
            case "security": operation.security = try securityRequirements(value)
            case "servers": operation.servers = try servers(value)
            default: unknown(pair, in: name, extensions: &operation.extensions)
            }
        }
        if !sawResponses && version == .v3_0 {
            log.warning("\(name) has no 'responses'", at: node.location)
        }
        return operation
    }

    mutating func parameters(_ node: YAMLNode) throws(Diagnostic) -> [Referenceable<Parameter>] {
        var result: [Referenceable<Parameter>] = []
        for item in try items(node, "parameters") {
            result.append(try referenceable(item, "parameter") { (decoder, node) throws(Diagnostic) in try decoder.parameter(node) })
        }
        return result
    }

    public mutating func parameter(_ node: YAMLNode) throws(Diagnostic) -> Parameter {
        var parameter = Parameter(
            name: "", placement: .query, required: false, deprecated: false, allowEmptyValue: false,
            allowReserved: false, examples: [], extensions: SpecExtensions(), location: node.location)
        var name: String?
        var placement: ParameterLocation?
        var required: Bool?
        for pair in try pairs(node, "parameter") {
            let value = pair.value
            switch pair.keyText {
            case "name": name = try string(value, "name")
            case "in":
                let text = try requiredString(value, "in")
                guard let parsed = ParameterLocation(rawValue: text) else {
                    throw .error("a parameter must be in 'path', 'query', 'header' or 'cookie', found '\(text)'", at: value.location)
                }
                placement = parsed
            case "description": parameter.description = try descriptionText(value, "description")
            case "required": required = bool(value, "required")
            case "deprecated": parameter.deprecated = bool(value, "deprecated") ?? false
            case "allowEmptyValue": parameter.allowEmptyValue = bool(value, "allowEmptyValue") ?? false
            case "style": parameter.style = try style(value)
            case "explode": parameter.explode = bool(value, "explode")
            case "allowReserved": parameter.allowReserved = bool(value, "allowReserved") ?? false
            case "schema": parameter.schema = try schema(value)
            case "content": parameter.content = try content(value)
            case "example": parameter.examples.append(SpecValue(value))
            case "examples": parameter.examples += try namedExamples(value)
            default: unknown(pair, in: "parameter", extensions: &parameter.extensions)
            }
        }
        guard let name else { throw missing("name", in: "a parameter", at: node.location) }
        guard let placement else { throw missing("in", in: "parameter '\(name)'", at: node.location) }
        parameter.name = name
        parameter.placement = placement
        if placement == .path && required != true {
            log.warning("path parameter '\(name)' must be required; treating it as required", at: node.location)
            required = true
        }
        parameter.required = required ?? false
        if parameter.schema == nil && parameter.content == nil {
            log.warning("parameter '\(name)' has neither 'schema' nor 'content'; treating its value as a string", at: node.location)
        }
        return parameter
    }

    private mutating func style(_ node: YAMLNode) throws(Diagnostic) -> ParameterStyle? {
        let text = try requiredString(node, "style")
        guard let style = ParameterStyle(rawValue: text) else {
            throw .error("unknown style '\(text)'; expected matrix, label, form, simple, spaceDelimited, pipeDelimited or deepObject",
                         at: node.location)
        }
        return style
    }

    public mutating func header(_ node: YAMLNode) throws(Diagnostic) -> Header {
        var header = Header(required: false, deprecated: false, examples: [], extensions: SpecExtensions(), location: node.location)
        for pair in try pairs(node, "header") {
            let value = pair.value
            switch pair.keyText {
            case "description": header.description = try descriptionText(value, "description")
            case "required": header.required = bool(value, "required") ?? false
            case "deprecated": header.deprecated = bool(value, "deprecated") ?? false
            case "style": header.style = try style(value)
            case "explode": header.explode = bool(value, "explode")
            case "schema": header.schema = try schema(value)
            case "content": header.content = try content(value)
            case "example": header.examples.append(SpecValue(value))
            case "examples": header.examples += try namedExamples(value)
            case "name", "in":
                log.warning("'\(pair.keyText)' is not allowed in a header object (the name is its key); it is ignored", at: pair.key.location)
            default: unknown(pair, in: "header", extensions: &header.extensions)
            }
        }
        return header
    }

    public mutating func requestBody(_ node: YAMLNode) throws(Diagnostic) -> RequestBody {
        var body = RequestBody(content: OrderedMap(), required: false, extensions: SpecExtensions(), location: node.location)
        var sawContent = false
        for pair in try pairs(node, "requestBody") {
            let value = pair.value
            switch pair.keyText {
            case "description": body.description = try descriptionText(value, "description")
            case "content":
                sawContent = true
                body.content = try content(value)
            case "required": body.required = bool(value, "required") ?? false
            default: unknown(pair, in: "requestBody", extensions: &body.extensions)
            }
        }
        if !sawContent { log.warning("request body has no 'content'", at: node.location) }
        return body
    }

    mutating func content(_ node: YAMLNode) throws(Diagnostic) -> OrderedMap<MediaType> {
        try map(node, "content") { (decoder, pair) throws(Diagnostic) in try decoder.mediaType(pair.value, pair.keyText) }
    }

    private mutating func mediaType(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> MediaType {
        var media = MediaType(examples: [], encoding: OrderedMap(), extensions: SpecExtensions(), location: node.location)
        if node.isNull { return media }
        for pair in try pairs(node, "media type '\(name)'") {
            let value = pair.value
            switch pair.keyText {
            case "schema": media.schema = try schema(value)
            case "example": media.examples.append(SpecValue(value))
            case "examples": media.examples += try namedExamples(value)
            case "encoding":
                media.encoding = try map(value, "encoding") { (decoder, pair) throws(Diagnostic) in try decoder.encoding(pair.value) }
            default: unknown(pair, in: "media type '\(name)'", extensions: &media.extensions)
            }
        }
        return media
    }

    private mutating func encoding(_ node: YAMLNode) throws(Diagnostic) -> Encoding {
        var encoding = Encoding(headers: OrderedMap(), allowReserved: false)
        var extensions = SpecExtensions()
        for pair in try pairs(node, "encoding") {
            let value = pair.value
            switch pair.keyText {
            case "contentType": encoding.contentType = try string(value, "contentType")
            case "headers": encoding.headers = try headers(value)
            case "style": encoding.style = try style(value)
            case "explode": encoding.explode = bool(value, "explode")
            case "allowReserved": encoding.allowReserved = bool(value, "allowReserved") ?? false
            default: unknown(pair, in: "encoding", extensions: &extensions)
            }
        }
        return encoding
    }

    private mutating func headers(_ node: YAMLNode) throws(Diagnostic) -> OrderedMap<Referenceable<Header>> {
        try map(node, "headers") { (decoder, pair) throws(Diagnostic) in
            try decoder.referenceable(pair.value, "header") { (decoder, node) throws(Diagnostic) in try decoder.header(node) }
        }
    }

    /// The `value`s of an `examples` map (Example Objects); referenced examples are kept as their nodes.
    private mutating func namedExamples(_ node: YAMLNode) throws(Diagnostic) -> [SpecValue] {
        var values: [SpecValue] = []
        for pair in try pairs(node, "examples") {
            if let value = pair.value["value"] {
                values.append(SpecValue(value))
            } else if pair.value["$ref"] != nil {
                values.append(SpecValue(pair.value))
            }
        }
        return values
    }

    mutating func responses(_ node: YAMLNode) throws(Diagnostic) -> Responses {
        var responses = Responses(entries: [], extensions: SpecExtensions(), location: node.location)
        for pair in try pairs(node, "responses") {
            let keyText = pair.keyText
            if keyText.hasPrefix("x-") {
                responses.extensions[keyText] = SpecValue(pair.value)
                continue
            }
            guard let key = ResponseKey(keyText) else {
                throw .error("'\(keyText)' is not a response status; expected a code like 200, a range like 4XX, or 'default'",
                             at: pair.key.location)
            }
            let response = try referenceable(pair.value, "response") { (decoder, node) throws(Diagnostic) in
                try decoder.response(node)
            }
            responses.entries.append((key, response))
        }
        if responses.entries.isEmpty {
            log.warning("'responses' is empty; an operation should describe at least one response", at: node.location)
        }
        return responses
    }

    public mutating func response(_ node: YAMLNode) throws(Diagnostic) -> Response {
        var response = Response(
            description: "", headers: OrderedMap(), content: OrderedMap(), links: OrderedMap(),
            extensions: SpecExtensions(), location: node.location)
        var description: String?
        for pair in try pairs(node, "response") {
            let value = pair.value
            switch pair.keyText {
            case "description": description = try descriptionText(value, "description")
            case "headers": response.headers = try headers(value)
            case "content": response.content = try content(value)
            case "links": response.links = try map(value, "links") { (_, pair) throws(Diagnostic) in SpecValue(pair.value) }
            default: unknown(pair, in: "response", extensions: &response.extensions)
            }
        }
        if description == nil && node["description"] == nil {
            log.warning("response has no 'description'", at: node.location)
        }
        response.description = description ?? ""
        return response
    }
}
