import Diagnostics
import Emitters
import Foundation
import IR
import Resolver
import ValidationKeywordsModels

// The Swift side of the differential test (Scripts/validation/differential.py): the schemas the
// validators emitter writes for a spec, read by the generated runtime's `JSONSchema` (compiled here
// from the validation-keywords golden), checking raw JSON exactly as generated code does.
//
//   specsmith-validation-harness list SPEC
//       one JSON line per schema with a generated type: {"source": "file#/pointer", "type": "Name"}
//   specsmith-validation-harness validate SPEC INSTANCES.jsonl
//       reads {"source": …, "instance": …} lines, writes {"valid": …, "violations": […]} lines

/// The runtime schemas of one spec, by type name, made on first use so `$ref`s can point anywhere.
final class SchemaTable: @unchecked Sendable {
    // @unchecked: `lock` guards `made`; the texts never change.
    private let texts: [String: String]
    private var made: [String: JSONSchema] = [:]
    private let lock = NSLock()

    init(module: IRModule) {
        texts = module.validationSchemas.mapValues(ValidatorsEmitter.schemaText)
    }

    func schema(named name: String) -> JSONSchema {
        if let schema = lock.withLock({ made[name] }) { return schema }
        let json = (try? JSONDecoder().decode(JSONValue.self, from: Data((texts[name] ?? "false").utf8))) ?? .bool(false)
        var references: [String: JSONSchema.Reference] = [:]
        collectReferences(in: json, into: &references)
        // The oracle knows nothing of OpenAPI's discriminator, so compare plain JSON Schema semantics.
        let schema = JSONSchema(withoutDiscriminators(json), references: references)
        lock.withLock { made[name] = schema }
        return schema
    }

    private func collectReferences(in json: JSONValue, into references: inout [String: JSONSchema.Reference]) {
        switch json {
        case .object(let members):
            if let name = members["$ref"]?.stringValue { references[name] = { [self] in schema(named: name) } }
            for member in members.values { collectReferences(in: member, into: &references) }
        case .array(let elements):
            for element in elements { collectReferences(in: element, into: &references) }
        default:
            break
        }
    }

    /// The schema without OpenAPI's `discriminator` keyword, wherever a schema can be. Only schema
    /// positions are walked: a property, an `enum` value or a `const` member named `discriminator`
    /// is data, and stays.
    private func withoutDiscriminators(_ schema: JSONValue) -> JSONValue {
        guard case .object(let members) = schema else { return schema }
        var result: [String: JSONValue] = [:]
        for (keyword, value) in members where keyword != "discriminator" {
            switch keyword {
            case "properties", "patternProperties", "dependentSchemas", "$defs":
                result[keyword] = value.objectValue.map { .object($0.mapValues(withoutDiscriminators)) } ?? value
            case "allOf", "anyOf", "oneOf", "prefixItems":
                result[keyword] = value.arrayValue.map { .array($0.map(withoutDiscriminators)) } ?? value
            case "items", "additionalProperties", "not", "if", "then", "else", "propertyNames", "contains",
                 "unevaluatedProperties", "unevaluatedItems":
                result[keyword] = withoutDiscriminators(value)
            default:
                result[keyword] = value
            }
        }
        return .object(result)
    }
}

struct Request: Decodable {
    let source: String
    let instance: JSONValue
}

struct Outcome: Encodable {
    let valid: Bool
    let violations: [String]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, ["list", "validate"].contains(arguments[1]) else {
    fail("usage: specsmith-validation-harness list SPEC | validate SPEC INSTANCES.jsonl")
}
let module: IRModule
do {
    let spec = try LoadedSpec.load(path: arguments[2])
    module = try ModelBuilder.build(spec).0
} catch {
    fail("\(arguments[2]): \(error)")
}
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
var output = Data()
if arguments[1] == "list" {
    for (source, type) in module.referencedSchemaTypes.sorted(by: { $0.key < $1.key }) where module.validationSchemas[type] != nil {
        output += (try? encoder.encode(["source": source, "type": type])) ?? Data()
        output += Data("\n".utf8)
    }
} else {
    guard arguments.count == 4, let input = FileManager.default.contents(atPath: arguments[3]) else { fail("cannot read the instances") }
    let table = SchemaTable(module: module)
    let decoder = JSONDecoder()
    for line in input.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        guard let request = try? decoder.decode(Request.self, from: Data(line)) else { fail("not an instance line: \(String(decoding: line, as: UTF8.self))") }
        guard let type = module.referencedSchemaTypes[request.source] else { fail("no generated type for \(request.source)") }
        let violations = table.schema(named: type).violations(json: request.instance)
        output += (try? encoder.encode(Outcome(valid: violations.isEmpty, violations: violations.map(\.description)))) ?? Data()
        output += Data("\n".utf8)
    }
}
FileHandle.standardOutput.write(output)
