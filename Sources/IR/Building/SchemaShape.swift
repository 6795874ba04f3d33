import OpenAPIModel

/// The text of everything in a schema that decides the Swift type generated for it, so that two
/// inline schemas with equal shapes can share one type (see `SharedShapes`).
///
/// Left out are the words that describe one *use* of the schema at its root (`title`,
/// `description`, `default`, examples: a property's documentation and default come from them, not
/// the type's) and `x-` extensions, which nothing generated reads. Everything below the root is
/// kept whole, documentation included, so a shared type documents its members as every use does.
/// A `$ref` is kept as written together with the file it is written in, so the same spelling in
/// two files (which may name different schemas) never makes two shapes equal.
enum SchemaShape {
    /// The shape of `schema`; equal texts mean the same generated type.
    static func text(of schema: Schema) -> String {
        var writer = Writer()
        writer.write(schema, isRoot: true)
        return writer.text
    }

    private struct Writer {
        var text = ""

        mutating func write(_ schema: Schema, isRoot: Bool) {
            text += "{"
            if let ref = schema.ref { field("$ref", ref.location.file + "#" + ref.target) }
            if let value = schema.booleanValue { field("bool", String(value)) }
            if let types = schema.types { field("type", types.map(\.rawValue).joined(separator: ",")) }
            if schema.nullable { field("nullable", String(schema.nullSources.rawValue)) }
            if let format = schema.format { field("format", format) }
            if !isRoot {
                if let title = schema.title { field("title", title) }
                if let description = schema.description { field("description", description) }
                if let value = schema.defaultValue { field("default", value.jsonText) }
            }
            if schema.deprecated { field("deprecated", "") }
            if schema.readOnly { field("readOnly", "") }
            if schema.writeOnly { field("writeOnly", "") }
            if let values = schema.enumValues { field("enum", values.map(\.jsonText).joined(separator: ",")) }
            if let value = schema.constValue { field("const", value.jsonText) }
            if !schema.properties.isEmpty {
                text += "properties:{"
                for (name, property) in schema.properties {
                    appendQuoted(name)
                    text += ":"
                    write(property, isRoot: false)
                }
                text += "}"
            }
            if let ref = schema.propertiesReference { field("propertiesRef", ref.location.file + "#" + ref.target) }
            if !schema.required.isEmpty { field("required", schema.required.map(quoted).joined(separator: ",")) }
            switch schema.additionalProperties {
            case .schema(let values)?: text += "additionalProperties:"; write(values, isRoot: false)
            case .allowed(let allowed)?: field("additionalProperties", String(allowed))
            case nil: break
            }
            members("patternProperties", schema.patternProperties)
            list("prefixItems", schema.prefixItems)
            list("allOf", schema.allOf)
            list("oneOf", schema.oneOf)
            list("anyOf", schema.anyOf)
            if let discriminator = schema.discriminator {
                field("discriminator", discriminator.propertyName + "|" + discriminator.mapping.map { quoted($0.key) + "=" + quoted($0.value) }.joined(separator: ","))
            }
            // Keyword by keyword rather than through arrays of (keyword, value): this runs for every
            // schema reached while looking for shared shapes, and those arrays were allocated each time.
            field("minimum", schema.minimum)
            field("maximum", schema.maximum)
            field("exclusiveMinimum", schema.exclusiveMinimum)
            field("exclusiveMaximum", schema.exclusiveMaximum)
            field("multipleOf", schema.multipleOf)
            field("minLength", schema.minLength)
            field("maxLength", schema.maxLength)
            field("minItems", schema.minItems)
            field("maxItems", schema.maxItems)
            field("minProperties", schema.minProperties)
            field("maxProperties", schema.maxProperties)
            field("minContains", schema.minContains)
            field("maxContains", schema.maxContains)
            if let pattern = schema.pattern { field("pattern", pattern) }
            if schema.uniqueItems { field("uniqueItems", "") }
            for (name, names) in schema.dependentRequired { field("dependentRequired." + quoted(name), names.map(quoted).joined(separator: ",")) }
            members("dependentSchemas", schema.dependentSchemas)
            subschema("items", schema.items)
            subschema("not", schema.not)
            subschema("if", schema.ifSchema)
            subschema("then", schema.thenSchema)
            subschema("else", schema.elseSchema)
            subschema("propertyNames", schema.propertyNames)
            subschema("contains", schema.contains)
            subschema("unevaluatedProperties", schema.unevaluatedProperties)
            subschema("unevaluatedItems", schema.unevaluatedItems)
            for (keyword, value) in schema.unsupportedKeywords { field("unsupported." + quoted(keyword), value.jsonText) }
            text += "}"
        }

        private mutating func field(_ name: String, _ value: String) {
            text += name
            text += "="
            appendQuoted(value)
            text += ";"
        }

        private mutating func field(_ name: String, _ value: (some CustomStringConvertible)?) {
            if let value { field(name, value.description) }
        }

        private mutating func subschema(_ keyword: String, _ schema: Schema?) {
            guard let schema else { return }
            text += keyword
            text += ":"
            write(schema, isRoot: false)
        }

        private mutating func list(_ name: String, _ schemas: [Schema]?) {
            guard let schemas else { return }
            text += name + ":["
            for schema in schemas { write(schema, isRoot: false) }
            text += "]"
        }

        private mutating func members(_ name: String, _ schemas: OrderedMap<Schema>) {
            guard !schemas.isEmpty else { return }
            text += name + ":{"
            for (key, schema) in schemas {
                appendQuoted(key)
                text += ":"
                write(schema, isRoot: false)
            }
            text += "}"
        }

        /// Quoted with its length first, so no text can end a field early and make two shapes equal.
        private func quoted(_ value: String) -> String {
            "\(value.utf8.count)'" + value
        }

        /// Appends ``quoted(_:)`` without a string of its own.
        private mutating func appendQuoted(_ value: String) {
            text += String(value.utf8.count)
            text += "'"
            text += value
        }
    }
}
