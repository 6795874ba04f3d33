import IR

// Responses whose bodies are read as they arrive: server-sent events, JSON Lines, JSON Sequence,
// bytes. The operation sends with `core.stream`, which keeps the body of the statuses named here
// streamed and reads every other response whole, so error handling stays as for other operations.
extension OperationContextBuilder {
    /// The Swift type of a success response's body: the stream's type for a streamed one.
    func bodyTypeName(of response: IRResponse) -> SwiftCode? {
        guard let type = response.type else { return nil }
        switch response.stream {
        case .serverSentEvents?: return "ServerSentEvents<\(SwiftText.type(type))>"
        case .jsonLines?: return "JSONLines<\(SwiftText.type(type))>"
        case .jsonSequence?: return "JSONSequence<\(SwiftText.type(type))>"
        case .bytes?: return "HTTPBody"
        case nil: return SwiftText.type(type)
        }
    }

    /// The expression that wraps the streamed body (`bodyStream`) of `response`; nil if it is not streamed.
    func streamedBody(_ response: IRResponse) -> SwiftCode? {
        guard let format = response.stream, let type = response.type else { return nil }
        let element = SwiftText.type(type)
        let decoded: SwiftCode = "bodyStream, of: \(element).self, status: response.status, decoder: core.configuration.makeJSONDecoder"
        switch format {
        case .serverSentEvents:
            // Text data is the event's text as it is; anything else is JSON.
            if type == .string { return "ServerSentEvents(bodyStream, status: response.status)" }
            return "ServerSentEvents(\(decoded))"
        case .jsonLines: return "JSONLines(\(decoded))"
        case .jsonSequence: return "JSONSequence(\(decoded))"
        case .bytes: return "bodyStream"
        }
    }

    /// `{ status in status == 200 }`: the statuses whose bodies `core.stream` keeps streamed, as one
    /// element, or no element for an operation that streams nothing. An exact status documented
    /// without a stream is left out of a streamed range, since `switch` matches it first.
    func streamedStatuses(of operation: IROperation) -> [SwiftCode] {
        var exact: [SwiftCode] = []
        var ranges: [SwiftCode] = []
        var unstreamedCodes: [SwiftCode] = []
        for response in operation.responses {
            switch (response.status, response.stream != nil) {
            case (.code(let code), true): exact.append("status == \(code)")
            case (.code(let code), false): unstreamedCodes.append("\(code)")
            case (.range(let digit), true): ranges.append("(\(digit * 100)..<\(digit * 100 + 100)).contains(status)")
            default: break
            }
        }
        guard !exact.isEmpty || !ranges.isEmpty else { return [] }
        var range: SwiftCode = ranges.count == 1 ? ranges[0] : "(\(ranges, separator: " || "))"
        if !ranges.isEmpty, !unstreamedCodes.isEmpty {
            range = "![\(unstreamedCodes, separator: ", ")].contains(status) && \(range)"
        }
        let alternatives = exact + (ranges.isEmpty ? [] : [range])
        return ["{ status in \(alternatives, separator: " || ") }"]
    }
}
