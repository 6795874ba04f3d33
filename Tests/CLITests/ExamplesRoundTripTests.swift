import Foundation
import Testing

/// The spec's examples as tests of the generated code (Scripts/examples): the harness writes a
/// driver that decodes each example into its generated type, re-encodes and validates it. The
/// corpus runs in Scripts/compile-shared-specs.sh; these tests keep the mechanism itself honest.
@Suite struct ExamplesRoundTripTests {
    /// One line the driver prints.
    struct Outcome: Decodable {
        var index: Int
        var plain: String?
        var package: String?
        var validation: String?
    }

    struct ManifestEntry: Decodable {
        var type: String
        var location: String
    }

    /// Generates `spec`, compiles the output as a library, writes, compiles and runs the examples
    /// driver; returns the manifest and the driver's outcomes (nil without a compiler).
    static func roundTrip(spec: String, in temp: TemporaryDirectory) throws -> [(ManifestEntry, Outcome)]? {
        guard let swiftc = Swiftc.url else {
            print("notice: swiftc not found; not running the examples driver")
            return nil
        }
        let generated = try CLI.run([spec, "--output", "sdk", "--quiet"], in: temp)
        try #require(generated.status == 0, "\(generated)")
        let harness = try GenerateBinary.url().deletingLastPathComponent().appendingPathComponent("specsmith-examples-harness")
        let written = try ProcessRunner.run(harness, [spec, "examples"], in: temp.url, timeout: 60)
        try #require(written.status == 0, "\(written)")
        let files = temp.files(under: "sdk").filter { $0.hasSuffix(".swift") }.map { "sdk/\($0)" }
        let library = try ProcessRunner.run(swiftc, [
            "-wmo", "-Onone", "-swift-version", "6", "-warnings-as-errors", "-parse-as-library", "-module-name", "Generated",
            "-emit-library", "-emit-module", "-emit-module-path", "lib/Generated.swiftmodule", "-o", "lib/libGenerated.so",
        ] + files, in: temp.url, timeout: 600)
        try #require(library.status == 0, "\(library)")
        let lib = temp.path("lib")
        let driver = try ProcessRunner.run(swiftc, [
            "-swift-version", "5", "-I", lib, "-L", lib, "-lGenerated", "-Xlinker", "-rpath", "-Xlinker", lib,
            "examples/main.swift", "-o", "examples/driver",
        ], in: temp.url, timeout: 300)
        try #require(driver.status == 0, "\(driver)")
        let ran = try ProcessRunner.run(temp.url.appendingPathComponent("examples/driver"), [temp.path("examples/examples.json")],
                                        in: temp.url, timeout: 60)
        try #require(ran.status == 0, "\(ran)")
        let manifest = try JSONDecoder().decode([ManifestEntry].self, from: Data(try temp.read("examples/examples.json").utf8))
        let outcomes = try ran.stdout.split(separator: "\n").map { try JSONDecoder().decode(Outcome.self, from: Data($0.utf8)) }
        try #require(manifest.count == outcomes.count)
        return zip(manifest, outcomes).map { ($0, $1) }
    }

    @Test func rightExamplesPassAndWrongOnesFailWithTheirLocation() throws {
        let temp = try TemporaryDirectory()
        _ = try temp.write("""
            openapi: 3.0.3
            info: {title: Examples, version: "1"}
            paths:
              /pets/{id}:
                get:
                  operationId: getPet
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema: {type: integer}
                      example: 7
                    - name: kind
                      in: query
                      schema: {type: integer}
                      example: seven
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Pet'}
                          examples:
                            rex: {value: {name: Rex, tag: dog, weight: 12.50}}
                            short: {value: {name: ""}}
            components:
              schemas:
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string, minLength: 1, example: Rex}
                    tag: {type: string}
                    weight: {type: number}
                    born: {type: string, format: date-time, example: '2021-01-01T00:00:00.000+01:00'}
                  example: {tag: cat}
            """, to: "pets.yaml")
        guard let results = try Self.roundTrip(spec: "pets.yaml", in: temp) else { return }
        let byLocation = Dictionary(results.map { ($0.0.location, $0) }, uniquingKeysWith: { first, _ in first })
        // Every example is found, with the type it belongs to.
        #expect(Set(byLocation.keys) == ["pets.yaml:12:20", "pets.yaml:16:20", "pets.yaml:24:30", "pets.yaml:25:32",
                                          "pets.yaml:32:53", "pets.yaml:35:58", "pets.yaml:36:16"])
        // 7 is an Int; "seven" is not.
        #expect(byLocation["pets.yaml:12:20"]?.1.plain == nil)
        #expect(byLocation["pets.yaml:16:20"]?.1.plain?.hasPrefix("decoding: ") == true)
        #expect(byLocation["pets.yaml:16:20"]?.1.package?.hasPrefix("decoding: ") == true)
        // A media type's example decodes, re-encodes equal (12.50 and 12.5 are one number) and validates.
        let rex = byLocation["pets.yaml:24:30"]?.1
        #expect(rex?.plain == nil && rex?.package == nil && rex?.validation == nil)
        // An empty name decodes but breaks minLength.
        let short = byLocation["pets.yaml:25:32"]?.1
        #expect(short?.package == nil)
        #expect(short?.validation?.contains("$.name") == true)
        // A date-time is written back in UTC without the empty fraction: the same instant, so equal.
        #expect(byLocation["pets.yaml:35:58"]?.1.package == nil)
        #expect(byLocation["pets.yaml:35:58"]?.0.type == "Date")
        // The schema's own example lacks its required property.
        #expect(byLocation["pets.yaml:36:16"]?.1.package?.contains("$.name: required, but missing") == true)
        #expect(byLocation["pets.yaml:36:16"]?.0.type == "Generated.Pet")
    }

    /// The failures Scripts/examples/allowlist.json puts down to generator behaviour another issue
    /// is changing, as the corpus report reads them.
    static func knownGeneratorIssues() throws -> [NSRegularExpression] {
        struct Allowlist: Decodable {
            struct Issue: Decodable { var pattern: String }
            var generatorIssues: [Issue]
        }
        let url = PackagePaths.root.appendingPathComponent("Scripts/examples/allowlist.json")
        return try JSONDecoder().decode(Allowlist.self, from: Data(contentsOf: url)).generatorIssues
            .map { try NSRegularExpression(pattern: $0.pattern) }
    }

    /// The fixtures with examples: every one round-trips through the generated code and validates,
    /// but for behaviours the allowlist says another issue is changing.
    @Test(arguments: ["model-features-3_0", "swagger2"])
    func fixtureExamplesRoundTrip(fixture: String) throws {
        let temp = try TemporaryDirectory()
        let spec = PackagePaths.root.appendingPathComponent("Fixtures/\(fixture)/\(fixture).yaml").path
        guard let results = try Self.roundTrip(spec: spec, in: temp) else { return }
        #expect(!results.isEmpty)
        let known = try Self.knownGeneratorIssues()
        func isKnown(_ reason: String) -> Bool {
            known.contains { $0.firstMatch(in: reason, range: NSRange(reason.startIndex..., in: reason)) != nil }
        }
        for (entry, outcome) in results {
            for reason in [outcome.plain, outcome.package, outcome.validation].compactMap({ $0 }) {
                #expect(isKnown(reason), "\(entry.location): \(entry.type): \(reason)")
            }
        }
    }
}
