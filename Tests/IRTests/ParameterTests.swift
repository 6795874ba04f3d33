import Diagnostics
import IR
import Resolver
import Testing
import YAMLReader

/// Operation parameters in the IR: in call-site order (path parameters as the path names them,
/// then required before optional), each with the schema the client checks it against when its
/// Swift type does not already guarantee it.
@Suite struct ParameterTests {
    static func operation(_ pathItem: String, path: String = "/projects/{project}/files/{file}") throws -> IROperation {
        let yaml = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              \(path):
            \(pathItem)
            components:
              schemas:
                Color: {type: string, enum: [red, green]}
                Percent: {type: integer, minimum: 0, maximum: 100}

            """
        let spec = try LoadedSpec.load(root: try YAMLParser.parse(yaml, file: "spec.yaml"), file: "spec.yaml")
        let (module, _) = try ModelBuilder.build(spec)
        return try #require(module.operations.first)
    }

    @Test func pathParametersComeFirstInPathOrderThenRequiredBeforeOptional() throws {
        let operation = try Self.operation("""
                parameters:
                  - {name: file, in: path, required: true, schema: {type: string}}
                get:
                  operationId: getFile
                  parameters:
                    - {name: verbose, in: query, schema: {type: boolean}}
                    - {name: X-Trace, in: header, required: true, schema: {type: string}}
                    - {name: project, in: path, required: true, schema: {type: string}}
                    - {name: version, in: query, required: true, schema: {type: integer}}
                  responses:
                    '200': {description: OK}
            """)
        #expect(operation.parameters.map(\.name) == ["project", "file", "X-Trace", "version", "verbose"])
    }

    @Test func onlyParametersTheirTypesDoNotGuaranteeGetASchema() throws {
        let operation = try Self.operation("""
                get:
                  operationId: search
                  parameters:
                    - {name: project, in: path, required: true, schema: {type: string, description: Any name.}}
                    - {name: file, in: path, required: true, schema: {type: string, format: uuid}}
                    - {name: size, in: query, schema: {type: integer, format: int32, default: 10}}
                    - {name: since, in: query, schema: {type: string, format: date-time}}
                    - {name: flag, in: query, schema: {type: boolean}}
                    - {name: limit, in: query, schema: {type: integer, maximum: 100}}
                    - {name: email, in: query, schema: {type: string, format: email}}
                    - {name: ids, in: query, schema: {type: array, items: {type: string}}}
                    - {name: codes, in: query, schema: {type: array, items: {type: string, minLength: 2}}}
                    - {name: colors, in: query, schema: {type: array, items: {$ref: '#/components/schemas/Color'}}}
                    - {name: color, in: query, schema: {$ref: '#/components/schemas/Color'}}
                    - {name: percent, in: query, schema: {$ref: '#/components/schemas/Percent'}}
                  responses:
                    '200': {description: OK}
            """)
        let schemas = Dictionary(uniqueKeysWithValues: operation.parameters.map { ($0.name, $0.validationSchema?.json.compactText) })
        #expect(schemas["project"] == .some(nil))
        #expect(schemas["file"] == .some(nil))
        #expect(schemas["size"] == .some(nil))
        #expect(schemas["since"] == .some(nil))
        #expect(schemas["flag"] == .some(nil))
        #expect(schemas["ids"] == .some(nil))
        #expect(schemas["limit"] == #"{"type":"integer","maximum":100}"#)
        #expect(schemas["email"] == #"{"type":"string","format":"email"}"#)
        #expect(schemas["codes"] == #"{"type":"array","items":{"type":"string","minLength":2}}"#)
        // An enum inside an array is checked, so that unknown values can be refused when asked.
        #expect(schemas["colors"] == #"{"type":"array","items":{"$ref":"Color"}}"#)
        #expect(operation.parameters.first { $0.name == "colors" }?.validationSchema?.references == ["Color"])
        // A parameter of a generated type (an alias included) is checked with that type's schema.
        #expect(schemas["color"] == .some(nil))
        #expect(schemas["percent"] == .some(nil))
    }
}
