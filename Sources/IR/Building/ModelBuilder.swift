import Diagnostics
import OpenAPIModel
import Resolver

/// Turns a loaded spec's schemas into Swift declarations.
///
/// Component schemas become top-level types with their own names; inline objects and enums
/// become types nested in the type whose property holds them, named after the property;
/// inline request and response bodies become top-level types named after the operation.
/// Whatever cannot be expressed is reported as a located warning and falls back to `JSONValue`.
public struct ModelBuilder {
    var resolver: SpecResolver
    let options: ModelOptions
    var log = DiagnosticLog()
    var topLevelNamer: UniqueNamer
    var topLevelDeclarations: [IRDeclaration] = []
    /// The Swift type of every referenced schema seen so far, so each is declared once.
    var referencedTypes: [ReferenceKey: IRTypeReference] = [:]
    /// Every nested type name in use, which top-level names must avoid (see `claimTypeName`).
    var nestedTypeNames: Set<String> = []
    let rootFile: String
    /// Every declaration with the schema it was made from, in the order they were made, for the
    /// validators' schemas (see `buildValidationSchemas`).
    var declaredSchemas: [(path: [String], schema: Schema, isAlias: Bool)] = []
    /// The declaration made from the schema written at each location: a schema is one YAML node, so
    /// its location identifies it wherever it is reached from.
    var declarationPaths: [SourceLocation: [String]] = [:]
    /// The schemas (by location) whose `$ref`-with-siblings or `allOf` is being merged right now:
    /// meeting one again inside its own merge means the merge would nest without end.
    var mergesInProgress: Set<SourceLocation> = []
    /// The Swift name of each component schema (by its name in the spec) that is generated.
    var componentNames: [String: String] = [:]
    /// Component schemas declared (or being declared) so far: a `$ref` into a component's
    /// property declares the component first (see `referencedType`).
    var declaredComponents: Set<String> = []
    /// The schema of each operation's parameters, in the order of `IROperation.parameters`, one list
    /// per operation built, for `attachParameterSchemas` once every type is declared.
    var parameterSchemas: [[Schema?]] = []
    /// The spec's examples with the types they decode into, in the order they were met.
    var examples: [IRExample] = []
    /// The locations of the example values recorded so far (see `recordExamples`).
    var recordedExampleLocations: Set<SourceLocation> = []
    /// Inline schemas written more than once with one shape, which share one type.
    var sharedShapes = SharedShapes()
    /// The component (by its name in the spec) that is nothing but a `$ref` to each schema, which
    /// gives that schema its name (see `declareReferencedSchema`).
    var namingComponents: [ReferenceKey: String] = [:]

    init(spec: LoadedSpec, options: ModelOptions) {
        resolver = spec.resolver
        self.options = options
        // Names the generated code itself uses (support types among them) are never given to a schema.
        topLevelNamer = UniqueNamer(reserved: SwiftName.clashingTypeNames)
        // The resolver's spelling, which every key uses: the document's own may be `./openapi.yaml`.
        rootFile = spec.resolver.rootFile
    }

    /// Builds the models and operations of `spec`, returning them with the warnings found on the way.
    public static func build(_ spec: LoadedSpec, options: ModelOptions = ModelOptions()) throws(DiagnosticsError) -> (IRModule, [Diagnostic]) {
        var builder = ModelBuilder(spec: spec, options: options)
        let operations: [IROperation]
        let securitySchemes: [IRSecurityScheme]
        do throws(Diagnostic) {
            builder.findSharedShapes()
            try builder.buildComponents()
            operations = try builder.buildOperations()
            securitySchemes = try builder.buildSecuritySchemes()
        } catch {
            throw DiagnosticsError(builder.log.diagnostics + [error])
        }
        RecursionAnalysis.markIndirections(in: &builder.topLevelDeclarations)
        LargeValueBoxing.boxLargeValues(in: &builder.topLevelDeclarations)
        let document = spec.document
        var module = IRModule(
            title: document.info.title, declarations: builder.topLevelDeclarations,
            operations: builder.attachParameterSchemas(to: operations),
            securitySchemes: securitySchemes, servers: document.servers.map(IRServer.init),
            documentation: IRDocumentation(title: nil, description: document.info.description))
        module.validationSchemas = builder.buildValidationSchemas()
        module.referencedSchemaTypes = builder.referencedSchemaTypes()
        module.examples = builder.examples
        return (module, builder.log.diagnostics)
    }

