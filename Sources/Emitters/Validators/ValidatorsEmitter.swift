import Diagnostics
import IR

/// Writes the validators: each model's file gets its JSON Schema (and those of the types nested in
/// it) appended, making them `Validatable`, and `ValidationSupport.swift` holds the one interpreter
/// that checks values against those schemas.
///
/// Per type, only the schema is generated (as JSON Schema text, read once at first use), never
/// checking code: a big spec's ~800 types stay small, and typed and raw-JSON validation cannot
/// disagree because one interpreter does both. A struct with members that can fail also gets a
/// `validationMembers(into:)` listing them (see `HandedOverMembers`), so typed validation reads
/// them without an encoder. The schemas go into the models' files rather than
/// files of their own because every file costs the compiler: GitHub's SDK type-checked in 4m47s with
/// a validator file per type and in 1m59s with the same code in the model files (debug build, 2 cores).
public struct ValidatorsEmitter {
    public let templates: TemplateSet
    public let access: AccessModifier
    public let specFile: String

    public init(templates: TemplateSet, access: AccessModifier, specFile: String) {
        self.templates = templates
        self.access = access
        self.specFile = specFile
    }

    /// `models` (as `ModelsEmitter` writes them) with each type's schemas appended to its file, and
    /// `ValidationSupport.swift`.
    public func emit(_ module: IRModule, models: [GeneratedFile]) throws(Diagnostic) -> [GeneratedFile] {
        var files = models
        var indexByPath: [String: Int] = [:]
        for (index, file) in files.enumerated() { indexByPath[file.path] = indexByPath[file.path] ?? index }
        let members = HandedOverMembers(schemas: module.validationSchemas, aliases: AliasTargets(module))
        for declaration in module.declarations {
            let entries = Self.declarations(in: declaration, under: []).compactMap { path, nested in
                module.validationSchemas[path.joined(separator: ".")].map { entry(for: $0, of: nested, in: module, members: members) }
            }
            guard !entries.isEmpty, let index = indexByPath[ModelsEmitter.path(of: declaration)] else { continue }
            files[index].contents += "\n" + (try templates.render("validation", ValidationContext(entries: entries)))
        }
        files.append(try RuntimeFile.render(.validation, access: access, header: templates.renderRuntimeHeader(specFile: specFile)))
        return files
    }

    /// The schema's text as the generated code writes it, for tools that check it without compiling
    /// generated code (the differential test against an independent validator).
    public static func schemaText(_ schema: IRValidationSchema) -> String {
        SchemaTextLayout.lines(for: schema.json).joined(separator: "\n")
    }

    /// A declaration and every type nested in it, parents first, each with its Swift path.
    static func declarations(in declaration: IRDeclaration, under parent: [String]) -> [(path: [String], declaration: IRDeclaration)] {
        let path = parent + [declaration.name]
        let nested: [IRDeclaration]
        switch declaration {
        case .structure(let structure): nested = structure.nested
        case .union(let union): nested = union.nested
        case .enumeration, .alias: nested = []
        }
        return [(path, declaration)] + nested.flatMap { declarations(in: $0, under: path) }
    }

    private func entry(for schema: IRValidationSchema, of declaration: IRDeclaration, in module: IRModule,
                       members: HandedOverMembers) -> ValidationEntryContext {
        let memberName: SwiftCode = schema.isAlias ? SwiftText.identifier(schema.name) : "jsonSchema"
        let schemaLines = Self.declarationLines(
            of: schema, opening: "\(access.code) static let \(memberName): JSONSchema = JSONSchema(json: ",
            schemas: module.validationSchemas)
        var membersLines: [SwiftCode] = []
        if case .structure(let structure) = declaration, !schema.isAlias {
            membersLines = members.lines(for: structure, schema: schema, access: access)
        }
        return ValidationEntryContext(
            access: access.code, typeName: SwiftText.typePath(schema.name), isAlias: schema.isAlias, memberName: memberName,
            declarationLines: schemaLines, hasMembersLines: !membersLines.isEmpty, membersLines: membersLines)
    }

    /// `opening` (`static let jsonSchema: JSONSchema = JSONSchema(json: `) followed by the schema's JSON
    /// text in a raw string literal and the schemas its `$ref`s name (found in `schemas`), line by line.
    static func declarationLines(of schema: IRValidationSchema, opening: SwiftCode, schemas: [String: IRValidationSchema]) -> [SwiftCode] {
        let references: [SwiftCode] = schema.references.map { name in
            let isAlias = schemas[name]?.isAlias ?? false
            return "    \(SwiftText.stringLiteral(name)): { \(Self.schemaExpression(for: name, isAlias: isAlias)) },"
        }
        let referencesOpening: SwiftCode = references.isEmpty ? ")" : ", references: ["
        var declaration: [SwiftCode]
        if let oneLine = SchemaTextLayout.inline(schema.json, ifAtMost: 72) {
            // Short schemas (enums, mostly) on one line keep big specs' files small. `#` only occurs
            // inside JSON strings, the same in either layout, so the one line gives the same delimiter.
            let delimiter = SwiftText.rawStringDelimiter(for: [oneLine])
            declaration = ["\(opening)\(delimiter)\"\(SwiftText.rawStringContent(oneLine, delimiter: delimiter))\"\(delimiter)\(referencesOpening)"]
        } else {
            let lines = SchemaTextLayout.lines(for: schema.json)
            let delimiter = SwiftText.rawStringDelimiter(for: lines)
            declaration = ["\(opening)\(delimiter)\"\"\""]
            declaration += lines.map { "    \(SwiftText.rawStringContent($0, delimiter: delimiter))" }
            declaration.append("    \"\"\"\(delimiter)\(referencesOpening)")
        }
        if !references.isEmpty { declaration += references + ["])"] }
        return declaration
    }

    /// Where the schema of the type named `name` is: on the type, or in `JSONSchemas` for a typealias.
    public static func schemaExpression(for name: String, isAlias: Bool) -> SwiftCode {
        isAlias ? "JSONSchemas.\(SwiftText.identifier(name))" : "\(SwiftText.typePath(name)).jsonSchema"
    }
}
