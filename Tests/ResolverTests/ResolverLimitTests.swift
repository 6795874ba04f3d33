import Diagnostics
import Foundation
import OpenAPIModel
import Resolver
import Testing
import YAMLReader

/// The limits the resolver enforces: references followed, and nodes over every file of a spec.
@Suite struct ResolverLimitTests {
    /// Three schemas, each a reference to the next, and a fourth at the end of the chain.
    private static let chain = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        components:
          schemas:
            A: {$ref: '#/components/schemas/B'}
            B: {$ref: '#/components/schemas/C'}
            C: {$ref: '#/components/schemas/D'}
            D: {type: string}

        """

    private func loadErrors(_ yaml: String, limits: SpecLimits) throws -> [String] {
        let root = try YAMLParser.parse(yaml, file: testFile)
        do {
            _ = try LoadedSpec.load(root: root, file: testFile, limits: limits)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func referencesWithinTheLimitResolve() throws {
        #expect(try loadErrors(Self.chain, limits: SpecLimits(maxReferences: 100)) == [])
    }

    @Test func oneReferenceTooManyIsALocatedError() throws {
        // Checking A follows A → B → C → D (3); checking that chain for structure follows A's `$ref` a fourth time.
        // Every later follow fails too, but only the first is reported.
        let errors = try loadErrors(Self.chain, limits: SpecLimits(maxReferences: 3))
        #expect(errors == [
            "spec.yaml:5:15: error: more than 3 '$ref's followed; refusing to follow more (is this a reference bomb?); "
                + "raise the limit with --max-references N or 'limits: {maxReferences: N}' in specsmith-config.yaml",
        ])
    }

    @Test func defaultReferenceLimit() {
        #expect(SpecLimits.default.maxReferences == 1_000_000)
        #expect(SpecLimits.default.reader == YAMLReaderLimits.default)
    }

    /// The root's nodes and a referenced file's count together: a spec split into many files
    /// cannot hold more than one file could.
    @Test func nodeLimitCountsEveryFile() throws {
        try withTemporaryDirectory { directory in
            let rootPath = try write(
                "openapi: 3.1.0\ninfo: {title: T, version: '1'}\ncomponents:\n  schemas:\n    Pet: {$ref: 'pet.yaml#/Pet'}\n",
                to: "root.yaml", in: directory)
            try write("Pet:\n  type: object\n  properties:\n    name: {type: string}\n", to: "pet.yaml", in: directory)
            // The root holds 17 nodes (keys, values, mappings) and pet.yaml 11 more.
            let fits = SpecLimits(reader: YAMLReaderLimits(maxNodes: 28))
            #expect(throws: Never.self) { try LoadedSpec.load(path: rootPath, limits: fits) }
            let tight = SpecLimits(reader: YAMLReaderLimits(maxNodes: 27))
            let error = try #require(throws: DiagnosticsError.self) { try LoadedSpec.load(path: rootPath, limits: tight) }
            #expect(error.diagnostics.map(\.message) == [
                "in the file referenced by 'pet.yaml#/Pet': the spec holds more than 27 nodes (scalars, sequences and mappings); "
                    + "raise the limit with --max-nodes N or 'limits: {maxNodes: N}' in specsmith-config.yaml",
            ])
            #expect(error.diagnostics.first?.location?.line == 4)
        }
    }
}