    private mutating func buildComponents() throws(Diagnostic) {
        let schemas = resolver.document.components.schemas
        var names: [String] = []
        // Name every component first, so references between them resolve in any order.
        for (specName, schema) in schemas {
            let key = ReferenceKey(file: rootFile, pointer: JSONPointer(tokens: ["components", "schemas", specName]))
            if let override = options.schemaOverrides[specName] {
                // The user's own type stands in for the schema; nothing is generated for it.
                names.append("")
                referencedTypes[key] = schema.nullable ? .optional(.builtin(override)) : .builtin(override)
                continue
            }
            let name = claimTopLevelName(SwiftName.type(specName))
            names.append(name)
            componentNames[specName] = name
            referencedTypes[key] = useSiteType(of: schema, named: name)
        }
        for (specName, schema) in schemas where componentNames[specName] != nil {
            // A component that only points elsewhere (`Place: {$ref: ./place.yml}`) names what it points at.
            if let reference = schema.ref, !schema.hasStructure, let key = try? resolver.resolveSchemaReference(reference).key,
               namingComponents[key] == nil {
                namingComponents[key] = specName
            }
        }
        for (specName, _) in schemas where componentNames[specName] != nil {
            try declareComponent(specName)
        }
    }

    /// Declares the component schema named `specName` in the spec, unless it is already declared
    /// (or being declared, when a schema refers into itself).
    mutating func declareComponent(_ specName: String) throws(Diagnostic) {
        guard let name = componentNames[specName], let schema = resolver.document.components.schemas[specName],
              declaredComponents.insert(specName).inserted else { return }
        try declareTopLevel(schema, name: name)
    }

    /// Declares `schema` at the top level as `name`: its own type when it has structure,
    /// else a typealias so the spec's name stays usable.
    mutating func declareTopLevel(_ schema: Schema, name: String) throws(Diagnostic) {
        if let declaration = try declaration(for: schema, name: name, path: [name]) {
            topLevelDeclarations.append(declaration)
            return
        }
        if try declareReferencedSchema(schema, as: name) { return }
        if let member = soleInlineMember(of: schema), let declaration = try declaration(for: member, name: name, path: [name]) {
            // `Name: {allOf: [{properties: …}], description: …}` is that object: no `Name2` behind an alias.
            topLevelDeclarations.append(declaration)
            return
        }
        recordDeclaration([name], schema: schema, isAlias: true)
        var scope = TypeScope(path: [], reserved: [])
        // Nullability is written where the alias is used (see `useSiteType`), not in the alias.
        let target = try typeReference(for: schema, hint: name, scope: &scope).nonOptional
        topLevelDeclarations.append(.alias(IRAlias(
            name: name, documentation: IRDocumentation(schema), deprecated: schema.deprecated,
            target: target, constraints: IRConstraints(schema))))
    }

    /// A component that is only a `$ref` to a schema outside the components (in another file, or
    /// deeper in this one) that has no type yet *is* that schema: the schema is declared with the
    /// component's name, rather than under its own name made unique with a number and aliased
    /// (`typealias Place = Place2`). Returns false, declaring nothing, for any other schema.
    private mutating func declareReferencedSchema(_ schema: Schema, as name: String) throws(Diagnostic) -> Bool {
        guard let reference = schema.ref, !schema.hasStructure, !schema.hasConstraints, !isNullable(schema) else { return false }
        let (key, target) = try resolver.resolveSchemaReference(reference)
        let isInComponents = key.file == rootFile && key.pointer.tokens.first == "components"
        guard !isInComponents, referencedTypes[key] == nil, needsDeclaration(target), !isNullable(target),
              declarationPaths[target.location] == nil, sharedShapes.keys[target.location] == nil else { return false }
        referencedTypes[key] = .generated([name])
        guard let declaration = try declaration(for: target, name: name, path: [name]) else {
            referencedTypes[key] = nil
            return false
        }
        topLevelDeclarations.append(declaration)
        return true
    }

