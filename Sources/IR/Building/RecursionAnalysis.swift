/// Finds the places where a type contains itself by value (`Node.parent: Node?`, or a union
/// with a case that leads back to it) and marks them indirect, so the generated struct or enum
/// has a finite size. Arrays and dictionaries already store their elements out of line, so
/// containment through them is not recursion here.
enum RecursionAnalysis {
    static func markIndirections(in declarations: inout [IRDeclaration]) {
        var edges: [[String]: Set<[String]>] = [:]
        var aliases: [[String]: [String]] = [:]
        collectEdges(declarations, parentPath: [], edges: &edges, aliases: &aliases)
        // A struct reached through a typealias is contained as the alias's target.
        for (source, targets) in edges {
            edges[source] = Set(targets.map { resolveAlias($0, aliases: aliases) })
        }
        var reachability: [[String]: Set<[String]>] = [:]
        func reachable(from start: [String]) -> Set<[String]> {
            if let known = reachability[start] { return known }
            var seen: Set<[String]> = []
            var stack = Array(edges[start] ?? [])
            while let next = stack.popLast() {
                guard seen.insert(next).inserted else { continue }
                stack += edges[next] ?? []
            }
            reachability[start] = seen
            return seen
        }
        /// True when containing `target` inside `source` closes a loop back to `source`.
        func closesCycle(from source: [String], to target: [String]) -> Bool {
            let resolved = resolveAlias(target, aliases: aliases)
            return resolved == source || reachable(from: resolved).contains(source)
        }
        mark(&declarations, parentPath: [], closesCycle: closesCycle)
    }

    private static func resolveAlias(_ path: [String], aliases: [[String]: [String]]) -> [String] {
        var current = path
        var hops = 0
        while let next = aliases[current], hops < 64 {
            current = next
            hops += 1
        }
        return current
    }

    /// The generated type a value of `type` holds inline, if any (optionals are inline; collections are not).
    private static func inlineTarget(_ type: IRTypeReference) -> [String]? {
        switch type {
        case .generated(let path): path
        case .optional(let wrapped): inlineTarget(wrapped)
        case .builtin, .array, .dictionary: nil
        }
    }

    private static func collectEdges(
        _ declarations: [IRDeclaration], parentPath: [String],
        edges: inout [[String]: Set<[String]>], aliases: inout [[String]: [String]]
    ) {
        for declaration in declarations {
            let path = parentPath + [declaration.name]
            switch declaration {
            case .structure(let structure):
                edges[path] = Set(structure.properties.compactMap { inlineTarget($0.type) })
                collectEdges(structure.nested, parentPath: path, edges: &edges, aliases: &aliases)
            case .union(let union):
                edges[path] = Set(union.cases.compactMap { inlineTarget($0.type) })
                collectEdges(union.nested, parentPath: path, edges: &edges, aliases: &aliases)
            case .alias(let alias):
                if let target = inlineTarget(alias.target) { aliases[path] = target }
            case .enumeration:
                break
            }
        }
    }

    private static func mark(
        _ declarations: inout [IRDeclaration], parentPath: [String],
        closesCycle: ([String], [String]) -> Bool
    ) {
        for index in declarations.indices {
            let path = parentPath + [declarations[index].name]
            switch declarations[index] {
            case .structure(var structure):
                for property in structure.properties.indices {
                    if let target = inlineTarget(structure.properties[property].type), closesCycle(path, target) {
                        structure.properties[property].isIndirect = true
                    }
                }
                mark(&structure.nested, parentPath: path, closesCycle: closesCycle)
                declarations[index] = .structure(structure)
            case .union(var union):
                union.isIndirect = union.cases.contains { unionCase in
                    inlineTarget(unionCase.type).map { closesCycle(path, $0) } ?? false
                }
                mark(&union.nested, parentPath: path, closesCycle: closesCycle)
                declarations[index] = .union(union)
            case .alias, .enumeration:
                break
            }
        }
    }
}
