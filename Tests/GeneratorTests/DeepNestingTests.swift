import Foundation
import Generator
import Testing

/// Nested schemas within the default limits generate instead of overflowing the stack: the later
/// stages recurse once per level, and 150 levels used to crash the main thread's 8 MB stack.
@Suite struct DeepNestingTests {
    @Test func schemasNested160DeepGenerate() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("DeepNestingTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var schema = "{type: string}"
        for _ in 0..<160 { schema = "{type: object, properties: {a: \(schema)}}" }
        let spec = directory.appendingPathComponent("deep.yaml")
        try Data("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Deep: \(schema)\n".utf8)
            .write(to: spec)

        let generation = try SpecsmithGenerator.generate(specPath: spec.path)

        let deep = try #require(generation.files.first { $0.path == "Models/Deep.swift" })
        // Deep, then 159 levels of nested types (A, A2, A3, …), each declared inside the one before.
        #expect(deep.contents.components(separatedBy: "public struct A").count - 1 == 159)
        #expect(deep.contents.contains("public struct A159: Codable"))
    }
}
