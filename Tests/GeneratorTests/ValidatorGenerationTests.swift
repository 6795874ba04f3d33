import Diagnostics
import Foundation
import Generator
import Testing

/// What the validators emitter writes: a schema per type, warnings for patterns the runtime cannot
/// compile, raw strings no schema text can end, and nothing when validators are not asked for.
@Suite struct ValidatorGenerationTests {
    static let spec = """
        openapi: 3.1.0
        info: {title: Patterns, version: '1'}
        paths:
          /things:
            post:
              operationId: createThing
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
              responses:
                '204': {description: Done.}
        components:
          schemas:
            Thing:
              type: object
              properties:
                hashy:
                  type: string
                  pattern: '^"#+$'
                broken:
                  type: string
                  pattern: '(?<=a+)b'
        """

    @Test func aPatternICUCannotCompileIsALocatedWarning() throws {
        let (generation, path) = try UnsupportedConstructTests.generate(Self.spec)
        let warnings = generation.warnings.filter { $0.message.contains("pattern") }
        #expect(warnings.map(\.message) == [
            "the pattern '(?<=a+)b' is not a regular expression ICU can compile (\(Self.icuProblem)); generated validators do not check it",
        ])
        // At the schema that has the pattern.
        #expect(warnings.first?.location == SourceLocation(file: path, line: 22, column: 11))
    }

    /// Patterns are ECMA-262: what it rejects (here an identity escape ICU would read as the bell
    /// character) is a warning at the schema, with the character it is at.
    @Test func aPatternECMA262RejectsIsALocatedWarning() throws {
        let spec = Self.spec.replacingOccurrences(of: "pattern: '(?<=a+)b'", with: #"pattern: '^x\a$'"#)
        let (generation, path) = try UnsupportedConstructTests.generate(spec)
        let warnings = generation.warnings.filter { $0.message.contains("pattern") }
        #expect(warnings.map(\.message) == [
            #"the pattern '^x\a$' is not valid ECMA-262 at character 3: '\a' is not an escape ECMA-262 allows with the u flag; generated validators read it as the nearest literal text"#,
        ])
        #expect(warnings.first?.location == SourceLocation(file: path, line: 22, column: 11))
    }

    /// What Foundation says about the look-behind, which differs between platforms.
    static var icuProblem: String {
        do {
            _ = try NSRegularExpression(pattern: "(?<=a+)b")
            return ""
        } catch {
            return error.localizedDescription
        }
    }

    @Test func theRawStringOutlastsEveryHashInTheSchema() throws {
        let (generation, _) = try UnsupportedConstructTests.generate(Self.spec)
        let file = try #require(generation.files.first { $0.path == "Models/Thing.swift" })
        #expect(file.contents.contains("JSONSchema(json: ##\"\"\""))
        #expect(file.contents.contains(##""pattern": "^\"#+$""##))
        #expect(file.contents.contains("\"\"\"##)"))
    }

    @Test func everyTypeGetsASchemaAndTheClientValidatesBodies() throws {
        let (generation, _) = try UnsupportedConstructTests.generate(Self.spec)
        #expect(generation.files.map(\.path).filter { $0.contains("Validat") } == ["ValidationSupport.swift"])
        let model = try #require(generation.files.first { $0.path == "Models/Thing.swift" })
        #expect(model.contents.contains("\n}\n\nextension Thing: Validatable {\n"))
        let operations = try #require(generation.files.first { $0.path.hasPrefix("Client/") && $0.path.contains("+") })
        // An optional body is checked when it is given (`check` skips nil), before the request is built.
        #expect(operations.contents.contains("""
                    if core.configuration.validatesRequests {
                        var validator = RequestValidator(reportsUnknownEnumValues: core.configuration.rejectsUnknownEnumValues)
                        validator.check(body, at: "$")
                        try validator.finish()
                    }
                    var request = HTTPRequestBuilder(
            """))
    }

    @Test func aTypealiasBodyIsCheckedAgainstItsSchemaInJSONSchemas() throws {
        let spec = """
            openapi: 3.1.0
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: The pets.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pets'}
            components:
              schemas:
                Pets: {type: array, maxItems: 100, items: {type: string}}
            """
        let (generation, _) = try UnsupportedConstructTests.generate(spec)
        let operations = try #require(generation.files.first { $0.path.hasPrefix("Client/") && $0.path.contains("+") })
        #expect(operations.contents.contains("if core.configuration.validatesResponses { try JSONSchemas.Pets.validate(value: decoded) }"))
    }

    @Test func withoutValidatorsNothingRefersToThem() throws {
        let options = GeneratorOptions(outputs: [.models, .client], layout: .perType)
        let (generation, _) = try UnsupportedConstructTests.generate(Self.spec, options: options)
        #expect(!generation.files.contains { $0.path.contains("Validat") || $0.contents.contains("Validatable") })
        #expect(!generation.files.contains { $0.contents.contains(".validate()") })
    }
}
