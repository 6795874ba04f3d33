import IR

/// Typed access to the headers an operation's success responses document (`X-RateLimit-Limit`),
/// as a struct built from the `headers` of a `…WithResponse` result:
/// `let limits = PictifyClient.ListBindingsResponseHeaders(response.headers)`.
struct ResponseHeadersRenderer {
    let access: AccessModifier
    let clientName: String

    /// Swift types a header value converts to from its text; anything else stays `String`.
    private static let convertible: [String: String] = [
        "String": "value",
        "Int": "Int(value)", "Int32": "Int32(value)", "Int64": "Int64(value)",
        "Double": "Double(value)", "Float": "Float(value)",
        "Bool": "Bool(value.lowercased())",
        "URL": "URL(string: value)", "UUID": "UUID(uuidString: value)",
        "Date": "RFC3339DateCoding.date(from: value)", "DateOnly": "DateOnly(value)",
    ]

    /// The struct's name for `operation`.
    func typeName(for operation: IROperation) -> String {
        SwiftName.type(operation.methodName) + "ResponseHeaders"
    }

    /// The rendered declaration, or nil when no success response documents a header.
    func render(_ operation: IROperation) -> String? {
        var seen: Set<String> = []
        var namer = UniqueNamer(reserved: ["init"])
        var members: [(name: String, header: String, type: String, conversion: String, doc: [String])] = []
        for response in operation.successResponses {
            for header in response.headers where seen.insert(header.name.lowercased()).inserted {
                let swiftType = header.type.swiftSource
                let conversion = Self.convertible[swiftType]
                members.append((
                    SwiftName.escapedIfReserved(namer.claim(header.swiftName), as: .member), header.name,
                    conversion == nil ? "String" : swiftType, conversion ?? "value", header.documentation.lines))
            }
        }
        guard !members.isEmpty else { return nil }
        let name = typeName(for: operation)
        var lines = [
            "extension \(clientName) {",
            "    /// The headers `\(operation.methodName)` documents on its success responses, typed.",
            "    /// Missing headers, and values that do not convert, are nil.",
            "    \(access.rawValue) struct \(name): Sendable, Hashable {",
        ]
        for member in members {
            lines += member.doc.map { "        /// \($0)".trimmingTrailingSpaces }
            lines.append("        \(access.rawValue) var \(member.name): \(member.type)?")
        }
        lines += ["", "        /// Reads the documented headers from a response's headers.", "        \(access.rawValue) init(_ headers: HTTPHeaders) {"]
        for member in members {
            let read = "headers[\(SwiftLiteral.string(member.header))]"
            lines.append(member.conversion == "value"
                ? "            \(member.name) = \(read)"
                : "            \(member.name) = \(read).flatMap { value in \(member.conversion) }")
        }
        lines += ["        }", "    }", "}"]
        return lines.joined(separator: "\n")
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
