import Diagnostics
import OpenAPIModel
import Resolver

/// Checks the parts of a configuration that only the spec can judge: filters and schema
/// overrides must name things the spec has, or the user would silently get nothing.
enum ConfigurationCheck {
    static func problems(in configuration: GeneratorConfiguration, for spec: LoadedSpec) -> [Diagnostic] {
        var resolver = spec.resolver
        var operationIDs: [String] = []
        var tags: [String] = spec.document.tags.map(\.name)
        let paths = spec.document.paths.keys
        for (path, item) in spec.document.paths {
            guard let resolved = try? resolver.resolve(item, name: path) else { continue }
            for (method, reference) in resolved.operations {
                guard let operation = try? resolver.resolve(reference, name: path) else { continue }
                operationIDs.append(operation.operationId ?? "\(method.rawValue) \(path)")
                tags += operation.tags
            }
        }
        var problems: [Diagnostic] = []
        func check(_ values: [GeneratorConfiguration.Located<String>], against known: [String], what: String) {
            let knownSet = Set(known)
            for entry in values where !knownSet.contains(entry.value) {
                problems.append(.error(
                    "the spec has no \(what) '\(entry.value)'\(Suggestion.phrase(for: entry.value, among: Array(knownSet).sorted()))",
                    at: entry.location))
            }
        }
        check(configuration.operationIDs, against: operationIDs, what: "operation id")
        check(configuration.tags, against: tags, what: "tag")
        check(configuration.paths, against: paths, what: "path")
        let schemaNames = spec.document.components.schemas.keys
        check(configuration.schemaOverrides.map { .init(value: $0.value.schema, location: $0.location) },
              against: schemaNames, what: "component schema")
        return problems
    }
}
