import Diagnostics
import Emitters
import Foundation
import Generator
import IR
import Testing

/// `specsmith-config.yaml`: every key read, every mistake a located error.
@Suite struct ConfigurationTests {
    private func parse(_ text: String) throws(Diagnostic) -> GeneratorConfiguration {
        try GeneratorConfiguration.parse(text, file: "specsmith-config.yaml")
    }

    private func error(_ text: String) -> Diagnostic? {
        do throws(Diagnostic) {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEveryKey() throws {
        let configuration = try parse("""
            generate: [models, client]
            access: package
            enumStyle: frozen
            layout: sharded
            shards: 4
            templates: MyTemplates
            filter:
              operationIds: [createBinding]
              tags: [Bindings]
              paths: [/bindings]
            typeOverrides:
              formats: {uuid: String}
              schemas: {Binding: MyKit.Binding}
            client:
              name: Pictify
              validateRequests: false
              retry: {maxAttempts: 5, initialDelay: 0.25, maxDelay: 10}
            """)
        #expect(configuration.generate == [.models, .client])
        #expect(configuration.access == .package)
        #expect(configuration.enumStyle == .frozen)
        #expect(configuration.layout == .sharded)
        #expect(configuration.shards == 4)
        #expect(GeneratorOptions(configuration: configuration).shardCount == 4)
        #expect(configuration.templates == "MyTemplates")
        #expect(configuration.operationIDs.map(\.value) == ["createBinding"])
        #expect(configuration.operationIDs.first?.location == SourceLocation(file: "specsmith-config.yaml", line: 8, column: 18))
        #expect(configuration.tags.map(\.value) == ["Bindings"])
        #expect(configuration.paths.map(\.value) == ["/bindings"])
        #expect(configuration.formatOverrides == ["uuid": "String"])
        #expect(configuration.schemaOverrides.map(\.value) == [SchemaOverride(schema: "Binding", swiftType: "MyKit.Binding")])
        #expect(configuration.clientName == "Pictify")
        #expect(configuration.validateRequests == false)
        #expect(configuration.retry == RetryDefaults(maxAttempts: 5, initialDelay: 0.25, maxDelay: 10))
    }

    @Test func anEmptyFileChangesNothing() throws {
        let options = GeneratorOptions(configuration: try parse(""))
        #expect(options.access == .public)
        #expect(options.outputs == Set(OutputKind.allCases))
    }

    @Test func anUnknownKeyIsAnErrorWithASuggestion() throws {
        let diagnostic = try #require(error("generate: [models]\nacess: public\n"))
        #expect(diagnostic.location == SourceLocation(file: "specsmith-config.yaml", line: 2, column: 1))
        #expect(diagnostic.message.hasPrefix("unknown key 'acess' in the configuration (did you mean 'access'?)"))
    }

    @Test func anUnknownNestedKeyNamesItsPlace() throws {
        let diagnostic = try #require(error("client:\n  retry:\n    maxAttempt: 3\n"))
        #expect(diagnostic.location == SourceLocation(file: "specsmith-config.yaml", line: 3, column: 5))
        #expect(diagnostic.message.hasPrefix("unknown key 'maxAttempt' in client.retry (did you mean 'maxAttempts'?)"))
    }

    @Test(arguments: [
        ("access: 3\n", 1, 9, "'access' must be a string, found an integer"),
        ("access: pubilc\n", 1, 9, "'access' must be one of public, package, internal, found 'pubilc' (did you mean 'public'?)"),
        ("access: private\n", 1, 9, "'access' must be one of public, package, internal, found 'private'"),
        ("generate: models\n", 1, 11, "'generate' must be a list, found a string"),
        ("generate: [modles]\n", 1, 12, "'generate' must be one of models, client, validators, found 'modles' (did you mean 'models'?)"),
        ("shards: 0\n", 1, 9, "'shards' must be from 1 to 256, found 0"),
        ("shards: many\n", 1, 9, "'shards' must be an integer, found a string"),
        ("filter: [a]\n", 1, 9, "'filter' must be a mapping, found a sequence"),
        ("client: {validateRequests: yes}\n", 1, 28, "'client.validateRequests' must be true or false, found a string"),
        ("client: {retry: {maxAttempts: 0}}\n", 1, 31, "'client.retry.maxAttempts' must be at least 1, found 0"),
        ("client: {name: 'my client'}\n", 1, 16, "'client.name' must be a Swift type name, found 'my client'"),
        ("typeOverrides: {formats: {uuid: 'not a type'}}\n", 1, 33, "'typeOverrides.formats.uuid' must be a Swift type name such as Decimal or MyKit.Money, found 'not a type'"),
    ])
    func aWrongValueIsALocatedError(text: String, line: Int, column: Int, message: String) throws {
        let diagnostic = try #require(error(text))
        #expect(diagnostic.location == SourceLocation(file: "specsmith-config.yaml", line: line, column: column))
        #expect(diagnostic.message == message)
    }

    @Test func aFilterNamingSomethingTheSpecLacksIsALocatedError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specsmith-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let configPath = folder.appendingPathComponent("specsmith-config.yaml").path
        try "filter:\n  operationIds: [createBindng]\n  tags: [Binding]\n".write(toFile: configPath, atomically: true, encoding: .utf8)
        let options = GeneratorOptions(configuration: try GeneratorConfiguration.load(path: configPath))
        let spec = FixturePaths.fixtures.appendingPathComponent("pictify-bindings/pictify-bindings.yaml").path
        #expect {
            _ = try SpecsmithGenerator.generate(specPath: spec, options: options)
        } throws: { error in
            let errors = (error as? DiagnosticsError)?.diagnostics.filter { $0.severity == .error } ?? []
            return errors.map(\.description) == [
                "\(configPath):2:18: error: the spec has no operation id 'createBindng' (did you mean 'createBinding'?)",
                "\(configPath):3:10: error: the spec has no tag 'Binding' (did you mean 'Bindings'?)",
            ]
        }
    }

    @Test func filtersAndOverridesShapeTheOutput() throws {
        var options = GeneratorOptions()
        options.operationFilter = OperationFilter(tags: ["Nothing"])
        options.schemaOverrides = ["Binding": "String"]
        options.client.name = "Renamed"
        let spec = FixturePaths.fixtures.appendingPathComponent("pictify-bindings/pictify-bindings.yaml").path
        let generation = try SpecsmithGenerator.generate(specPath: spec, options: options)
        let paths = generation.files.map(\.path)
        #expect(!paths.contains("Models/Binding.swift"), "an overridden schema is not generated")
        #expect(!paths.contains { $0.hasPrefix("Client/") }, "no operation has the tag, so there is no client")
        #expect(!paths.contains("Models/CreateBindingRequest.swift"), "bodies of filtered-out operations are not generated")
    }

    @Test func theSingleFileLayoutWritesOneFile() throws {
        var options = GeneratorOptions()
        options.layout = .singleFile
        let spec = FixturePaths.fixtures.appendingPathComponent("pictify-bindings/pictify-bindings.yaml").path
        let generation = try SpecsmithGenerator.generate(specPath: spec, options: options)
        #expect(generation.files.map(\.path) == ["Generated.swift"])
        let text = try #require(generation.files.first?.contents)
        #expect(text.hasPrefix("// Generated by Specsmith from pictify-bindings.yaml."))
        #expect(text.contains("public struct Binding: Codable"))
        #expect(text.contains("public struct PictifyClient: Sendable"))
    }
}
