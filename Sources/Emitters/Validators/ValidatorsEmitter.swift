import Diagnostics
import IR

/// Writes the validators: for each top-level type a file `Validators/<Type>+Validation.swift` that
/// gives it (and each type nested in it) its JSON Schema, and `ValidationSupport.swift`, the one
/// interpreter that checks values against those schemas.
///
/// Per type, only the schema is generated (as JSON Schema text, read once at first use), never
/// checking code: a big spec's ~800 types stay small, and typed and raw-JSON validation cannot
/// disagree because one interpreter does both. Separate files from the models keep the models
/// unchanged when validators are not generated.
public struct ValidatorsEmitter {
    public let templates: TemplateSet
    public let access: AccessModifier
    public let specFile: String

    public init(templates: TemplateSet, access: AccessModifier, specFile: String) {
        self.templates = templates
        self.access = access
        self.specFile = specFile
    }

    public func emit(_ module: IRModule) throws(Diagnostic) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        for declaration in module.declarations {
            let entries = Self.paths(of: declaration, under: []).compactMap { path in
                module.validationSchemas[path.joined(separator: ".")].map { entry(for: $0, in: module) }
            }
            guard !entries.isEmpty else { continue }
            let context = ValidationFileContext(specFile: specFile, entries: entries)
            files.append(GeneratedFile(
                path: "Validators/\(declaration.name)+Validation.swift", contents: try templates.render("Validation.swift", context)))
        }
        let support = try templates.render("ValidationSupport.swift", SupportFileContext(specFile: specFile, access: access.rawValue))
        files.append(GeneratedFile(path: "ValidationSupport.swift", contents: try templates.renderHeader(specFile: specFile) + support))
        return files
    }

    /// The schema's text as the generated code writes it, for tools that check it without compiling
    /// generated code (the differential test against an independent validator).
    public static func schemaText(_ schema: IRValidationSchema) -> String {
        SchemaTextLayout.lines(for: schema.json).joined(separator: "\n")
    }

    /// The Swift paths of a declaration and of every type nested in it, parents first.
    static func paths(of declaration: IRDeclaration, under parent: [String]) -> [[String]] {
        let path = parent + [declaration.name]
        let nested: [IRDeclaration]
        switch declaration {
        case .structure(let structure): nested = structure.nested
        case .union(let union): nested = union.nested
        case .enumeration, .alias: nested = []
        }
        return [path] + nested.flatMap { paths(of: $0, under: path) }
    }

    private func entry(for schema: IRValidationSchema, in module: IRModule) -> ValidationEntryContext {
        let memberName = schema.isAlias ? SwiftName.escapedIfReserved(schema.name, as: .member) : "jsonSchema"
        let references = schema.references.map { name in
            let isAlias = module.validationSchemas[name]?.isAlias ?? false
            return "    \(SwiftLiteral.string(name)): { \(Self.schemaExpression(for: name, isAlias: isAlias)) },"
        }
        let lines = SchemaTextLayout.lines(for: schema.json)
        let delimiter = SchemaTextLayout.rawDelimiter(for: lines)
        let opening = "\(access.rawValue) static let \(memberName): JSONSchema = JSONSchema(json: "
        let referencesOpening = references.isEmpty ? ")" : ", references: ["
        var declaration: [String]
        let oneLine = SchemaTextLayout.inline(schema.json)
        if oneLine.count <= 72 {
            // Short schemas (enums, mostly) on one line keep big specs' files small.
            declaration = [opening + delimiter + "\"" + oneLine + "\"" + delimiter + referencesOpening]
        } else {
            declaration = [opening + delimiter + "\"\"\""]
            declaration += lines.map { "    " + $0 }
            declaration.append("    \"\"\"" + delimiter + referencesOpening)
        }
        if !references.isEmpty { declaration += references + ["])"] }
        return ValidationEntryContext(
            access: access.rawValue, typeName: schema.name, isAlias: schema.isAlias, memberName: memberName,
            declarationLines: declaration)
    }

    /// Where the schema of the type named `name` is: on the type, or in `JSONSchemas` for a typealias.
    static func schemaExpression(for name: String, isAlias: Bool) -> String {
        isAlias ? "JSONSchemas.\(SwiftName.escapedIfReserved(name, as: .member))" : "\(name).jsonSchema"
    }
}
