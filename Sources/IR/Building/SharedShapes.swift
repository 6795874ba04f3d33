import Diagnostics
import OpenAPIModel
import Resolver

/// Inline schemas written more than once with the same shape (see `SchemaShape`), which get one
/// top-level type between them instead of a nested twin at every use.
///
/// Large specs repeat themselves: Stripe writes `anyOf: [{…}, {enum: [""]}]` for 638 fields, the
/// same `range_query_specs` filter object for 53 `created` parameters, the same address object in
/// every operation that takes one. One type per shape keeps the output in proportion to what the
/// spec says, and lets a value pass from one use to another.
struct SharedShapes {
    /// What is known of one repeated shape before building.
    struct Shape {
        /// The naming hints of its uses (property or parameter names), in spec order.
        var hints: [String] = []
        /// Its `title`, when every use has the same one.
        var title: String?
        /// Its documentation, when every use has the same (else the type has none: one use's
        /// words would be wrong for the others).
        var documentation: (title: String?, description: String?)
        var locations: Set<SourceLocation> = []
    }

    /// The shape key of every inline schema whose shape is written at two places or more.
    var keys: [SourceLocation: String] = [:]
    var shapes: [String: Shape] = [:]
    /// The type declared for each shape so far.
    var types: [String: IRTypeReference] = [:]
}

extension ModelBuilder {
    // MARK: Finding repeated shapes

    /// Finds the inline schemas the build will meet whose shape is written more than once, by
    /// walking the component schemas and the operations (parameters, bodies, response headers)
    /// the way the build does, without following references (their targets are walked where they
    /// are written). A shape's members are walked at its first occurrence only: inside a shared
    /// type they are declared once, so copies of the same parent do not make them repeated.
    mutating func findSharedShapes() {
        var shapes: [String: SharedShapes.Shape] = [:]
        var order: [String] = []
        var walker = ShapeWalker(builder: self)
        for (name, schema) in resolver.document.components.schemas where options.schemaOverrides[name] == nil {
            walker.walkMembers(of: schema, hint: name)
        }
        for (path, item) in resolver.document.paths {
            guard let item = try? resolver.resolve(item, name: "path '\(path)'") else { continue }
            for parameter in item.parameters { walker.walk(try? resolver.resolve(parameter)) }
            for (method, reference) in item.operations {
                guard let operation = try? resolver.resolve(reference, name: "\(method.rawValue.uppercased()) \(path)") else { continue }
                let operationID = operation.operationId ?? "\(method.rawValue) \(path)"
                guard options.operationFilter.includes(operationID: operationID, tags: operation.tags, path: path) else { continue }
                for parameter in operation.parameters { walker.walk(try? resolver.resolve(parameter)) }
                if let body = operation.requestBody, let body = try? resolver.resolve(body) {
                    for media in body.content.values { if let schema = media.schema { walker.walkBody(schema) } }
                }
                for (_, reference) in operation.responses.entries {
                    guard let response = try? resolver.resolve(reference) else { continue }
                    for media in response.content.values { if let schema = media.schema { walker.walkBody(schema) } }
                    for (name, header) in response.headers {
                        if let schema = (try? resolver.resolve(header))?.schema { walker.walk(schema, hint: name) }
                    }
                }
            }
        }
        for use in walker.uses {
            if shapes[use.key] == nil { order.append(use.key) }
            var shape = shapes[use.key] ?? SharedShapes.Shape(
                title: use.schema.title, documentation: (use.schema.title, use.schema.description))
            if shape.locations.insert(use.schema.location).inserted {
                shape.hints.append(use.hint)
                if shape.title != use.schema.title { shape.title = nil }
                if shape.documentation != (use.schema.title, use.schema.description) { shape.documentation = (nil, nil) }
            }
            shapes[use.key] = shape
        }
        var keys: [SourceLocation: String] = [:]
        var repeated: [String: SharedShapes.Shape] = [:]
        for key in order {
            guard let shape = shapes[key], shape.locations.count > 1 else { continue }
            repeated[key] = shape
            for location in shape.locations { keys[location] = key }
        }
        sharedShapes = SharedShapes(keys: keys, shapes: repeated)
    }

    // MARK: Declaring them

    /// The one type of `schema`'s shape when that shape is repeated, declared at the top level the
    /// first time; nil for a schema written once (it is declared where it is used).
    mutating func sharedType(for schema: Schema, hint: String, scope: TypeScope) throws(Diagnostic) -> IRTypeReference? {
        guard schema.ref == nil, let key = sharedShapes.keys[schema.location], let shape = sharedShapes.shapes[key] else { return nil }
        if let type = sharedShapes.types[key] {
            // Every use is the type's schema, for the validators' `$ref`s as much as for the code.
            if case .generated(let path) = type, declarationPaths[schema.location] == nil { declarationPaths[schema.location] = path }
            return type
        }
        let name = claimSharedTypeName(for: schema, shape: shape, hint: hint, scope: scope)
        // Registered before building, so a shape that contains itself (through a reference) finds its type.
        sharedShapes.types[key] = .generated([name])
        var declared = schema
        declared.title = shape.documentation.title
        declared.description = shape.documentation.description
        guard let declaration = try declaration(for: declared, name: name, path: [name]) else {
            sharedShapes.types[key] = .jsonValue
            return .jsonValue
        }
        topLevelDeclarations.append(declaration)
        return .generated([name])
    }