    /// The inline object a schema is no more than: the one `allOf` member that says something, when
    /// the schema adds nothing beside it but words. Nil for every other schema.
    private func soleInlineMember(of schema: Schema) -> Schema? {
        guard schema.ref == nil, !needsDeclaration(schema), !schema.hasConstraints, !isNullable(schema),
              let members = schema.allOf, case let typed = Self.typedMembers(members), typed.count == 1,
              var member = typed.first, member.ref == nil, needsDeclaration(member), !isNullable(member),
              declarationPaths[member.location] == nil, sharedShapes.keys[member.location] == nil else { return nil }
        member.title = member.title ?? schema.title
        member.description = member.description ?? schema.description
        member.deprecated = member.deprecated || schema.deprecated
        return member
    }

    /// Claims a type name in `scope`.
    ///
    /// A nested type never takes the name of a top-level type, and the other way round: inside
    /// the nested type's parent, the name would mean the nested type, and every reference there to
    /// the top-level type would silently change meaning (or become recursive). A nested name
    /// a sibling or a top-level type already has is said with its parent's name first (`Status`
    /// in `Charge` → `ChargeStatus`) before it gets a number; one that repeats an enclosing type's
    /// name gets a number (`Commit.Commit2`).
    mutating func claimTypeName(_ hint: String, in scope: inout TypeScope) -> String {
        let candidate = SwiftName.type(hint)
        guard !scope.path.isEmpty else { return claimTopLevelName(candidate) }
        var name = candidate
        // Context helps against a sibling or a top-level type, not against an enclosing type's name:
        // `A` in `A` in `A` would grow `AA`, `AAA`… where numbers stay short.
        if scope.namer.isTaken(name) || topLevelNamer.isTaken(name), !scope.path.contains(candidate),
           let context = Self.contextNames(hint, in: scope.path).first(where: { !scope.namer.isTaken($0) && !topLevelNamer.isTaken($0) }) {
            name = context
        }
        name = scope.namer.claim(name)
        while topLevelNamer.isTaken(name) { name = scope.namer.claim(candidate) }
        nestedTypeNames.insert(name)
        return name
    }

    /// Claims a top-level type name that no nested type uses.
    mutating func claimTopLevelName(_ candidate: String) -> String {
        var name = topLevelNamer.claim(candidate)
        while nestedTypeNames.contains(name) { name = topLevelNamer.claim(candidate) }
        return name
    }

    /// `hint` said with the names of the types enclosing it, nearest first, leaving out those that
    /// are the same word: `status` in `Charge` → `ChargeStatus`; `card` in `Request.Card` →
    /// `RequestCard`. Empty at the top level.
    static func contextNames(_ hint: String, in path: [String]) -> [String] {
        let candidate = SwiftName.type(hint)
        return path.reversed().filter { $0 != candidate }.map { SwiftName.type($0 + " " + hint) }
    }

    /// Claims `candidate` at the top level if it is free, else `context` (the name said with the
    /// words of where it is used) if that is free, and only then `candidate` with a number.
    mutating func claimTopLevelName(_ candidate: String, orInContext context: String?) -> String {
        if let context, !isFreeTopLevelName(candidate), isFreeTopLevelName(context) {
            return claimTopLevelName(context)
        }
        return claimTopLevelName(candidate)
    }

    /// Whether a top-level type could take `name` as it is.
    func isFreeTopLevelName(_ name: String) -> Bool {
        !topLevelNamer.isTaken(name) && !nestedTypeNames.contains(name)
    }

    /// Adds a declaration to `scope` (or to the top level).
    mutating func add(_ declaration: IRDeclaration, to scope: inout TypeScope) {
        if scope.path.isEmpty {
            topLevelDeclarations.append(declaration)
        } else {
            scope.nested.append(declaration)
        }
    }
}
