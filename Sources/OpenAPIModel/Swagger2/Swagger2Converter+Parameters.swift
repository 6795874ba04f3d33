import Diagnostics
import YAMLReader

extension Swagger2Converter {
    /// The keys a 2.0 parameter shares with a 3.0 one.
    private static let parameterKeys: Set<String> = ["name", "in", "description", "required", "allowEmptyValue", "deprecated"]

    /// A query, header or path parameter: the value keys become `schema`, `collectionFormat`
    /// becomes `style` and `explode`.
    mutating func parameter(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs, node["$ref"] == nil else { return node }
        var result = NodeBuilder(at: node.location)
        for pair in pairs where Self.parameterKeys.contains(pair.keyText) || pair.keyText.hasPrefix("x-") && pair.keyText != "x-nullable" {
            result.add(pair)
        }
        if let schema = simpleSchema(node) {
            result.add("schema", schema, keyAt: node["type"]?.location)
        } else if node["schema"] != nil {
            log.warning("'schema' belongs to body parameters in Swagger 2.0; read as the parameter's schema", at: node["schema"]?.location)
            result.add("schema", schema(node["schema"] ?? node))
        }
        if node["type"]?.stringText == "array" {
            addCollectionFormat(of: node, to: &result)
        }
        for pair in pairs where !Self.parameterKeys.contains(pair.keyText) && !Self.simpleSchemaKeys.contains(pair.keyText)
            && !pair.keyText.hasPrefix("x-") && !["collectionFormat", "schema"].contains(pair.keyText) {
            // Left for the decoder, which reports the unknown key at its place.
            result.add(pair)
        }
        return result.node
    }

    /// `collectionFormat` (default `csv`) as 3.0's `style` and `explode`.
    private mutating func addCollectionFormat(of node: YAMLNode, to result: inout NodeBuilder) {
        let formatNode = node["collectionFormat"]
        let format = formatNode?.stringText ?? "csv"
        let location = formatNode?.location ?? node.location
        let placement = node["in"]?.stringText
        let inQuery = placement == "query" || placement == "formData"
        switch format {
        case "csv", "tsv":
            if format == "tsv" {
                log.warning("'collectionFormat: tsv' has no OpenAPI 3 equivalent; the values are read comma-separated", at: location)
            }
            // 3.0's default for query parameters is one `name=value` pair per value; 2.0's is csv.
            if inQuery {
                result.add("style", .string("form", at: location))
                result.add("explode", .bool(false, at: location))
            }
        case "multi":
            if inQuery {
                result.add("style", .string("form", at: location))
                result.add("explode", .bool(true, at: location))
            } else {
                log.warning("'collectionFormat: multi' is only valid for query and form parameters; the values are read comma-separated",
                            at: location)
            }
        case "ssv", "pipes":
            if inQuery {
                result.add("style", .string(format == "ssv" ? "spaceDelimited" : "pipeDelimited", at: location))
                result.add("explode", .bool(false, at: location))
            } else {
                log.warning("'collectionFormat: \(format)' is only supported for query parameters; the values are read comma-separated",
                            at: location)
            }
        default:
            log.warning("unknown 'collectionFormat' '\(format)'; expected csv, ssv, tsv, pipes or multi; the values are read comma-separated",
                        at: location)
        }
    }

    /// The 3.0 request body of an operation's `in: body` or `in: formData` parameters, if it has
    /// any. `location` (the operation's `parameters` key) places what has no 2.0 node of its own.
    mutating func requestBody(body: [YAMLNode], form: [YAMLNode], consumes: [String], at location: SourceLocation) -> YAMLNode? {
        if let first = body.first {
            for extra in body.dropFirst() {
                log.warning("an operation can have only one body parameter; this one is ignored", at: extra.location)
            }
            for field in form {
                log.warning("form parameters cannot be used beside a body parameter; this one is ignored", at: field.location)
            }
            return bodyParameterRequestBody(parameterNode(first), consumes: consumes)
        }
        guard !form.isEmpty else { return nil }
        // Not at a parameter: the IR tells schemas apart by location, and the form's object schema
        // must not be taken for the schema of its first field.
        return formRequestBody(form.map(parameterNode), consumes: consumes, at: location)
    }

    /// `in: body`: the schema under every media type the operation consumes (JSON when it names none).
    private mutating func bodyParameterRequestBody(_ parameter: YAMLNode, consumes: [String]) -> YAMLNode {
        var result = NodeBuilder(at: parameter.location)
        if let description = parameter["description"] { result.add("description", description) }
        if let required = parameter["required"] { result.add("required", required) }
        var content = NodeBuilder(at: parameter.location)
        let schemaNode = parameter["schema"].map { schema($0) }
        if schemaNode == nil {
            log.warning("body parameter '\(parameter["name"]?.stringText ?? "")' has no 'schema'; its value is read as any JSON",
                        at: parameter.location)
        }
        let mediaTypes = consumes
        for mediaType in mediaTypes.isEmpty ? ["application/json"] : mediaTypes {
            var media = NodeBuilder(at: parameter.location)
            if let schemaNode { media.add("schema", schemaNode) }
            content.add(mediaType, media.node, keyAt: parameter.location)
        }
        result.add("content", content.node, keyAt: parameter.location)
        return result.node
    }

    /// `in: formData`: one object schema with a property per parameter, sent as
    /// `multipart/form-data` when a parameter is a file or the operation consumes it, else as
    /// `application/x-www-form-urlencoded`.
    private mutating func formRequestBody(_ fields: [YAMLNode], consumes: [String], at location: SourceLocation) -> YAMLNode {
        var properties = NodeBuilder(at: location)
        var required: [YAMLNode] = []
        for field in fields {
            guard let name = field["name"]?.stringText else {
                log.warning("a form parameter has no 'name'; it is ignored", at: field.location)
                continue
            }
            var property = simpleSchema(field).map { node in NodeBuilder(at: node.location, pairs: node.pairs) }
                ?? NodeBuilder(at: field.location)
            if let description = field["description"] { property.add("description", description) }
            properties.add(name, property.node, keyAt: field["name"]?.location)
            if case .bool(true) = field["required"]?.scalar?.value {
                required.append(.string(name, at: field.location))
            }
        }
        var schemaNode = NodeBuilder(at: location)
        schemaNode.add("type", .string("object", at: location))
        schemaNode.add("properties", properties.node)
        if !required.isEmpty { schemaNode.add("required", .sequence(required, at: location)) }
        let hasFile = fields.contains { $0["type"]?.stringText == "file" }
        let mediaType = hasFile || consumes.contains("multipart/form-data") && !consumes.contains("application/x-www-form-urlencoded")
            ? "multipart/form-data" : "application/x-www-form-urlencoded"
        var media = NodeBuilder(at: location)
        media.add("schema", schemaNode.node)
        var content = NodeBuilder(at: location)
        content.add(mediaType, media.node)
        var result = NodeBuilder(at: location)
        if fields.contains(where: { if case .bool(true) = $0["required"]?.scalar?.value { true } else { false } }) {
            result.add("required", .bool(true, at: location))
        }
        result.add("content", content.node)
        return result.node
    }
}
