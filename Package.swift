// swift-tools-version: 6.1
import PackageDescription

/// The runtime's files (Sources/SpecsmithRuntime), in the order the generated support files list
/// them; Sources/RuntimeSources holds a symlink to each, and a test checks this list against the folder.
let runtimeFiles = [
    "Support/JSONValue.swift",
    "Support/SpecsmithCodingKey.swift",
    "Support/RFC3339Dates.swift",
    "Support/Indirect.swift",
    "Support/DateOnly.swift",
    "Support/OpenEnum.swift",
    "Support/Nullable.swift",
    "Support/CanonicalUUID.swift",
    "Support/Coder+AdditionalProperties.swift",
    "Client/HTTPHeaders.swift",
    "Client/HTTPRequestResponse.swift",
    "Client/HTTPTransport.swift",
    "Client/HTTPBody.swift",
    "Client/HTTPStreaming.swift",
    "Client/URLSessionTaskRunner.swift",
    "Client/URLSessionStreamingTaskRunner.swift",
    "Client/DelegatingURLSession.swift",
    "Client/RedirectSafety.swift",
    "Client/HTTPDate.swift",
    "Client/Security.swift",
    "Client/Configuration.swift",
    "Client/ServerURLTemplate.swift",
    "Client/HTTPRequestBuilder.swift",
    "Client/APIClientCore.swift",
    "Client/APIClientCore+Streaming.swift",
    "Client/ServerSentEventParser.swift",
    "Client/StreamedValues.swift",
    "Client/APIError.swift",
    "Validation/Violation+Errors.swift",
    "Validation/Validatable.swift",
    "Validation/JSONSchema.swift",
    "Validation/JSONSchema+Validation.swift",
    "Validation/JSONSchema+Types.swift",
    "Validation/JSONSchema+Numbers.swift",
    "Validation/JSONSchema+Equality.swift",
    "Validation/JSONSchema+Messages.swift",
    "Validation/JSONSchema+Applicators.swift",
    "Validation/JSONSchema+Unevaluated.swift",
    "Validation/JSONSchema+Patterns.swift",
    "Validation/ECMAScriptPattern.swift",
    "Validation/ECMAScriptPattern+Classes.swift",
    "Validation/JSONSchema+Formats.swift",
    "Validation/JSONSchema+FormatGrammars.swift",
    "Validation/JSONSchema+TypedValues.swift",
    "Validation/JSONSchema+TypedShortcuts.swift",
    "Validation/JSONSchema+TypedChecks.swift",
    "Validation/ValidationMembers.swift",
    "Validation/RequestValidator.swift",
]

/// Every file in Templates/; a test checks this list against the folder.
let defaultTemplates = [
    "Model.swift.mustache",
    "header.mustache",
    "declaration.mustache",
    "documentation.mustache",
    "struct.mustache",
    "enum.mustache",
    "union.mustache",
    "typealias.mustache",
    "Client.swift.mustache",
    "ClientOperations.swift.mustache",
    "successEnum.mustache",
    "responseHeaders.mustache",
    "validation.mustache",
]

