import Diagnostics
import YAMLReader

extension SpecDecoder {
    /// Keywords that only annotate or identify a schema and change nothing Specsmith generates.
    private static let ignoredSchemaKeywords: Set<String> = [
        "$schema", "$id", "$anchor", "$comment", "$defs", "definitions", "xml", "externalDocs",
        "contentEncoding", "contentMediaType", "contentSchema", "$vocabulary",
    ]

    /// JSON Schema keywords Specsmith does not act on; kept on the schema so later stages can warn.
    private static let unsupportedSchemaKeywords: Set<String> = [
        "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor",
    ]

    /// Keywords holding schemas or lists, for which `null` can only mean "not given".
    private static let subschemaKeywords: Set<String> = [
        "allOf", "oneOf", "anyOf", "not", "items", "prefixItems", "additionalProperties", "enum", "required", "discriminator",
    ]

    /// Decodes a Schema Object, or a 3.1 boolean schema.
    public mutating func schema(_ node: YAMLNode) throws(Diagnostic) -> Schema {
        var schema = Schema(at: node.location)
        if case .bool(let value) = node.scalar?.value {
            if version == .v3_0 {
                log.warning("boolean schemas are an OpenAPI 3.1 feature", at: node.location)
            }
            schema.booleanValue = value
            return schema
        }
        var exclusiveMinimumFlag = false
        var exclusiveMaximumFlag = false
        var additionalItems: Schema?
        for pair in try pairs(node, "schema") {
            let value = pair.value
            let key = pair.keyText
            if value.isNull && Self.subschemaKeywords.contains(key) {
                // `allOf:` with nothing under it means no `allOf`, not an `allOf` of nothing.
                log.warning("'\(key)' is null; treating it as absent", at: value.location)
                continue
            }
            switch key {
            case "$ref": schema.ref = try reference(in: node)
            case "type":
                schema.types = try types(value, nullable: &schema.nullable)
                if value.scalar?.text == "null" || value.items?.contains(where: { $0.scalar?.text == "null" }) == true {
                    schema.nullSources.insert(.type)
                }
            case "nullable":
                if bool(value, "nullable") == true {
                    schema.nullable = true
                    schema.nullSources.insert(.keyword)
                }
                if version == .v3_1 {
                    log.warning("'nullable' is OpenAPI 3.0; in 3.1 write type: [T, \"null\"] (honoured anyway)", at: pair.key.location)
                }
            case "format": schema.format = try string(value, "format")
            case "title": schema.title = try string(value, "title")
            case "description": schema.description = try descriptionText(value, "description")
            case "default": schema.defaultValue = SpecValue(value)
            case "example": schema.examples.append(SpecValue(value))
            case "examples":
                if let items = value.items { schema.examples += items.map(SpecValue.init) } else { schema.examples.append(SpecValue(value)) }
            case "deprecated": schema.deprecated = bool(value, "deprecated") ?? false
            case "readOnly": schema.readOnly = bool(value, "readOnly") ?? false
            case "writeOnly": schema.writeOnly = bool(value, "writeOnly") ?? false
            case "enum":
                let values = try items(value, "enum")
                if values.contains(where: \.isNull) {
                    schema.nullable = true
                    schema.nullSources.insert(.enumValue)
                }
                schema.enumValues = values.map(SpecValue.init)
            case "const": schema.constValue = SpecValue(value)
            case "properties":
                if let pairs = value.pairs, pairs.count == 1, let reference = try reference(in: value) {
                    schema.propertiesReference = reference
                    continue
                }
                schema.properties = try properties(value)
            case "required": schema.required = try requiredNames(value)
            case "additionalProperties":
                if case .bool(let allowed) = value.scalar?.value {
                    schema.additionalProperties = .allowed(allowed)
                } else {
                    schema.additionalProperties = .schema(try self.schema(value))
                }
            case "patternProperties":
                schema.patternProperties = try map(value, "patternProperties", skipExtensions: false) { (decoder, pair) throws(Diagnostic) in
                    try decoder.schema(pair.value)
                }
            case "items":
                if let tuple = value.items {
                    log.warning("'items' as a list is the old tuple form; read as 'prefixItems'", at: value.location)
                    schema.prefixItems = try schemas(tuple)
                } else {
                    schema.items = try self.schema(value)
                }
            case "prefixItems": schema.prefixItems = try schemas(try items(value, "prefixItems"))
            case "allOf": schema.allOf = try schemas(try items(value, "allOf"))
            case "oneOf": schema.oneOf = try schemas(try items(value, "oneOf"))
            case "anyOf": schema.anyOf = try schemas(try items(value, "anyOf"))
            case "not": schema.not = try self.schema(value)
            case "discriminator": schema.discriminator = try discriminator(value)
            case "minimum": schema.minimum = number(value, "minimum")
            case "maximum": schema.maximum = number(value, "maximum")
            case "exclusiveMinimum":
                if case .bool(let flag) = value.scalar?.value {
                    if version == .v3_1 { log.warning("a boolean 'exclusiveMinimum' is OpenAPI 3.0; 3.1 takes the bound itself", at: value.location) }
                    exclusiveMinimumFlag = flag
                } else {
                    schema.exclusiveMinimum = number(value, "exclusiveMinimum")
                }
            case "exclusiveMaximum":
                if case .bool(let flag) = value.scalar?.value {
                    if version == .v3_1 { log.warning("a boolean 'exclusiveMaximum' is OpenAPI 3.0; 3.1 takes the bound itself", at: value.location) }
                    exclusiveMaximumFlag = flag
                } else {
                    schema.exclusiveMaximum = number(value, "exclusiveMaximum")
                }
            case "multipleOf":
                schema.multipleOf = number(value, "multipleOf")
                if let divisor = schema.multipleOf?.doubleValue, divisor <= 0 {
                    log.warning("'multipleOf' must be greater than 0; ignoring it", at: value.location)
                    schema.multipleOf = nil
                }
            case "minLength": schema.minLength = count(value, "minLength")
            case "maxLength": schema.maxLength = count(value, "maxLength")
            case "pattern": schema.pattern = try string(value, "pattern")
            case "minItems": schema.minItems = count(value, "minItems")
            case "maxItems": schema.maxItems = count(value, "maxItems")
            case "uniqueItems": schema.uniqueItems = bool(value, "uniqueItems") ?? false
            case "minProperties": schema.minProperties = count(value, "minProperties")
            case "if": schema.ifSchema = try self.schema(value)
            case "then": schema.thenSchema = try self.schema(value)
            case "else": schema.elseSchema = try self.schema(value)
            case "propertyNames": schema.propertyNames = try self.schema(value)
            case "contains": schema.contains = try self.schema(value)
            case "minContains": schema.minContains = count(value, "minContains")
            case "maxContains": schema.maxContains = count(value, "maxContains")
            case "unevaluatedProperties": schema.unevaluatedProperties = try self.schema(value)
            case "unevaluatedItems": schema.unevaluatedItems = try self.schema(value)
            case "additionalItems": additionalItems = try self.schema(value)
            case "dependentRequired":
                schema.dependentRequired = try map(value, "dependentRequired", skipExtensions: false) { (decoder, pair) throws(Diagnostic) in
                    try decoder.strings(pair.value, pair.keyText)
                }
            case "dependentSchemas":
                schema.dependentSchemas = try map(value, "dependentSchemas", skipExtensions: false) { (decoder, pair) throws(Diagnostic) in
                    try decoder.schema(pair.value)
                }
            case "dependencies":
                // Draft 4 to 7 (and so OpenAPI 3.0's JSON Schema): one keyword for both forms.
                for pair in try pairs(value, "dependencies") {
                    if pair.value.items != nil {
                        schema.dependentRequired[pair.keyText] = try strings(pair.value, pair.keyText)
                    } else {
                        schema.dependentSchemas[pair.keyText] = try self.schema(pair.value)
                    }
                }
            case "maxProperties": schema.maxProperties = count(value, "maxProperties")
            default:
                if key.hasPrefix("x-") {
                    schema.extensions[key] = SpecValue(value)
                } else if Self.unsupportedSchemaKeywords.contains(key) {
                    schema.unsupportedKeywords[key] = SpecValue(value)
                } else if !Self.ignoredSchemaKeywords.contains(key) {
                    log.warning("unknown schema keyword '\(key)'; it is ignored", at: pair.key.location)
                }
            }
        }
        // Before 2020-12, `additionalItems` is the schema of the elements after a tuple `items`
        // (read as `prefixItems`), which 2020-12's `items` now says; beside a single `items` it means nothing.
        if let additionalItems, schema.prefixItems != nil, schema.items == nil {
            schema.items = additionalItems
        }
        // 3.0 writes `exclusiveMinimum: true` beside `minimum`; 3.1 writes the bound itself.
        if exclusiveMinimumFlag, let minimum = schema.minimum {
            schema.exclusiveMinimum = minimum
            schema.minimum = nil
        }
        if exclusiveMaximumFlag, let maximum = schema.maximum {
            schema.exclusiveMaximum = maximum
            schema.maximum = nil
        }
        return schema
    }