    /// The name of a shared type, the first free of: its `title` when the uses agree on one; the
    /// name most of its uses give it (the first of equals); for a union of references and plain
    /// types, its alternatives (`StringOrCharge`); those names said with the types enclosing the
    /// first use, nearest first (`CustomerAddress`). Only when all are taken does the first get a number.
    /// An enum of one value is named after the value (`ListObject` for `object: {enum: [list]}`,
    /// `EmptyString` for Stripe's `enum: [""]` whose uses are named differently), and a name that
    /// had to be changed away from a standard type's (`TypeModel`) comes after the others.
    private mutating func claimSharedTypeName(for schema: Schema, shape: SharedShapes.Shape, hint: String, scope: TypeScope) -> String {
        let usual = Self.mostCommon(shape.hints) ?? hint
        var words: [String] = []
        if let title = shape.title, !title.isEmpty { words.append(title) }
        if let values = schema.enumValues?.filter({ !$0.isNull }), values.count == 1, let value = values.first?.text {
            if Set(shape.hints).count > 1 {
                words.append(value.isEmpty ? "EmptyString" : value)
            } else {
                words.append((value.isEmpty ? "Empty" : value) + " " + usual)
            }
        }
        words.append(usual)
        if let alternatives = unionAlternativesName(schema) { words.append(alternatives) }
        // At the top level (a parameter's type) the build's own hint has the context: `GetCustomers created`.
        words.append(contentsOf: scope.path.isEmpty ? [hint] : words.flatMap { Self.contextNames($0, in: scope.path) })
        var candidates: [String] = []
        for word in words {
            let name = SwiftName.type(word)
            if !candidates.contains(name) { candidates.append(name) }
        }
        // `TypeModel` is a name nobody would choose: try the others first.
        let renamed = candidates.filter(Self.isRenamedStandardName)
        candidates = candidates.filter { !renamed.contains($0) } + renamed
        if let free = candidates.first(where: isFreeTopLevelName) { return claimTopLevelName(free) }
        return claimTopLevelName(candidates.first ?? SwiftName.type(hint))
    }

    /// Whether `name` is a standard type's name with ``TypeNameClashes``' suffix (`TypeModel`).
    private static func isRenamedStandardName(_ name: String) -> Bool {
        name.hasSuffix(TypeNameClashes.suffix) && SwiftName.clashingTypeNames.contains(String(name.dropLast(TypeNameClashes.suffix.count)))
    }

    /// `StringOrCharge` for `anyOf: [{type: string}, {$ref: charge}]` (Stripe's expandable
    /// fields): the alternatives' names joined, when there are at most three and each is a
    /// reference or a plain type; nil otherwise.
    private func unionAlternativesName(_ schema: Schema) -> String? {
        guard let alternatives = (schema.anyOf ?? schema.oneOf)?.filter({ !isNullSchema($0) }),
              (2...3).contains(alternatives.count) else { return nil }
        var names: [String] = []
        for alternative in alternatives {
            if let reference = alternative.ref, !alternative.hasStructure {
                guard let last = reference.target.split(separator: "/").last else { return nil }
                names.append(String(last))
            } else if alternative.enumValues == nil, alternative.properties.isEmpty, let types = alternative.types, types.count == 1,
                      let type = types.first, type != .object, type != .array, type != .null {
                names.append(type.rawValue)
            } else {
                return nil
            }
        }
        return names.joined(separator: " or ")
    }

    /// The most frequent of `words`, the earliest of those equally frequent.
    static func mostCommon(_ words: [String]) -> String? {
        var counts: [String: Int] = [:]
        for word in words { counts[word, default: 0] += 1 }
        var best: String?
        for word in words where best == nil || counts[word, default: 0] > counts[best ?? "", default: 0] { best = word }
        return best
    }
}

/// Collects the inline schemas that need a type of their own, with their shape and naming hint.
private struct ShapeWalker {
    struct Use {
        let key: String
        let schema: Schema
        let hint: String
    }

    let builder: ModelBuilder
    var uses: [Use] = []
    private var walked: Set<String> = []

    init(builder: ModelBuilder) {
        self.builder = builder
    }

    mutating func walk(_ parameter: Parameter?) {
        guard let parameter else { return }
        if let schema = parameter.schema { walk(schema, hint: parameter.name) }
        for media in parameter.content?.values ?? [] { if let schema = media.schema { walk(schema, hint: parameter.name) } }
    }

    /// A body's own schema is named after its operation; only what is inside it can be shared.
    mutating func walkBody(_ schema: Schema) {
        if builder.needsDeclaration(schema) && schema.ref == nil {
            walkMembers(of: schema, hint: "")
        } else {
            walk(schema, hint: "Body")
        }
    }

    /// A schema used where the build calls `typeReference` (a property, a parameter, an item…).
    mutating func walk(_ schema: Schema, hint: String) {
        guard schema.ref == nil else { return }
        if builder.needsDeclaration(schema) {
            let key = SchemaShape.text(of: schema)
            uses.append(Use(key: key, schema: schema, hint: hint))
            guard walked.insert(key).inserted else { return }
        }
        walkMembers(of: schema, hint: hint)
    }

    mutating func walkMembers(of schema: Schema, hint: String) {
        for (name, property) in schema.properties { walk(property, hint: name) }
        if let items = schema.items { walk(items, hint: hint + "Item") }
        if case .schema(let values)? = schema.additionalProperties {
            walk(values, hint: schema.properties.isEmpty ? hint + "Value" : "AdditionalProperty")
        }
        for (index, member) in (schema.oneOf ?? schema.anyOf ?? []).enumerated() {
            walk(member, hint: member.title ?? "\(hint) Option\(index + 1)")
        }
        for member in schema.allOf ?? [] { walkMembers(of: member, hint: hint) }
    }
}
