import Foundation

// MARK: - Conditionals, dependencies, property names, contains

extension JSONSchema {
    /// `if`/`then`/`else`: `then` applies when the value matches `if`, `else` when it does not;
    /// `if` alone, or `then`/`else` without `if`, checks nothing.
    func checkConditional(_ value: JSONValue, _ run: inout Run) {
        guard let condition, then != nil || otherwise != nil else { return }
        let outer = run.conditional
        run.conditional = true
        defer { run.conditional = outer }
        if condition.accepts(value, run) {
            then?.check(value, &run)
        } else {
            otherwise?.check(value, &run)
        }
    }

    /// `dependentRequired` and `dependentSchemas`: what a member's presence asks of the object.
    func checkDependencies(_ members: [String: JSONValue], _ run: inout Run) {
        for (name, required) in dependentRequired where members[name] != nil {
            // Checked for typed values too: no Swift type ties one optional property to another.
            for other in required where members[other] == nil {
                run.report("is required when '\(name)' is present", at: .key(other))
            }
        }
        guard !dependentSchemas.isEmpty else { return }
        let object = JSONValue.object(members)
        let outer = run.conditional
        run.conditional = true
        defer { run.conditional = outer }
        for (name, schema) in dependentSchemas where members[name] != nil {
            schema.check(object, &run)
        }
    }

    /// `propertyNames`: every key, as a string, must match the schema. The violation is at the
    /// member, and says what is wrong with its name.
    func checkPropertyNames(_ members: [String: JSONValue], _ run: inout Run) {
        guard let propertyNames else { return }
        for name in members.keys.sorted() {
            var trial = run.trial()
            propertyNames.check(.string(name), &trial)
            guard let first = trial.violations.first else { continue }
            run.report("is not an allowed property name: it \(first.message)", at: .key(name))
        }
    }

    /// `contains` with `minContains` (1 unless given) and `maxContains`.
    func checkContains(_ elements: [JSONValue], _ run: inout Run) {
        guard let contains else { return }
        let minimum = minContains ?? 1
        guard minimum > 0 || maxContains != nil else { return }
        var matches = 0
        for element in elements where contains.accepts(element, run) { matches += 1 }
        if matches < minimum {
            run.report("must contain at least \(Describe.count(minimum, "item")) matching 'contains', found \(matches)")
        }
        if let maxContains, matches > maxContains {
            run.report("must contain at most \(Describe.count(maxContains, "item")) matching 'contains', found \(matches)")
        }
    }
}
