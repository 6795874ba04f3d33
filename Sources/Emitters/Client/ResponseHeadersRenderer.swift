import IR

/// Typed access to the headers an operation's success responses document (`X-RateLimit-Limit`),
/// as a struct built from the `headers` of a `…WithResponse` result:
/// `let limits = PictifyClient.ListBindingsResponseHeaders(response.headers)`.
/// Rendered by the `responseHeaders` template.
struct ResponseHeadersRenderer {
    let access: AccessModifier
    let clientName: SwiftCode

    /// Swift types a header value converts to from its text; anything else stays `String`.
    private static let convertible: [String: SwiftCode] = [
        "String": "value",
        "Int": "Int(value)", "Int32": "Int32(value)", "Int64": "Int64(value)",
        "Double": "Double(value)", "Float": "Float(value)",
        "Bool": "Bool(value.lowercased())",
        "URL": "URL(string: value)", "UUID": "UUID(uuidString: value)",
        "Date": "RFC3339DateCoding.date(from: value)", "DateOnly": "DateOnly(value)",
    ]

    /// The struct's name for `operation`.
    func typeName(for operation: IROperation) -> SwiftCode {
        SwiftText.identifier(SwiftName.type(operation.methodName) + "ResponseHeaders", as: .type)
    }

    /// The context, or nil when no success response documents a header.
    func context(for operation: IROperation) -> ResponseHeadersContext? {
        var seen: Set<String> = []
        var namer = UniqueNamer(reserved: ["init"])
        var members: [ResponseHeaderContext] = []
        for response in operation.successResponses {
            for header in response.headers where seen.insert(header.name.lowercased()).inserted {
                let name = SwiftText.identifier(namer.claim(header.swiftName))
                let conversion = Self.convertible[header.type.swiftSource]
                let read: SwiftCode = "headers[\(SwiftText.stringLiteral(header.name))]"
                members.append(ResponseHeaderContext(
                    documentation: SwiftText.documentation(header.documentation.lines),
                    name: name,
                    type: conversion == nil ? "String" : SwiftText.type(header.type),
                    assignment: conversion == nil || conversion == "value"
                        ? "\(name) = \(read)"
                        : "\(name) = \(read).flatMap { value in \(conversion) }"))
            }
        }
        guard !members.isEmpty else { return nil }
        return ResponseHeadersContext(
            access: access.code, clientName: clientName, operationName: SwiftText.comment(operation.methodName),
            name: typeName(for: operation), members: members)
    }
}
