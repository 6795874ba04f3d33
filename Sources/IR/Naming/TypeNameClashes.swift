/// Type names a generated type must not take, because generated code (or the user's code next
/// to it) refers to the standard type of that name.
///
/// A nested type `Data` inside a model makes every `Data` property of that model refer to it,
/// and a top-level `Error` or `URL` in the generated module makes the name ambiguous in every
/// file that imports it. Such names get the suffix `Model` (`Data` → `DataModel`,
/// `Type` → `TypeModel`): one uniform rule is easier to predict than per-name synonyms, and
/// the spec's word stays at the front where autocompletion finds it.
extension SwiftName {
    /// The names ``safeTypeName(_:)`` renames: Swift keywords usable as type names only in
    /// theory (`Type`, `Protocol`, `Self`, `Any`), the Codable machinery, the standard
    /// library and Foundation types generated code uses, and the types of the support file.
    public static let clashingTypeNames: Set<String> = [
        // keywords
        "Type", "Protocol", "Self", "Any",
        // protocols and synthesized members the generated types rely on
        "Codable", "Encodable", "Decodable", "Decoder", "Encoder", "CodingKey", "CodingKeys",
        "Sendable", "Hashable", "Equatable",
        // value types generated properties use
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Date", "URL", "UUID",
        "Data", "Decimal", "Array", "Dictionary", "Set", "Optional", "Void", "Never",
        "Error", "Result", "DecodingError", "EncodingError",
        // the generator's own runtime types (the support file)
        "JSONValue", "DateOnly", "OpenEnum", "RFC3339DateCoding", "RFC3339Timestamp", "SpecsmithCodingKey", "Indirect",
        "Nullable", "CanonicalUUID",
        // the validation runtime (ValidationSupport.swift)
        "JSONSchema", "JSONSchemas", "Validatable", "Violation", "ValidationError", "ValidationOptions",
        "RequestValidator", "ValidationMembers",
        // each client operations file's own schemas of parameters (a private enum)
        "ParameterSchemas",
        // the client runtime (ClientSupport.swift) and the Foundation types it names unqualified
        "HTTPHeaders", "HTTPRequest", "HTTPResponse", "HTTPTransport", "HTTPMiddleware", "URLSessionTransport",
        "APICredential", "SecurityScheme", "RetryPolicy", "APIClientConfiguration", "ParameterStyle", "ParameterValue",
        "MultipartPart", "HTTPRequestBuilder", "APIClientCore", "APIResponse", "ProblemDetails", "APIError", "HTTPClientError",
        "HTTPBody", "HTTPBodySource", "HTTPUploadBody", "HTTPStreamedResponse", "ServerSentEvent", "ServerSentEvents",
        "ServerSentEventParser", "JSONLines", "JSONSequence", "JSONRecords", "FileHandle",
        "TimeInterval", "Mirror", "URLSession", "URLRequest", "URLComponents", "URLError", "HTTPURLResponse",
        "JSONEncoder", "JSONDecoder",
    ]

    /// `name` unless it is one of ``clashingTypeNames``, in which case it gets the suffix
    /// `Model`: `Type` → `TypeModel`, `Data` → `DataModel`, `CodingKeys` → `CodingKeysModel`.
    ///
    /// ``type(_:)`` already applies this; call it directly for type names built another way.
    /// The comparison is exact, because Swift names are case-sensitive (`Url` is fine).
    public static func safeTypeName(_ name: String) -> String {
        clashingTypeNames.contains(name) ? name + TypeNameClashes.suffix : name
    }
}

enum TypeNameClashes {
    static let suffix = "Model"
}
