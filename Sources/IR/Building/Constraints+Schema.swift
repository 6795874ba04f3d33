import OpenAPIModel

extension IRConstraints {
    /// The validation keywords of `schema` (not of the schemas it references).
    init(_ schema: Schema) {
        self.init()
        minimum = schema.minimum?.text
        maximum = schema.maximum?.text
        exclusiveMinimum = schema.exclusiveMinimum?.text
        exclusiveMaximum = schema.exclusiveMaximum?.text
        multipleOf = schema.multipleOf?.text
        minLength = schema.minLength
        maxLength = schema.maxLength
        pattern = schema.pattern
        minItems = schema.minItems
        maxItems = schema.maxItems
        uniqueItems = schema.uniqueItems
        minProperties = schema.minProperties
        maxProperties = schema.maxProperties
        format = schema.format
        constJSON = schema.constValue?.jsonText
    }
}