// The pipeline, one module per stage, each depending only on the stages before it:
// CYAML → YAMLReader → OpenAPIModel → Resolver → (IR → Emitters) → Generator → generate.
let package = Package(
    name: "Specsmith",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "generate", targets: ["generate"]),
        .library(name: "SpecsmithGenerator", targets: ["Generator"]),
        .plugin(name: "SpecsmithBuildPlugin", targets: ["SpecsmithBuildPlugin"]),
        .plugin(name: "SpecsmithCommandPlugin", targets: ["SpecsmithCommandPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "Diagnostics"),
        // What every generated SDK carries (JSON values, dates, open enums, the client runtime, the
        // schema interpreter): real Swift, compiled and unit-tested here, and copied verbatim into the
        // output through RuntimeSources (which embeds these very files, by symlink).
        .target(name: "SpecsmithRuntime"),
        .target(
            name: "RuntimeSources",
            sources: ["RuntimeSources.swift"],
            resources: runtimeFiles.map { .embedInCode($0) }
        ),
        .target(name: "YAMLReader", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "OpenAPIModel", dependencies: ["YAMLReader", "Diagnostics"]),
        .target(name: "Resolver", dependencies: ["OpenAPIModel", "YAMLReader", "Diagnostics"]),
        .target(name: "IR", dependencies: ["Resolver", "OpenAPIModel", "Diagnostics", "SpecsmithRuntime"]),
        // The default templates, compiled into the tool so that neither the CLI nor the plugins need a path.
        .target(
            name: "DefaultTemplates",
            path: "Templates",
            exclude: ["README.md"],
            resources: defaultTemplates.map { .embedInCode($0) }
        ),
        .target(
            name: "Emitters",
            dependencies: ["IR", "DefaultTemplates", "RuntimeSources", "Diagnostics", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "Generator", dependencies: ["Emitters", "IR", "Resolver", "OpenAPIModel", "YAMLReader", "Diagnostics"]),
        .executableTarget(
            name: "generate",
            dependencies: [
                "Generator",
                "Diagnostics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Generates code at build time for a target holding openapi.yaml + specsmith-config.yaml.
        .plugin(name: "SpecsmithBuildPlugin", capability: .buildTool(), dependencies: ["generate"]),
        // `swift package generate-code-from-openapi`: writes generated code into the package's sources.
        .plugin(
            name: "SpecsmithCommandPlugin",
            capability: .command(
                intent: .custom(
                    verb: "generate-code-from-openapi",
                    description: "Generate Swift code from each target's openapi.yaml into Sources/<Target>/Generated"),
                permissions: [.writeToPackageDirectory(reason: "Specsmith writes the generated Swift code into the target's Generated folder")]
            ),
            dependencies: ["generate"]
        ),
        // The Swift side of the differential test against Python's jsonschema (Scripts/validation).
        .executableTarget(
            name: "specsmith-validation-harness",
            dependencies: ["Resolver", "IR", "Emitters", "Diagnostics", "ValidationKeywordsModels"],
            path: "Scripts/validation/Harness"
        ),
        // Turns a spec's examples into a program that round-trips them through the generated code (Scripts/examples).
        .executableTarget(
            name: "specsmith-examples-harness",
            dependencies: ["Resolver", "IR", "Emitters", "Diagnostics"],
            path: "Scripts/examples/Harness"
        ),
        .executableTarget(
            name: "specsmith-benchmark",
            dependencies: ["CYAML", "YAMLReader", "OpenAPIModel", "Resolver", "Generator", "Diagnostics", "PictifyBindingsModels", "StreamingClient", "TestSupport"],
            path: "Benchmarks/specsmith-benchmark"
        ),
        // What tests and the benchmark share: one loopback HTTP server (the URLSession transport's
        // tests, generated clients end to end, streaming throughput), the process's peak memory,
        // and one seeded random generator (property tests).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // The runtime on its own: coding, dates, request building, retries, client safety, the schema
        // interpreter; no generator involved, so a runtime bug shows up here first.
        .testTarget(name: "SpecsmithRuntimeTests", dependencies: ["SpecsmithRuntime", "TestSupport"]),
        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader", "Diagnostics", "TestSupport"]),
        .testTarget(name: "OpenAPIModelTests", dependencies: ["OpenAPIModel", "YAMLReader", "Diagnostics"]),
        .testTarget(name: "ResolverTests", dependencies: ["Resolver", "OpenAPIModel", "YAMLReader", "Diagnostics"]),
        // FuzzRegressions/ holds inputs the fuzzer (Scripts/fuzz) once crashed on, read by FuzzRegressionTests.
        .testTarget(name: "IRTests", dependencies: ["IR", "Resolver", "YAMLReader", "Diagnostics", "TestSupport"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "EmittersTests", dependencies: ["Emitters", "DefaultTemplates", "RuntimeSources", "IR", "Resolver", "Diagnostics", "TestSupport"]),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator", "Emitters", "RuntimeSources", "Diagnostics"]),
        // Golden output, compiled as it is so the suite proves it builds with Swift 6 and no warnings,
        // and exercised by GeneratedCodeTests.
        .target(name: "PictifyBindingsModels", path: "Fixtures/pictify-bindings/Expected"),
        .target(name: "ModelFeaturesModels", path: "Fixtures/model-features/Expected"),
        .target(name: "ModelFeatures30Models", path: "Fixtures/model-features-3_0/Expected"),
        .target(name: "NamingModels", path: "Fixtures/naming/Expected"),
        .target(name: "QueryParametersClient", path: "Fixtures/query-parameters/Expected"),
        .target(name: "ValidationKeywordsModels", path: "Fixtures/validation-keywords/Expected"),
        .target(name: "HostileStringsSDK", path: "Fixtures/hostile-strings/Expected"),
        .target(name: "ReservedNamesModels", path: "Fixtures/reserved-names/Expected"),
        .target(name: "Swagger2Client", path: "Fixtures/swagger2/Expected"),
        .target(name: "NestedRefsClient", path: "Fixtures/nested-refs/Expected"),
        .target(name: "ForgivenSlipsClient", path: "Fixtures/forgiven-slips/Expected"),
        .target(name: "FaithfulValuesSDK", path: "Fixtures/faithful-values/Expected"),
        .target(name: "StreamingClient", path: "Fixtures/streaming/Expected"),
        .testTarget(
            name: "GeneratedCodeTests",
            dependencies: [
                "PictifyBindingsModels", "ModelFeaturesModels", "ModelFeatures30Models", "NamingModels", "ValidationKeywordsModels",
                "HostileStringsSDK", "ReservedNamesModels", "Swagger2Client", "NestedRefsClient", "ForgivenSlipsClient",
                "FaithfulValuesSDK",
                "QueryParametersClient",
                "StreamingClient",
            ]
        ),
        // The `generate` executable end to end: a test target may depend on an executable target,
        // so SwiftPM builds the binary beside the test bundle.
        .testTarget(name: "CLITests", dependencies: ["generate", "specsmith-examples-harness", "TestSupport"]),
        // Generated clients against a loopback server that validates every request with openapi-core
        // (Scripts/e2e/server.py); they skip with a notice until Scripts/e2e/setup.sh has made its venv.
        .testTarget(name: "EndToEndTests", dependencies: ["PictifyBindingsModels", "QueryParametersClient", "StreamingClient", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
