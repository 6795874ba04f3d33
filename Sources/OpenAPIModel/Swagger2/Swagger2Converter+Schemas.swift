import Diagnostics
import YAMLReader

extension Swagger2Converter {
    /// The 2.0 prefixes of the file's own references and where their targets are after conversion.
    private static let movedSections: [(from: String, to: String)] = [
        ("#/definitions/", "#/components/schemas/"),
        ("#/parameters/", "#/components/parameters/"),
        ("#/responses/", "#/components/responses/"),
    ]

    /// A `$ref` target after conversion: `#/definitions/Pet` → `#/components/schemas/Pet`.
    /// References into other files are kept: those files are read as they are, where
    /// `#/definitions/…` still designates what it did.
    static func movedReference(_ target: String) -> String {
        for section in movedSections where target.hasPrefix(section.from) {
            return section.to + target.dropFirst(section.from.count)
        }
        return target
    }

    /// A `$ref` value node with its target moved (see ``movedReference(_:)``).
    func reference(_ node: YAMLNode) -> YAMLNode {
        guard let scalar = node.scalar, case .string(let target) = scalar.value else { return node }
        let moved = Self.movedReference(target)
        return moved == target ? node : .string(moved, at: node.location)
    }

    /// A Schema Object with the 2.0-only spellings rewritten; its subschemas likewise.
    mutating func schema(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        var result = NodeBuilder(at: node.location)
        let hasFormat = node["format"] != nil
        for pair in pairs {
            let value = pair.value
            switch pair.keyText {
            case "$ref":
                result.add(YAMLPair(key: pair.key, value: reference(value)))
            case "properties":
                result.add(YAMLPair(key: pair.key, value: subschemaMap(value)))
            case "additionalProperties", "not":
                result.add(YAMLPair(key: pair.key, value: value.pairs != nil ? schema(value) : value))
            case "items":
                let items = value.items.map { YAMLNode.sequence($0.map { schema($0) }, at: value.location) } ?? schema(value)
                result.add(YAMLPair(key: pair.key, value: items))
            case "allOf", "anyOf", "oneOf":
                let members = value.items.map { YAMLNode.sequence($0.map { schema($0) }, at: value.location) } ?? value
                result.add(YAMLPair(key: pair.key, value: members))
            case "type":
                addType(pair, hasFormat: hasFormat, to: &result)
            case "x-nullable":
                addNullable(pair, to: &result)
            case "discriminator":
                // 2.0 names the property; 3.0 wants a Discriminator Object.
                if let property = value.stringText {
                    var discriminator = NodeBuilder(at: value.location)
                    discriminator.add("propertyName", .string(property, at: value.location))
                    result.add(YAMLPair(key: pair.key, value: discriminator.node))
                } else {
                    result.add(pair)
                }
            default:
                result.add(pair)
            }
        }
        return result.node
    }

    /// `properties`: names to schemas (extension-like names are property names here, not extensions).
    private mutating func subschemaMap(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        return YAMLNode.mapping(pairs.map { YAMLPair(key: $0.key, value: schema($0.value)) }, at: node.location)
    }

    /// `type: file` (a file upload or download) is a binary string in 3.0.
    private func addType(_ pair: YAMLPair, hasFormat: Bool, to result: inout NodeBuilder) {
        guard pair.value.stringText == "file" else {
            result.add(pair)
            return
        }
        result.add("type", .string("string", at: pair.value.location), keyAt: pair.key.location)
        if !hasFormat { result.add("format", .string("binary", at: pair.value.location), keyAt: pair.key.location) }
    }

    /// `x-nullable: true`, the common 2.0 extension, is 3.0's `nullable: true`.
    private func addNullable(_ pair: YAMLPair, to result: inout NodeBuilder) {
        if case .bool(true) = pair.value.scalar?.value {
            result.add("nullable", pair.value, keyAt: pair.key.location)
        } else {
            // Kept as an extension: `x-nullable: false` is the default anyway.
            result.add(pair)
        }
    }

    /// The keys of a 2.0 parameter, header or `items` object that describe its value: they
    /// become its 3.0 `schema`.
    static let simpleSchemaKeys: Set<String> = [
        "type", "format", "items", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "enum", "multipleOf", "x-nullable",
    ]

    /// The 3.0 schema of a 2.0 parameter, header or items object (`type: array, items: {type:
    /// string}, collectionFormat: csv`): its value keys, with `items` converted likewise.
    /// Nil when `node` has no `type` (the decoder then warns that the value has no schema).
    mutating func simpleSchema(_ node: YAMLNode) -> YAMLNode? {
        guard let pairs = node.pairs, node["type"] != nil else { return nil }
        var result = NodeBuilder(at: node.location)
        let hasFormat = node["format"] != nil
        for pair in pairs where Self.simpleSchemaKeys.contains(pair.keyText) {
            switch pair.keyText {
            case "items":
                result.add(YAMLPair(key: pair.key, value: simpleSchema(pair.value) ?? pair.value))
                if let format = pair.value["collectionFormat"], format.stringText.map({ $0 != "csv" }) ?? true {
                    log.warning("'collectionFormat' of nested arrays is not supported; the inner array is read as 'csv'", at: format.location)
                }
            case "type": addType(pair, hasFormat: hasFormat, to: &result)
            case "x-nullable": addNullable(pair, to: &result)
            default: result.add(pair)
            }
        }
        return result.node
    }
}
