import Diagnostics
import OpenAPIModel

/// Walks the whole document and resolves every `$ref` once, so that every dangling reference
/// and reference cycle is reported in one run (not only those the emitters happen to reach).
struct ReferenceChecker {
    var resolver: SpecResolver
    var problems = DiagnosticLog()
    private var visitedSchemas: Set<ReferenceKey> = []
    /// Problems already reported, by message and place: many paths can reach the same broken target.
    private var reported: Set<ReportedProblem> = []

    private struct ReportedProblem: Hashable {
        let message: String
        let location: SourceLocation?
    }

    init(resolver: SpecResolver) {
        self.resolver = resolver
    }

    mutating func checkDocument() {
        let document = resolver.document
        for (path, item) in document.paths {
            check(pathItem: .value(item), name: "path '\(path)'")
        }
        for (name, item) in document.webhooks {
            check(pathItem: item, name: "webhook '\(name)'")
        }
        let components = document.components
        for schema in components.schemas.values { check(schema) }
        for response in components.responses.values { check(response) }
        for parameter in components.parameters.values { check(parameter) }
        for body in components.requestBodies.values { check(body) }
        for header in components.headers.values { check(header) }
        for scheme in components.securitySchemes.values {
            attempt { (resolver) throws(Diagnostic) in _ = try resolver.resolve(scheme) }
        }
        for (name, item) in components.pathItems {
            check(pathItem: item, name: "path item '\(name)'")
        }
    }

    /// Runs one resolution step, logging its error (with `note` added, if given) instead of stopping the walk.
    /// An error already reported at the same place is not repeated.
    private mutating func attempt<Value>(
        note: Diagnostic? = nil, _ step: (inout SpecResolver) throws(Diagnostic) -> Value
    ) -> Value? {
        let limitWasExceeded = resolver.referenceLimitExceeded
        do throws(Diagnostic) {
            return try step(&resolver)
        } catch {
            // Past the reference limit every step fails; the first failure has said why.
            if limitWasExceeded { return nil }
            guard reported.insert(ReportedProblem(message: error.message, location: error.location)).inserted else { return nil }
            var problem = error
            if let note { problem.notes.append(note) }
            problems.append(problem)
            return nil
        }
    }

    private mutating func check(pathItem: Referenceable<PathItem>, name: String) {
        guard let item = attempt({ (resolver) throws(Diagnostic) in try resolver.resolve(pathItem, name: name) }) else { return }
        for parameter in item.parameters { check(parameter) }
        for (method, operation) in item.operations {
            let operationName = "\(method.rawValue.uppercased()) \(name)"
            guard let operation = attempt({ (resolver) throws(Diagnostic) in try resolver.resolve(operation, name: operationName) }) else {
                continue
            }
            for parameter in operation.parameters { check(parameter) }
            if let body = operation.requestBody { check(body) }
            for entry in operation.responses.entries { check(entry.response) }
            for callback in operation.callbacks.values {
                switch callback {
                case .value(let items):
                    for (expression, item) in items { check(pathItem: .value(item), name: "callback '\(expression)'") }
                case .reference(let reference):
                    attempt { (resolver) throws(Diagnostic) in _ = try resolver.node(for: reference) }
                }
            }
        }
    }

    private mutating func check(_ parameter: Referenceable<Parameter>) {
        guard let parameter = attempt({ (resolver) throws(Diagnostic) in try resolver.resolve(parameter) }) else { return }
        if let schema = parameter.schema { check(schema) }
        check(parameter.content)
    }

    private mutating func check(_ header: Referenceable<Header>) {
        guard let header = attempt({ (resolver) throws(Diagnostic) in try resolver.resolve(header) }) else { return }
        if let schema = header.schema { check(schema) }
        check(header.content)
    }

    private mutating func check(_ body: Referenceable<RequestBody>) {
        guard let body = attempt({ (resolver) throws(Diagnostic) in try resolver.resolve(body) }) else { return }
        check(body.content)
    }

    private mutating func check(_ response: Referenceable<Response>) {
        guard let response = attempt({ (resolver) throws(Diagnostic) in try resolver.resolve(response) }) else { return }
        for header in response.headers.values { check(header) }
        check(response.content)
    }

    private mutating func check(_ content: OrderedMap<MediaType>?) {
        for media in content?.values ?? [] {
            if let schema = media.schema { check(schema) }
        }
    }

    private mutating func check(_ schema: Schema) {
        if let reference = schema.ref,
           let (key, target) = attempt({ (resolver) throws(Diagnostic) in try resolver.resolveSchemaReference(reference) }),
           visitedSchemas.insert(key).inserted {
            attempt { (resolver) throws(Diagnostic) in try resolver.checkStructurelessChain(from: reference) }
            check(target)
        }
        if schema.propertiesReference != nil {
            for property in attempt({ (resolver) throws(Diagnostic) in try resolver.properties(of: schema) })?.values ?? [] {
                check(property)
            }
        }
        for (_, property) in schema.properties { check(property) }
        for (_, property) in schema.patternProperties { check(property) }
        if case .schema(let values) = schema.additionalProperties { check(values) }
        if let items = schema.items { check(items) }
        if let not = schema.not { check(not) }
        // One group at a time: an array of the four groups was allocated for every schema checked.
        for member in schema.prefixItems ?? [] { check(member) }
        for member in schema.allOf ?? [] { check(member) }
        for member in schema.oneOf ?? [] { check(member) }
        for member in schema.anyOf ?? [] { check(member) }
        if let discriminator = schema.discriminator {
            for (value, target) in discriminator.mapping {
                // A mapping value is a reference when it looks like one, else a schema name.
                let text = target.contains("/") || target.contains("#") ? target : "#/components/schemas/\(target)"
                let reference = Reference(target: text, location: discriminator.location)
                attempt(note: .note("in the discriminator mapping for '\(value)'", at: discriminator.location)) { (resolver) throws(Diagnostic) in
                    _ = try resolver.resolveSchemaReference(reference)
                }
            }
        }
    }
}
