import Foundation
import Testing

/// The pipeline's modules import only what Package.swift says they depend on, so the one-way graph
/// written there is the one the code has (SwiftPM would let a module import any module its
/// dependencies depend on, and the graph would rot without anyone noticing).
@Suite struct ModuleGraphTests {
    static let pipeline = ["Diagnostics", "YAMLReader", "OpenAPIModel", "Resolver", "IR", "Emitters", "Generator", "generate"]
    /// Modules that come with the toolchain rather than from the package's graph.
    static let system: Set<String> = ["Foundation", "FoundationNetworking", "Glibc", "Darwin", "Testing"]

    /// Each target's declared dependencies, read from Package.swift: every quoted name in its
    /// `dependencies:` list (a product's name is the module it provides).
    static func declaredDependencies() throws -> [String: Set<String>] {
        let manifest = try String(contentsOf: FixturePaths.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let target = try Regex(#"name: "(\w+)",\s*(?:path: "[^"]*",\s*)?dependencies: \[([^\]]*)\]"#)
        let quoted = try Regex(#""([^"]+)""#)
        var result: [String: Set<String>] = [:]
        for match in manifest.matches(of: target) {
            guard let name = match.output[1].substring, let list = match.output[2].substring else { continue }
            result[String(name)] = Set(list.matches(of: quoted).compactMap { $0.output[1].substring.map(String.init) })
        }
        return result
    }

    /// The modules imported anywhere in `Sources/<module>`.
    static func imports(of module: String) throws -> Set<String> {
        let folder = FixturePaths.packageRoot.appendingPathComponent("Sources/\(module)")
        let importLine = try Regex(#"(?m)^(?:@[\w]+(?:\([^)]*\))? )*(?:public |package |internal )?import (\w+)"#)
        var result: Set<String> = []
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: importLine) {
                if let name = match.output[1].substring { result.insert(String(name)) }
            }
        }
        return result
    }

    @Test(arguments: pipeline)
    func importsAreDeclared(module: String) throws {
        let declared = try Self.declaredDependencies()[module] ?? []
        let undeclared = try Self.imports(of: module).subtracting(declared).subtracting(Self.system)
        #expect(undeclared.isEmpty, "\(module) imports \(undeclared.sorted()) without declaring them in Package.swift")
    }

    @Test func theIRSeesTheModelAndNotHowItWasRead() throws {
        #expect(try !Self.imports(of: "IR").contains("YAMLReader"))
        #expect(try !Self.declaredDependencies()["IR", default: []].contains("YAMLReader"))
    }

    @Test func theCommandLineSeesOnlyTheGenerator() throws {
        let inner = Set(Self.pipeline).subtracting(["Generator", "Diagnostics", "generate"])
        #expect(try Self.imports(of: "generate").isDisjoint(with: inner))
    }
}
