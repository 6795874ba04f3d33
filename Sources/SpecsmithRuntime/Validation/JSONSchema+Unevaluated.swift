import Foundation

// MARK: - unevaluatedProperties and unevaluatedItems

extension JSONSchema {
    /// `unevaluatedProperties` and `unevaluatedItems`: the members and elements that no keyword of
    /// this schema, nor of the schemas applied to the same value in place (`$ref`, `allOf`, the
    /// matching alternatives of `anyOf`/`oneOf`, `if`/`then`/`else`, `dependentSchemas`), looked at
    /// must match the schema. Only schemas that match contribute, as JSON Schema 2020-12 says.
    ///
    /// Worked out only for the schemas that have these keywords, so other schemas pay nothing.
    func checkUnevaluated(_ value: JSONValue, _ run: inout Run) {
        switch value {
        case .object(let members):
            guard let unevaluatedProperties else { return }
            var evaluated = Set<String>()
            collectEvaluatedNames(members, value, into: &evaluated, run, isRoot: true)
            for name in members.keys.sorted() where !evaluated.contains(name) {
                guard let member = members[name] else { continue }
                if unevaluatedProperties.constant == false {
                    run.report("is not a property the schema allows (unevaluatedProperties)", at: .key(name))
                    continue
                }
                run.path.append(.key(name))
                unevaluatedProperties.check(member, &run)
                run.path.removeLast()
            }
        case .array(let elements):
            guard let unevaluatedItems else { return }
            var evaluated = IndexSet()
            collectEvaluatedIndexes(elements, value, into: &evaluated, run, isRoot: true)
            for (index, element) in elements.enumerated() where !evaluated.contains(index) {
                if unevaluatedItems.constant == false {
                    run.report("is not an item the schema allows (unevaluatedItems)", at: .index(index))
                    continue
                }
                run.path.append(.index(index))
                unevaluatedItems.check(element, &run)
                run.path.removeLast()
            }
        default:
            break
        }
    }

    /// The schemas applied to the same value in place, each with whether its annotations count
    /// (it matches the value).
    private func inPlaceSchemas(_ value: JSONValue, _ run: Run) -> [JSONSchema] {
        var result: [JSONSchema] = []
        if let target = reference?.target { result.append(target()) }
        result += allOf.filter { $0.accepts(value, run) }
        result += anyOf.filter { $0.accepts(value, run) }
        result += oneOf.filter { $0.accepts(value, run) }
        if let condition {
            if condition.accepts(value, run) {
                result.append(condition)
                if let then, then.accepts(value, run) { result.append(then) }
            } else if let otherwise, otherwise.accepts(value, run) {
                result.append(otherwise)
            }
        }
        if case .object(let members) = value {
            result += dependentSchemas.filter { members[$0.name] != nil && $0.schema.accepts(value, run) }.map(\.schema)
        }
        return result
    }

    private func collectEvaluatedNames(_ members: [String: JSONValue], _ value: JSONValue, into names: inout Set<String>, _ run: Run, isRoot: Bool) {
        guard constant == nil, run.depth < 256 else { return }
        // The schema's own unevaluatedProperties does not evaluate for itself; a nested one does.
        if additionalProperties != nil || (!isRoot && unevaluatedProperties != nil) {
            names.formUnion(members.keys)
            return
        }
        for (name, _) in properties where members[name] != nil { names.insert(name) }
        for name in members.keys where patternProperties.contains(where: { $0.pattern.isCompiled && $0.pattern.matches(name) }) {
            names.insert(name)
        }
        var deeper = run
        deeper.depth += 1
        for schema in inPlaceSchemas(value, run) {
            schema.collectEvaluatedNames(members, value, into: &names, deeper, isRoot: false)
        }
    }

    private func collectEvaluatedIndexes(_ elements: [JSONValue], _ value: JSONValue, into indexes: inout IndexSet, _ run: Run, isRoot: Bool) {
        guard constant == nil, run.depth < 256 else { return }
        if items != nil || (!isRoot && unevaluatedItems != nil) {
            indexes.insert(integersIn: 0..<elements.count)
            return
        }
        indexes.insert(integersIn: 0..<min(prefixItems.count, elements.count))
        if let contains {
            for (index, element) in elements.enumerated() where contains.accepts(element, run) { indexes.insert(index) }
        }
        var deeper = run
        deeper.depth += 1
        for schema in inPlaceSchemas(value, run) {
            schema.collectEvaluatedIndexes(elements, value, into: &indexes, deeper, isRoot: false)
        }
    }
}
