/// Finds the places where a type contains itself by value (`Node.parent: Node?`, or a union
/// with a case that leads back to it) and marks them indirect, so the generated struct or enum
/// has a finite size. Arrays and dictionaries already store their elements out of line, so
/// containment through them is not recursion here.
enum RecursionAnalysis {
    static func markIndirections(in declarations: inout [IRDeclaration]) {
        var edges: [[String]: Set<[String]>] = [:]
        var aliases: [[String]: [String]] = [:]
        collectEdges(declarations, parentPath: [], edges: &edges, aliases: &aliases)
        // Types numbered, with what each contains inline; a struct reached through a typealias is
        // contained as the alias's target.
        var ids: [[String]: Int] = [:]
        var successors: [[Int]] = []
        func id(of path: [String]) -> Int {
            if let known = ids[path] { return known }
            ids[path] = successors.count
            successors.append([])
            return successors.count - 1
        }
        for (source, targets) in edges {
            let sourceID = id(of: source)
            for target in targets {
                let targetID = id(of: resolveAlias(target, aliases: aliases))
                successors[sourceID].append(targetID)
            }
        }
        let component = stronglyConnectedComponents(successors)
        /// True when containing `target` inside `source` closes a loop back to `source`: `source`
        /// contains `target`, so that is when `target` reaches `source`, i.e. when both are in one
        /// strongly connected component. (Asking what each type reaches instead was cubic in the
        /// depth of nested types.)
        func closesCycle(from source: [String], to target: [String]) -> Bool {
            let resolved = resolveAlias(target, aliases: aliases)
            if resolved == source { return true }
            guard let sourceID = ids[source], let targetID = ids[resolved] else { return false }
            return component[sourceID] == component[targetID]
        }
        mark(&declarations, parentPath: [], closesCycle: closesCycle)
    }

    /// The strongly connected component of each node (Tarjan's algorithm, with an explicit stack
    /// so that deeply nested types cannot exhaust the call stack).
    static func stronglyConnectedComponents(_ successors: [[Int]]) -> [Int] {
        let count = successors.count
        var order = Array(repeating: -1, count: count)
        var low = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var component = Array(repeating: -1, count: count)
        var stack: [Int] = []
        var visited = 0
        var components = 0
        var work: [(node: Int, edge: Int)] = []
        func visit(_ node: Int) {
            order[node] = visited
            low[node] = visited
            visited += 1
            stack.append(node)
            onStack[node] = true
            work.append((node, 0))
        }
        for root in 0..<count where order[root] < 0 {
            visit(root)
            while let (node, edge) = work.last {
                if edge < successors[node].count {
                    work[work.count - 1].edge += 1
                    let next = successors[node][edge]
                    if order[next] < 0 {
                        visit(next)
                    } else if onStack[next] {
                        low[node] = min(low[node], order[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == order[node] else { continue }
                while let member = stack.popLast() {
                    onStack[member] = false
                    component[member] = components
                    if member == node { break }
                }
                components += 1
            }
        }
        return component
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
    static func inlineTarget(_ type: IRTypeReference) -> [String]? {
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
