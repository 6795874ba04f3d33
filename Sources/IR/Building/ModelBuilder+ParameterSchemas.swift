import OpenAPIModel

extension ModelBuilder {
    /// The `format`s the validators' interpreter checks (`JSONSchema.Format`); any other is an annotation.
    static let checkedFormats: Set<String> = [
        "date-time", "date", "time", "email", "uri", "uri-reference", "uuid", "ipv4", "ipv6", "hostname",
    ]

    /// Keywords that never fail a value.
    private static let annotations: Set<String> = [
        "title", "description", "default", "examples", "example", "deprecated", "readOnly", "writeOnly",
    ]

    /// `operations` with each parameter's `validationSchema`, written now that every type is declared,
    /// so a schema below a parameter that has a Swift type of its own is a `$ref` to that type's schema.
    mutating func attachParameterSchemas(to operations: [IROperation]) -> [IROperation] {
        var warnedPatterns: Set<String> = []
        var result = operations
        for (operationIndex, schemas) in parameterSchemas.enumerated() where operationIndex < result.count {
            for (index, schema) in schemas.enumerated() where index < result[operationIndex].parameters.count {
                guard let schema else { continue }
                let type = result[operationIndex].parameters[index].type
                var writer = ValidationSchemaWriter()
                let json = validationJSON(for: schema, isRoot: false, depth: 0, writer: &writer)
                // A lone `$ref` is the parameter's own generated type, which validates itself.
                if let members = json.members, members.count == 1, members[0].key == "$ref" { continue }
                guard Self.constrains(json, beyond: type) else { continue }
                report(writer, warnedPatterns: &warnedPatterns)
                result[operationIndex].parameters[index].validationSchema = IRValidationSchema(
                    name: "", json: json, references: writer.references.sorted(), isAlias: false)
            }
        }
        return result
    }

    /// Whether a value of Swift type `type` can break `schema`: whether the schema has a keyword
    /// beyond those the type guarantees (its JSON type, a `format` the interpreter does not check or
    /// the type ensures, annotations), here or in its `items`. A `$ref` counts, so that values of an
    /// open enum can be refused when the client is asked to.
    static func constrains(_ schema: IRJSON, beyond type: IRTypeReference) -> Bool {
        switch schema {
        case .bool(let accepts): return !accepts
        case .object(let members):
            let freeForm = type.nonOptional == .jsonValue
            return members.contains { key, value in
                switch key {
                case _ where annotations.contains(key): return false
                case "type": return freeForm
                case "format":
                    guard case .string(let format) = value, checkedFormats.contains(format) else { return false }
                    return !(format == "date-time" && type.nonOptional == .builtin("Date"))
                        && !(format == "uuid" && type.nonOptional == .builtin("UUID"))
                case "items":
                    guard case .array(let element) = type.nonOptional else { return true }
                    return constrains(value, beyond: element)
                default: return true
                }
            }
        default: return true
        }
    }
}
