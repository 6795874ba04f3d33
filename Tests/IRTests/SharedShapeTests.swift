import Diagnostics
import Foundation
import IR
import Resolver
import Testing
import YAMLReader

/// Inline schemas written more than once with one shape get one type (Stripe's 4 MB spec repeats
/// the same filter object, address and `enum: [""]` hundreds of times), and names taken already
/// are said with their context before they get a number.
@Suite struct SharedShapeTests {
    static func build(_ schemas: String, paths: String = "{}", file: String = "spec.yaml") throws -> IRModule {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: \(paths)
            components:
              schemas:
            \(schemas)

            """
        let spec = try LoadedSpec.load(root: try YAMLParser.parse(yaml, file: file), file: file)
        return try ModelBuilder.build(spec).0
    }

    static func properties(of name: String, in module: IRModule) -> [String: IRTypeReference] {
        for case .structure(let structure) in module.declarations where structure.name == name {
            return Dictionary(uniqueKeysWithValues: structure.properties.map { ($0.jsonName, $0.type.nonOptional) })
        }
        return [:]
    }

    static let filters = """
            Charges:
              type: object
              properties:
                created:
                  anyOf:
                    - {title: range_query_specs, type: object, properties: {gt: {type: integer}, lt: {type: integer}}}
                    - {type: integer}
                metadata:
                  anyOf: [{type: object, additionalProperties: {type: string}}, {type: string, enum: ['']}]
            Refunds:
              type: object
              properties:
                created:
                  description: Words about refunds do not make another shape.
                  anyOf:
                    - {title: range_query_specs, type: object, properties: {gt: {type: integer}, lt: {type: integer}}}
                    - {type: integer}
                tax_rates:
                  anyOf: [{type: array, items: {type: string}}, {type: string, enum: ['']}]
        """

    @Test func repeatedInlineShapesAreDeclaredOnceAtTheTopLevel() throws {
        let module = try Self.build(Self.filters)
        let charges = Self.properties(of: "Charges", in: module)
        let refunds = Self.properties(of: "Refunds", in: module)
        #expect(charges["created"] == .generated(["Created"]))
        #expect(refunds["created"] == .generated(["Created"]))
        // The `enum: ['']` of two differently named fields is one type, named after its value;
        // the object inside `Created` is declared once with it, so it stays nested there.
        #expect(module.declarations.map(\.name) == ["Created", "EmptyString", "Charges", "Refunds"])
        for case .union(let created) in module.declarations where created.name == "Created" {
            #expect(created.nested.map(\.name) == ["RangeQuerySpecs"])
        }
        for case .structure(let structure) in module.declarations where ["Charges", "Refunds"].contains(structure.name) {
            // Each writes its own union once: those stay nested, with the shared `EmptyString` inside.
            #expect(structure.nested.count == 1)
        }
    }

    @Test func sharedNamesDoNotDependOnAnythingButTheSpec() throws {
        let first = try Self.build(Self.filters)
        let second = try Self.build(Self.filters)
        #expect(first.declarations.map(\.name) == second.declarations.map(\.name))
    }

    @Test func aShapeWrittenOnceStaysNested() throws {
        let module = try Self.build("""
                Pet:
                  type: object
                  properties:
                    owner: {type: object, properties: {name: {type: string}}}
                    tag: {type: object, properties: {label: {type: string}}}
            """)
        #expect(Self.properties(of: "Pet", in: module)["owner"] == .generated(["Pet", "Owner"]))
        #expect(module.declarations.map(\.name) == ["Pet"])
    }

    @Test func anExpandableUnionIsNamedAfterItsAlternativesWhenItsFieldNameIsTaken() throws {
        let module = try Self.build("""
                Customer: {type: object, properties: {id: {type: string}}}
                Charge:
                  type: object
                  properties:
                    customer: {anyOf: [{type: string, maxLength: 5000}, {$ref: '#/components/schemas/Customer'}]}
                Invoice:
                  type: object
                  properties:
                    customer: {anyOf: [{type: string, maxLength: 5000}, {$ref: '#/components/schemas/Customer'}]}
            """)
        #expect(Self.properties(of: "Charge", in: module)["customer"] == .generated(["StringOrCustomer"]))
        #expect(Self.properties(of: "Invoice", in: module)["customer"] == .generated(["StringOrCustomer"]))
    }

    @Test func aNestedNameTakenAtTheTopLevelIsSaidWithItsParent() throws {
        let module = try Self.build("""
                Status: {type: string, enum: [a, b]}
                Charge:
                  type: object
                  properties:
                    status: {type: string, enum: [paid, failed]}
            """)
        #expect(Self.properties(of: "Charge", in: module)["status"] == .generated(["Charge", "ChargeStatus"]))
    }

    @Test func aComponentThatIsAnAllOfOfOneInlineObjectIsThatObject() throws {
        let module = try Self.build("""
                SignTemplate:
                  description: A template.
                  type: object
                  allOf:
                    - {properties: {id: {type: string}}}
            """)
        #expect(module.declarations.map(\.name) == ["SignTemplate"])
        guard case .structure(let template)? = module.declarations.first else {
            Issue.record("SignTemplate is not a struct: \(module.declarations)")
            return
        }
        #expect(template.properties.map(\.jsonName) == ["id"])
        #expect(template.documentation.lines == ["A template."])
    }

    @Test func aComponentThatPointsIntoAnotherFileNamesWhatItPointsAt() throws {
        try withTemporaryDirectory { directory in
            let place = "type: object\nproperties:\n  name: {type: string}\n"
            try Data(place.utf8).write(to: directory.appendingPathComponent("Place.yml"))
            let root = """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Found:
                      type: object
                      properties:
                        place: {$ref: './Place.yml'}
                    Place: {$ref: './Place.yml'}

                """
            let path = directory.appendingPathComponent("spec.yaml").path
            try Data(root.utf8).write(to: URL(fileURLWithPath: path))
            let module = try ModelBuilder.build(try LoadedSpec.load(path: path)).0
            // Not `typealias Place = Place2`: the file's schema is declared once, as `Place`.
            #expect(module.declarations.map(\.name).sorted() == ["Found", "Place"])
            #expect(Self.properties(of: "Found", in: module)["place"] == .generated(["Place"]))
        }
    }

    @Test func aResponseInComponentsIsOneTypeNamedAfterItself() throws {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses: {'200': {description: OK}, '401': {$ref: '#/components/responses/Unauthorized'}}
              /b:
                get:
                  operationId: getB
                  responses: {'200': {description: OK}, '401': {$ref: '#/components/responses/Unauthorized'}}
            components:
              responses:
                Unauthorized:
                  description: No.
                  content: {application/json: {schema: {type: object, properties: {error: {type: string}}}}}

            """
        let spec = try LoadedSpec.load(root: try YAMLParser.parse(yaml, file: "spec.yaml"), file: "spec.yaml")
        let module = try ModelBuilder.build(spec).0
        #expect(module.declarations.map(\.name) == ["UnauthorizedResponse"])
        let types = module.operations.flatMap { $0.responses.compactMap(\.type) }
        #expect(types == [.generated(["UnauthorizedResponse"]), .generated(["UnauthorizedResponse"])])
    }
}

private func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("SharedShapeTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try body(directory)
}
