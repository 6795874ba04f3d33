// The runtime's source files, embedded in the tool so the generator can copy them into every SDK
// it writes. The files beside this one are symlinks to Sources/SpecsmithRuntime, which this package
// compiles and tests as a library: what ships is exactly what was tested.

/// The runtime every generated SDK carries, as source text: one `Group` per output file.
public enum RuntimeSources {
    /// One output file of the runtime (`Support.swift`, …): the imports it starts with, then its
    /// source files in order. Every source file of a group starts with the group's `imports`.
    public struct Group: Sendable {
        /// The output file's name.
        public let fileName: String
        /// The import lines (and the blank line after them) every file of the group starts with.
        public let imports: String
        /// The source files, by their path under Sources/SpecsmithRuntime, in output order.
        public let files: [(path: String, text: String)]
    }

    /// Every group, in the order generated files list them.
    public static let groups: [Group] = [.support, .client, .validation]
}

extension RuntimeSources.Group {
    /// JSON values, coding keys, RFC 3339 dates, boxes, date-only values, open enums, null vs absent,
    /// lower-case UUIDs, extra properties: what every model needs.
    public static let support = RuntimeSources.Group(
        fileName: "Support.swift",
        imports: "import Foundation\n\n",
        files: [
            ("Support/JSONValue.swift", text(PackageResources.JSONValue_swift)),
            ("Support/SpecsmithCodingKey.swift", text(PackageResources.SpecsmithCodingKey_swift)),
            ("Support/RFC3339Dates.swift", text(PackageResources.RFC3339Dates_swift)),
            ("Support/Indirect.swift", text(PackageResources.Indirect_swift)),
            ("Support/DateOnly.swift", text(PackageResources.DateOnly_swift)),
            ("Support/OpenEnum.swift", text(PackageResources.OpenEnum_swift)),
            ("Support/Nullable.swift", text(PackageResources.Nullable_swift)),
            ("Support/CanonicalUUID.swift", text(PackageResources.CanonicalUUID_swift)),
            ("Support/Coder+AdditionalProperties.swift", text(PackageResources.Coder_AdditionalProperties_swift)),
        ])

    /// The client runtime: headers, requests and responses, streamed bodies, transport (redirects, body limit), security,
    /// configuration, server URLs, request building, sending, errors.
    public static let client = RuntimeSources.Group(
        fileName: "ClientSupport.swift",
        imports: """
        import Foundation
        #if canImport(FoundationNetworking)
        // Outside Apple platforms URLSession and its types live in FoundationNetworking.
        import FoundationNetworking
        #endif


        """,
        files: [
            ("Client/HTTPHeaders.swift", text(PackageResources.HTTPHeaders_swift)),
            ("Client/HTTPRequestResponse.swift", text(PackageResources.HTTPRequestResponse_swift)),
            ("Client/HTTPTransport.swift", text(PackageResources.HTTPTransport_swift)),
            ("Client/HTTPBody.swift", text(PackageResources.HTTPBody_swift)),
            ("Client/HTTPStreaming.swift", text(PackageResources.HTTPStreaming_swift)),
            ("Client/URLSessionTaskRunner.swift", text(PackageResources.URLSessionTaskRunner_swift)),
            ("Client/URLSessionStreamingTaskRunner.swift", text(PackageResources.URLSessionStreamingTaskRunner_swift)),
            ("Client/DelegatingURLSession.swift", text(PackageResources.DelegatingURLSession_swift)),
            ("Client/RedirectSafety.swift", text(PackageResources.RedirectSafety_swift)),
            ("Client/HTTPDate.swift", text(PackageResources.HTTPDate_swift)),
            ("Client/Security.swift", text(PackageResources.Security_swift)),
            ("Client/Configuration.swift", text(PackageResources.Configuration_swift)),
            ("Client/ServerURLTemplate.swift", text(PackageResources.ServerURLTemplate_swift)),
            ("Client/HTTPRequestBuilder.swift", text(PackageResources.HTTPRequestBuilder_swift)),
            ("Client/APIClientCore.swift", text(PackageResources.APIClientCore_swift)),
            ("Client/APIClientCore+Streaming.swift", text(PackageResources.APIClientCore_Streaming_swift)),
            ("Client/ServerSentEventParser.swift", text(PackageResources.ServerSentEventParser_swift)),
            ("Client/StreamedValues.swift", text(PackageResources.StreamedValues_swift)),
            ("Client/APIError.swift", text(PackageResources.APIError_swift)),
        ])

    /// The validation runtime: violations, `Validatable`, the one JSON Schema interpreter, and the
    /// request check generated operations run before sending.
    public static let validation = RuntimeSources.Group(
        fileName: "ValidationSupport.swift",
        imports: "import Foundation\n\n",
        files: [
            ("Validation/Violation+Errors.swift", text(PackageResources.Violation_Errors_swift)),
            ("Validation/Validatable.swift", text(PackageResources.Validatable_swift)),
            ("Validation/JSONSchema.swift", text(PackageResources.JSONSchema_swift)),
            ("Validation/JSONSchema+Validation.swift", text(PackageResources.JSONSchema_Validation_swift)),
            ("Validation/JSONSchema+Types.swift", text(PackageResources.JSONSchema_Types_swift)),
            ("Validation/JSONSchema+Numbers.swift", text(PackageResources.JSONSchema_Numbers_swift)),
            ("Validation/JSONSchema+Equality.swift", text(PackageResources.JSONSchema_Equality_swift)),
            ("Validation/JSONSchema+Messages.swift", text(PackageResources.JSONSchema_Messages_swift)),
            ("Validation/JSONSchema+Applicators.swift", text(PackageResources.JSONSchema_Applicators_swift)),
            ("Validation/JSONSchema+Unevaluated.swift", text(PackageResources.JSONSchema_Unevaluated_swift)),
            ("Validation/JSONSchema+Patterns.swift", text(PackageResources.JSONSchema_Patterns_swift)),
            ("Validation/ECMAScriptPattern.swift", text(PackageResources.ECMAScriptPattern_swift)),
            ("Validation/ECMAScriptPattern+Classes.swift", text(PackageResources.ECMAScriptPattern_Classes_swift)),
            ("Validation/JSONSchema+Formats.swift", text(PackageResources.JSONSchema_Formats_swift)),
            ("Validation/JSONSchema+FormatGrammars.swift", text(PackageResources.JSONSchema_FormatGrammars_swift)),
            ("Validation/JSONSchema+TypedValues.swift", text(PackageResources.JSONSchema_TypedValues_swift)),
            ("Validation/JSONSchema+TypedShortcuts.swift", text(PackageResources.JSONSchema_TypedShortcuts_swift)),
            ("Validation/JSONSchema+TypedChecks.swift", text(PackageResources.JSONSchema_TypedChecks_swift)),
            ("Validation/ValidationMembers.swift", text(PackageResources.ValidationMembers_swift)),
            ("Validation/RequestValidator.swift", text(PackageResources.RequestValidator_swift)),
        ])

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
