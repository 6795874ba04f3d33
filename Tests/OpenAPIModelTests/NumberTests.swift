import OpenAPIModel
import Testing

/// Numbers keep the text they were written with; counts accept integral floats with a warning.
@Suite struct NumberTests {
    @Test func hugeMaximumKeepsItsText() throws {
        let (schema, log) = try decodeSchema("type: integer\nformat: int64\nmaximum: 9223372036854775807\nminimum: -9223372036854775808")
        #expect(schema.maximum?.text == "9223372036854775807")
        #expect(schema.maximum?.isInteger == true)
        #expect(schema.maximum?.int64Value == Int64.max)
        #expect(schema.minimum?.int64Value == Int64.min)
        #expect(log.diagnostics.isEmpty)
    }

    @Test func beyondInt64IsKeptAsText() throws {
        let (schema, _) = try decodeSchema("maximum: 99999999999999999999999")
        #expect(schema.maximum?.text == "99999999999999999999999")
        #expect(schema.maximum?.int64Value == nil)
    }

    @Test func decimalsKeepTheirText() throws {
        let (schema, _) = try decodeSchema("type: number\nmultipleOf: 0.01")
        #expect(schema.multipleOf?.text == "0.01")
        #expect(schema.multipleOf?.isInteger == false)
    }

    @Test func integralFloatCountWarnsAndIsUsed() throws {
        let (schema, log) = try decodeSchema("type: string\nminLength: 3.0")
        #expect(schema.minLength == 3)
        #expect(log.renderedWarnings == ["spec.yaml:8:18: warning: 'minLength' should be an integer, found 3.0; using 3"])
    }

    @Test func negativeOrFractionalCountIsIgnored() throws {
        let (schema, log) = try decodeSchema("type: array\nminItems: -1\nmaxItems: 2.5")
        #expect(schema.minItems == nil)
        #expect(schema.maxItems == nil)
        #expect(log.renderedWarnings == [
            "spec.yaml:8:17: warning: 'minItems' should be a non-negative integer, found -1; ignoring it",
            "spec.yaml:9:17: warning: 'maxItems' should be a non-negative integer, found 2.5; ignoring it",
        ])
    }

    @Test func nonPositiveMultipleOfIsIgnored() throws {
        let (schema, log) = try decodeSchema("multipleOf: 0")
        #expect(schema.multipleOf == nil)
        #expect(log.renderedWarnings == ["spec.yaml:7:19: warning: 'multipleOf' must be greater than 0; ignoring it"])
    }

    @Test func quotedNumberIsNotANumber() throws {
        let (schema, log) = try decodeSchema("maximum: '10'")
        #expect(schema.maximum == nil)
        #expect(log.renderedWarnings == ["spec.yaml:7:16: warning: 'maximum' should be a number, found a string; ignoring it"])
    }
}
