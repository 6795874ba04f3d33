import Diagnostics
import Foundation
import Generator
import Testing

/// Constructs the models cannot express are reported as located warnings and fall back to
/// `JSONValue`, so nothing in the spec is dropped silently.
@Suite struct UnsupportedConstructTests {
    static let spec = """
        openapi: 3.1.0
        info: {title: Unsupported, version: '1'}
        paths: {}
        components:
          schemas:
            Point:
              type: array
              prefixItems:
                - type: number
                - type: number
            Holder:
              type: object
              properties:
                pair:
                  type: array
                  prefixItems: [{type: string}, {type: integer}]
                either:
                  type: [string, integer]
                conditional:
                  type: string
                  if: {minLength: 1}
        """

    /// Generates `text` from a spec file in a fresh temporary folder, one file per type (so a test
    /// reads a type's code by its file name) unless `options` says otherwise.
    static func generate(_ text: String, options: GeneratorOptions = GeneratorOptions(layout: .perType)) throws -> (Generation, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specsmith-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("spec.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (try SpecsmithGenerator.generate(specPath: path, options: options), path)
    }

    /// `if` (like every validation keyword) is checked by the validators, so it is no warning.
    @Test func prefixItemsAreAWarningAtTheSchemaAndFallBackToJSONValue() throws {
        let (generation, path) = try Self.generate(Self.spec)
        let rendered = generation.warnings.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" }
        #expect(rendered == [
            "7:7 'prefixItems' (tuples) are not generated as tuples; elements are JSONValue",
            "15:11 'prefixItems' (tuples) are not generated as tuples; elements are JSONValue",
            "18:11 a value of several types (string, integer) is generated as JSONValue",
        ])
        #expect(generation.warnings.allSatisfy { $0.severity == .warning && $0.location?.file == path })
        let point = try #require(generation.files.first { $0.path == "Models/Point.swift" })
        #expect(point.contents.contains("public typealias Point = [JSONValue]"))
        let holder = try #require(generation.files.first { $0.path == "Models/Holder.swift" })
        #expect(holder.contents.contains("public var pair: [JSONValue]?"))
        #expect(holder.contents.contains("public var either: JSONValue?"))
        #expect(holder.contents.contains("public var conditional: String?"))
    }

    @Test func theModelFixturesGenerateWithoutWarnings() throws {
        for fixture in try FixturePaths.goldenFixtures() where ["model-features", "model-features-3_0", "naming"].contains(fixture.name) {
            let generation = try SpecsmithGenerator.generate(specPath: fixture.spec.path)
            #expect(generation.warnings.isEmpty, "\(fixture.name): \(generation.warnings)")
        }
    }

    @Test func aFrozenEnumDoesNotNameACaseAllCases() throws {
        let spec = """
            openapi: 3.1.0
            info: {title: Frozen, version: '1'}
            paths: {}
            components:
              schemas:
                Listing:
                  type: string
                  enum: [allCases, all_cases, unknown, json_schema]
            """
        let (generation, _) = try Self.generate(spec, options: GeneratorOptions(enumStyle: .frozen, layout: .perType))
        let listing = try #require(generation.files.first { $0.path == "Models/Listing.swift" })
        #expect(listing.contents.contains(#"case allCases2 = "allCases""#))
        #expect(listing.contents.contains(#"case allCases3 = "all_cases""#))
        #expect(listing.contents.contains(#"case unknown = "unknown""#))
        // The validators' static `jsonSchema` is reserved in frozen enums too (Fixtures/reserved-names has the open ones).
        #expect(listing.contents.contains(#"case jsonSchema2 = "json_schema""#))
    }
}
