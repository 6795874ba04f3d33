import Diagnostics
import OpenAPIModel
import Resolver

extension ModelBuilder {
    /// The fields a server-sent event has: a schema with `data` and nothing but these describes the
    /// whole event (as Mistral's do), so its `data` property is what each event's data decodes as.
    static let eventFields: Set<String> = ["event", "data", "id", "retry"]

    /// How a media type is read as it arrives, if it is a streaming one (parameters ignored).
    static func streamFormat(of mediaType: String) -> IRStreamFormat? {
        let essence = mediaType.split(separator: ";").first.map { String($0).trimmingWhitespace.lowercased() } ?? ""
        switch essence {
        case "text/event-stream": return .serverSentEvents
        case "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/jsonlines": return .jsonLines
        case "application/json-seq": return .jsonSequence
        default: return nil
        }
    }

    /// The type of each value of a stream described by `schema`: for events, their data's type (a
    /// schema of the whole event gives its `data` property's; no schema gives text); for lines and
    /// records, the schema's type; for bytes, `HTTPBody`.
    mutating func streamElementType(_ schema: Schema?, format: IRStreamFormat, name: String) throws(Diagnostic) -> IRTypeReference {
        switch format {
        case .bytes:
            return .builtin("HTTPBody")
        case .jsonLines, .jsonSequence:
            return try bodyType(schema, encoding: .json, name: name).nonOptional
        case .serverSentEvents:
            guard let schema else { return .string }
            let resolved = try resolver.resolve(schema).schema
            let fields = Set(resolved.properties.keys)
            guard fields.contains("data"), fields.isSubset(of: Self.eventFields), let data = resolved.properties["data"] else {
                return try bodyType(schema, encoding: .json, name: name).nonOptional
            }
            // A component describing the event is declared already: its `data` property has the type.
            if schema.ref != nil, case .generated(let path) = try bodyType(schema, encoding: .json, name: name).nonOptional,
               case .structure(let event)? = declaration(at: path),
               let property = event.properties.first(where: { $0.jsonName == "data" }) {
                return property.type.nonOptional
            }
            return try bodyType(data, encoding: .json, name: name).nonOptional
        }
    }

    /// A second method for an operation whose success responses may also be read as they arrive: a
    /// documented stream beside JSON (`text/event-stream` next to `application/json`, as chat APIs
    /// do), or a binary body (a download, to read in pieces or write to a file). It has the same
    /// request and the method name followed by `Stream`. Nil when there is nothing to stream or the
    /// operation streams already.
    mutating func streamingVariant(
        of operation: IROperation, responses specResponses: Responses, baseName: String, namer: inout UniqueNamer
    ) throws(Diagnostic) -> IROperation? {
        guard !operation.responses.contains(where: { $0.stream != nil }) else { return nil }
        var responses = operation.responses
        var streams = false
        for (key, reference) in specResponses.entries where IRResponse.Status(key).isSuccess {
            let response = try resolver.resolve(reference)
            guard let index = responses.firstIndex(where: { $0.status == IRResponse.Status(key) }) else { continue }
            if let (mediaType, media) = response.content.first(where: { Self.streamFormat(of: $0.key) != nil }).map({ ($0.key, $0.value) }),
               let format = Self.streamFormat(of: mediaType) {
                responses[index].contentType = mediaType
                responses[index].type = try streamElementType(media.schema, format: format, name: baseName + "Event" + key.typeNameSuffix)
                responses[index].stream = format
            } else if responses[index].encoding == .binary {
                responses[index].type = .builtin("HTTPBody")
                responses[index].stream = .bytes
            } else {
                continue
            }
            responses[index].encoding = .binary
            streams = true
        }
        guard streams else { return nil }
        var variant = operation
        variant.methodName = namer.claim(operation.methodName + "Stream")
        variant.responses = responses
        return variant
    }
}
