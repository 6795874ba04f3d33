import Diagnostics
import OpenAPIModel
import YAMLReader

/// A schema reached through references, with the key of the last reference followed
/// (nil when the schema was written in place).
public struct ResolvedSchema: Sendable {
    public let schema: Schema
    public let key: ReferenceKey?
}

extension SpecResolver {
    /// Follows a schema's `$ref` while the schema is nothing but a reference. A schema with
    /// structure beside its `$ref` (3.1) is returned as is: it is the caller's to combine.
    public mutating func resolve(_ schema: Schema) throws(Diagnostic) -> ResolvedSchema {
        guard schema.isPureReference, let reference = schema.ref else {
            return ResolvedSchema(schema: schema, key: nil)
        }
        let (key, target) = try resolveSchemaReference(reference)
        return ResolvedSchema(schema: target, key: key)
    }

    /// The schema a `$ref` designates, following further pure references.
    public mutating func resolveSchemaReference(_ reference: Reference) throws(Diagnostic) -> (key: ReferenceKey, schema: Schema) {
        try resolveSchemaReference(reference, following: { $0.isPureReference ? $0.ref : nil })
    }

    /// Follows `reference` on through every schema that has no structure of its own (only annotations
    /// or constraints beside its `$ref`) and throws if that walk comes back on itself: such a cycle
    /// describes no value, even though none of its schemas is a pure reference.
    mutating func checkStructurelessChain(from reference: Reference) throws(Diagnostic) {
        _ = try resolveSchemaReference(reference, following: { $0.hasStructure ? nil : $0.ref })
    }

    private mutating func resolveSchemaReference(
        _ reference: Reference, following next: (Schema) -> Reference?
    ) throws(Diagnostic) -> (key: ReferenceKey, schema: Schema) {
        let schemas = document.components.schemas
        let rootFile = self.rootFile
        let (key, schema) = try resolve(reference, kind: "schema",
                                        decode: { (decoder, node) throws(Diagnostic) in try decoder.schema(node) },
                                        component: { key in key.componentName(in: "schemas", rootFile: rootFile).flatMap { schemas[$0] } },
                                        nestedReference: next)
        return (key, schema)
    }

    /// A schema's properties, including those brought in by a `properties: {$ref: …}`
    /// (written properties win over referenced ones with the same name).
    public mutating func properties(of schema: Schema) throws(Diagnostic) -> OrderedMap<Schema> {
        guard let reference = schema.propertiesReference else { return schema.properties }
        let (_, referenced) = try resolve(reference, kind: "properties",
                                          decode: { (decoder, node) throws(Diagnostic) in try decoder.properties(node) },
                                          nestedReference: { _ in nil })
        var merged = referenced
        for (name, property) in schema.properties { merged[name] = property }
        return merged
    }

    public mutating func resolve(_ parameter: Referenceable<Parameter>) throws(Diagnostic) -> Parameter {
        try value(of: parameter, kind: "parameter", section: "parameters", components: document.components.parameters) { (decoder, node) throws(Diagnostic) in
            try decoder.referenceable(node, "parameter") { (decoder, node) throws(Diagnostic) in try decoder.parameter(node) }
        }
    }

    public mutating func resolve(_ body: Referenceable<RequestBody>) throws(Diagnostic) -> RequestBody {
        try value(of: body, kind: "requestBody", section: "requestBodies", components: document.components.requestBodies) { (decoder, node) throws(Diagnostic) in
            try decoder.referenceable(node, "request body") { (decoder, node) throws(Diagnostic) in try decoder.requestBody(node) }
        }
    }

    public mutating func resolve(_ response: Referenceable<Response>) throws(Diagnostic) -> Response {
        try value(of: response, kind: "response", section: "responses", components: document.components.responses) { (decoder, node) throws(Diagnostic) in
            try decoder.referenceable(node, "response") { (decoder, node) throws(Diagnostic) in try decoder.response(node) }
        }
    }

    public mutating func resolve(_ header: Referenceable<Header>) throws(Diagnostic) -> Header {
        try value(of: header, kind: "header", section: "headers", components: document.components.headers) { (decoder, node) throws(Diagnostic) in
            try decoder.referenceable(node, "header") { (decoder, node) throws(Diagnostic) in try decoder.header(node) }
        }
    }

