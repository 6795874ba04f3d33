/// Stores big models behind a reference where another model holds them, to keep the generated
/// code small for the compiler.
///
/// A struct that holds another inline has value witnesses (copy, assign, destroy) that copy every
/// stored field of both, and an optional one repeats that for each case of the optional: in
/// GitHub's SDK those witnesses were a third of the machine code of a debug build
/// (`FullRepository`'s alone 260 KB, for its inline `Repository?`s and users), and machine code is
/// most of a debug build's time. Behind an `Indirect` box the holder copies one reference. Values
/// behave the same: the box is replaced on assignment, so copies keep value semantics.
///
/// A type is big when its inline weight reaches `threshold`: one per stored property, plus the
/// weight of each inline struct or union it holds that is not itself boxed. Runs after
/// `RecursionAnalysis`, whose boxes already break every cycle, so weights are finite.
enum LargeValueBoxing {
    /// Weight from which a held value is boxed: a `SimpleUser` (21 properties) is, an object of a
    /// few strings is not.
    static let threshold = 16

    static func boxLargeValues(in declarations: inout [IRDeclaration]) {
        var shapes: [[String]: Shape] = [:]
        collectShapes(declarations, parentPath: [], into: &shapes)
        var weights: [[String]: Int] = [:]
        mark(&declarations, parentPath: []) { target in
            weight(of: target, shapes: shapes, memo: &weights) >= threshold
        }
    }

    /// What decides a type's weight: the inline targets of its stored properties (or cases), nil
    /// for one that is not a generated type held inline, and whether it is boxed already.
    private enum Shape {
        case structure(targets: [[String]?], boxed: [Bool])
        case union(targets: [[String]?], indirect: Bool)
        case alias([String])
        case leaf
    }

    private static func collectShapes(_ declarations: [IRDeclaration], parentPath: [String], into shapes: inout [[String]: Shape]) {
        for declaration in declarations {
            let path = parentPath + [declaration.name]
            switch declaration {
            case .structure(let structure):
                shapes[path] = .structure(
                    targets: structure.properties.map { RecursionAnalysis.inlineTarget($0.type) },
                    boxed: structure.properties.map(\.isIndirect))
                collectShapes(structure.nested, parentPath: path, into: &shapes)
            case .union(let union):
                shapes[path] = .union(targets: union.cases.map { RecursionAnalysis.inlineTarget($0.type) }, indirect: union.isIndirect)
                collectShapes(union.nested, parentPath: path, into: &shapes)
            case .alias(let alias):
                shapes[path] = RecursionAnalysis.inlineTarget(alias.target).map(Shape.alias) ?? .leaf
            case .enumeration:
                shapes[path] = .leaf
            }
        }
    }

    /// The inline weight of the type at `path`, counting a held type that will be boxed as one.
    /// (Iterative over an explicit stack: nesting can be deeper than the call stack allows.)
    private static func weight(of path: [String], shapes: [[String]: Shape], memo: inout [[String]: Int]) -> Int {
        var stack: [[String]] = [path]
        while let current = stack.last {
            if memo[current] != nil { stack.removeLast(); continue }
            let targets: [[String]]
            switch shapes[current] {
            case .structure(let all, let boxed)?: targets = zip(all, boxed).compactMap { $1 ? nil : $0 }
            case .union(let all, let indirect)?: targets = indirect ? [] : all.compactMap { $0 }
            case .alias(let target)?: targets = [target]
            case .leaf?, nil: targets = []
            }
            // A path on the stack is being weighed: only a cycle would lead back to it, and
            // RecursionAnalysis boxed those; counting it as light keeps a missed one finite.
            let pending = targets.filter { memo[$0] == nil && !stack.contains($0) }
            if !pending.isEmpty {
                stack.append(contentsOf: pending)
                continue
            }
            let held = targets.map { target -> Int in
                let inner = memo[target] ?? 0
                return inner >= threshold ? 0 : inner
            }
            switch shapes[current] {
            case .structure(let all, _)?: memo[current] = all.count + held.reduce(0, +)
            case .union?: memo[current] = 1 + held.reduce(0, +)
            case .alias?: memo[current] = held.first ?? 0
            case .leaf?, nil: memo[current] = 0
            }
            stack.removeLast()
        }
        return memo[path] ?? 0
    }

    private static func mark(_ declarations: inout [IRDeclaration], parentPath: [String], isLarge: ([String]) -> Bool) {
        for index in declarations.indices {
            let path = parentPath + [declarations[index].name]
            switch declarations[index] {
            case .structure(var structure):
                for property in structure.properties.indices where !structure.properties[property].isIndirect {
                    if let target = RecursionAnalysis.inlineTarget(structure.properties[property].type), isLarge(target) {
                        structure.properties[property].isIndirect = true
                    }
                }
                mark(&structure.nested, parentPath: path, isLarge: isLarge)
                declarations[index] = .structure(structure)
            case .union(var union):
                if !union.isIndirect {
                    union.isIndirect = union.cases.contains { RecursionAnalysis.inlineTarget($0.type).map(isLarge) ?? false }
                }
                mark(&union.nested, parentPath: path, isLarge: isLarge)
                declarations[index] = .union(union)
            case .alias, .enumeration:
                break
            }
        }
    }
}
