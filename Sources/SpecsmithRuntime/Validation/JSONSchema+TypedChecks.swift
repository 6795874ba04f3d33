import Foundation

// MARK: - Checking encoded typed values

extension JSONSchema {
    /// Adds the violations of an encoded typed value (see `ValueEncoder.encodedSlot`) to `violations`,
    /// with paths below `path`, as `collectViolations(of:at:into:options:typed:)` does with `typed`.
    func collectViolations(of slot: ValueEncoder.Slot, at path: String, into violations: inout [Violation], options: ValidationOptions) {
        var run = Run(root: path, options: options, typed: true)
        run.violations = violations
        check(slot, &run)
        violations = run.violations
    }

    /// Checks an encoded typed value as `check` checks `slot.value`, with the same violations in the
    /// same order, but without making a dictionary of every object whose members this schema decides
    /// (see `memberSchemaSource`): their members are checked where the encoder left them. Building
    /// those dictionaries and looking every member up in them again was a third of typed validation.
    func check(_ slot: ValueEncoder.Slot, _ run: inout Run) {
        // `true` (an `additionalProperties: true`, say) accepts anything: no need to build it.
        if constant == true, problem == nil { return }
        guard case .node(let node) = slot, let members = node.members, let source = node.schema,
              run.typed, !run.conditional, run.depth < 256
        else {
            check(slot.value, &run)
            return
        }
        if source === self {
            guard types?.admits(.object([:])) ?? true, let ordered = Self.byName(members) else {
                check(slot.value, &run)
                return
            }
            run.depth += 1
            defer { run.depth -= 1 }
            checkMembers(ordered, &run)
        } else if keywordCount == 1, problem == nil, let target = reference?.target {
            // A lone `$ref` to the schema the node was encoded for: what `check` does, one level deeper.
            run.depth += 1
            defer { run.depth -= 1 }
            target().check(slot, &run)
        } else {
            check(slot.value, &run)
        }
    }

    /// What `checkObject` checks of a typed value's members when this schema decides them: only
    /// `properties` and `additionalProperties` can apply (`required` and `additionalProperties:
    /// false` are not checked on typed values outside conditionals; nothing else is member-deciding).
    private func checkMembers(_ ordered: [(key: String, slot: ValueEncoder.Slot)], _ run: inout Run) {
        var undeclared = false
        for member in ordered {
            guard let schema = propertiesByName[member.key] else {
                undeclared = true
                continue
            }
            run.path.append(.key(member.key))
            schema.check(member.slot, &run)
            run.path.removeLast()
        }
        // Undeclared members after every declared one, as `checkObject` reports them.
        guard undeclared, let additionalProperties, additionalProperties.constant != false else { return }
        for member in ordered where propertiesByName[member.key] == nil {
            run.path.append(.key(member.key))
            additionalProperties.check(member.slot, &run)
            run.path.removeLast()
        }
    }

    /// The members in the order of their names, as a JSON object's are checked; nil when a name
    /// comes twice (the dictionary `check` gets keeps the last, and this rare case is left to it).
    private static func byName(_ members: [(key: String, slot: ValueEncoder.Slot)]) -> [(key: String, slot: ValueEncoder.Slot)]? {
        var ordered = members
        if !zip(members, members.dropFirst()).allSatisfy({ $0.key < $1.key }) {
            ordered.sort { $0.key < $1.key }
        }
        for index in ordered.indices.dropFirst() where ordered[index - 1].key == ordered[index].key { return nil }
        return ordered
    }
}