    /// A `properties` mapping: property name → schema.
    public mutating func properties(_ node: YAMLNode) throws(Diagnostic) -> OrderedMap<Schema> {
        try map(node, "properties", skipExtensions: false) { (decoder, pair) throws(Diagnostic) in try decoder.schema(pair.value) }
    }

    private mutating func schemas(_ nodes: YAMLItems) throws(Diagnostic) -> [Schema] {
        var result: [Schema] = []
        result.reserveCapacity(nodes.count)
        for node in nodes { result.append(try schema(node)) }
        return result
    }

    /// `type` as a name or a list of names; a `null` among them sets `nullable` instead.
    private mutating func types(_ node: YAMLNode, nullable: inout Bool) throws(Diagnostic) -> [JSONType]? {
        let list = node.items
        if list != nil && version == .v3_0 {
            log.warning("a list of types is OpenAPI 3.1; 3.0 takes one type (read anyway)", at: node.location)
        }
        var types: [JSONType] = []
        for position in 0..<(list?.count ?? 1) {
            let name = list?[position] ?? node
            let text = try requiredString(name, "type")
            guard let type = JSONType(rawValue: text) else {
                log.warning("unknown type '\(text)'; expected string, number, integer, boolean, array, object or null", at: name.location)
                continue
            }
            if type == .null {
                nullable = true
            } else {
                types.append(type)
            }
        }
        // `type: "null"` alone still constrains the value, so keep it visible as an empty list.
        return types
    }

    private mutating func requiredNames(_ node: YAMLNode) throws(Diagnostic) -> [String] {
        if case .bool = node.scalar?.value {
            log.warning("'required: true' on a property is Swagger 2 style; list required names on the parent object instead (ignored)",
                        at: node.location)
            return []
        }
        return try strings(node, "required")
    }

    private mutating func discriminator(_ node: YAMLNode) throws(Diagnostic) -> Discriminator {
        var propertyName: String?
        var mapping = OrderedMap<String>()
        var extensions = SpecExtensions()
        for pair in try pairs(node, "discriminator") {
            switch pair.keyText {
            case "propertyName": propertyName = try string(pair.value, "propertyName")
            case "mapping":
                mapping = try map(pair.value, "mapping") { (decoder, pair) throws(Diagnostic) in
                    try decoder.string(pair.value, "mapping")
                }
            default: unknown(pair, in: "discriminator", extensions: &extensions)
            }
        }
        guard let propertyName else { throw missing("propertyName", in: "a discriminator", at: node.location) }
        return Discriminator(propertyName: propertyName, mapping: mapping, location: node.location)
    }
}