    public mutating func resolve(_ scheme: Referenceable<SecurityScheme>) throws(Diagnostic) -> SecurityScheme {
        try value(of: scheme, kind: "securityScheme", section: "securitySchemes", components: document.components.securitySchemes) { (decoder, node) throws(Diagnostic) in
            try decoder.referenceable(node, "security scheme") { (decoder, node) throws(Diagnostic) in try decoder.securityScheme(node) }
        }
    }

    public mutating func resolve(_ operation: Referenceable<Operation>, name: String) throws(Diagnostic) -> Operation {
        try value(of: operation, kind: "operation") { (decoder, node) throws(Diagnostic) in
            try decoder.referenceable(node, name) { (decoder, node) throws(Diagnostic) in try decoder.operation(node, name) }
        }
    }

    /// A path item with its `$ref` (if any) followed; fields written beside the `$ref` win.
    public mutating func resolve(_ item: PathItem, name: String) throws(Diagnostic) -> PathItem {
        guard let reference = item.ref else { return item }
        let target = try resolvePathItemReference(reference, name: name)
        var merged = target
        merged.ref = nil
        merged.summary = item.summary ?? target.summary
        merged.description = item.description ?? target.description
        merged.operations = target.operations.filter { own in !item.operations.contains { $0.method == own.method } } + item.operations
        merged.parameters = item.parameters + target.parameters
        return merged
    }

    public mutating func resolve(_ item: Referenceable<PathItem>, name: String) throws(Diagnostic) -> PathItem {
        switch item {
        case .value(let value):
            return try resolve(value, name: name)
        case .reference(let reference):
            return try resolvePathItemReference(reference, name: name)
        }
    }

    private mutating func resolvePathItemReference(_ reference: Reference, name: String) throws(Diagnostic) -> PathItem {
        let (_, target) = try resolve(reference, kind: "pathItem",
                                      decode: { (decoder, node) throws(Diagnostic) in try decoder.pathItem(node, name) },
                                      nestedReference: { $0.ref })
        return target
    }

    private mutating func value<Value>(
        of referenceable: Referenceable<Value>, kind: String,
        section: String? = nil, components: OrderedMap<Referenceable<Value>> = OrderedMap(),
        decode: (inout SpecDecoder, YAMLNode) throws(Diagnostic) -> Referenceable<Value>
    ) throws(Diagnostic) -> Value {
        switch referenceable {
        case .value(let value):
            return value
        case .reference(let reference):
            if let overrides = reference.overrides, let value = try overridden(reference, with: overrides, decode: decode) {
                return value
            }
            let rootFile = self.rootFile
            let (_, resolved) = try resolve(
                reference, kind: kind, decode: decode,
                component: { key in section.flatMap { key.componentName(in: $0, rootFile: rootFile) }.flatMap { components[$0] } },
                nestedReference: { $0.reference })
            guard let value = resolved.value else {
                // Unreachable: `resolve` follows references until it reaches a value.
                throw .error("'$ref' did not lead to a \(kind)", at: reference.location)
            }
            return value
        }
    }

    /// The target of `reference` (at the end of its chain) with the keys written beside the `$ref`
    /// replacing its own, decoded afresh (see ``Reference/overrides``). Nil when the chain does not
    /// end in a mapping; the plain target is used then.
    private mutating func overridden<Value>(
        _ reference: Reference, with overrides: YAMLNode,
        decode: (inout SpecDecoder, YAMLNode) throws(Diagnostic) -> Referenceable<Value>
    ) throws(Diagnostic) -> Value? {
        if let decoded = overriddenValues[reference.location] as? Value { return decoded }
        var current = reference
        for _ in 0..<64 {
            let (_, target) = try node(for: current)
            if let next = target["$ref"]?.scalar?.text {
                current = Reference(target: next, location: target["$ref"]?.location ?? target.location)
                continue
            }
            guard let targetPairs = target.pairs, let ownPairs = overrides.pairs else { return nil }
            let replaced = Set(ownPairs.map(\.keyText))
            let merged = YAMLNode.mapping(targetPairs.filter { !replaced.contains($0.keyText) } + ownPairs, at: target.location)
            var decoder = SpecDecoder(version: document.version)
            let value = try decode(&decoder, merged).value
            log.append(contentsOf: decoder.log)
            overriddenValues[reference.location] = value
            return value
        }
        return nil
    }
}
