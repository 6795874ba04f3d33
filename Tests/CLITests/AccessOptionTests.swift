import Foundation
import Testing

/// `--access` sets the access level of every generated declaration, and the result compiles.
@Suite struct AccessOptionTests {
    @Test func internalHasNoPublicDeclarations() throws {
        let temp = try TemporaryDirectory()
        let result = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--access", "internal"], in: temp)
        try #require(result.status == 0, "\(result)")

        for file in PackagePaths.pictifyFiles {
            let text = try temp.read("out/\(file)")
            #expect(!text.contains("public "), "\(file) has public declarations")
            #expect(!text.contains("package "), "\(file) has package declarations")
        }
        let binding = try temp.read("out/Models/Binding.swift")
        #expect(binding.contains("\ninternal struct Binding: ") || binding.contains("\nstruct Binding: "))
        try expectCompiles("out", in: temp)
    }

    @Test func packageUsesPackage() throws {
        let temp = try TemporaryDirectory()
        let result = try CLI.run([PackagePaths.pictifySpec.path, "--output", "out", "--access", "package"], in: temp)
        try #require(result.status == 0, "\(result)")

        let binding = try temp.read("out/Models/Binding.swift")
        #expect(binding.contains("package struct Binding: "))
        #expect(binding.contains("package var status: Binding.Status?"))
        for file in PackagePaths.pictifyFiles {
            #expect(!(try temp.read("out/\(file)")).contains("public "), "\(file) has public declarations")
        }
        #expect(try temp.read("out/ClientSupport.swift").contains("\npackage struct HTTPHeaders: "))
        try expectCompiles("out", in: temp)
    }
}

/// Type-checks the generated folder in Swift 6 mode with warnings as errors.
func expectCompiles(_ folder: String, in temp: TemporaryDirectory, sourceLocation: SourceLocation = #_sourceLocation) throws {
    guard let result = try Swiftc.typecheck(folder, in: temp) else { return }
    #expect(result.status == 0, "generated code does not compile: \(result)", sourceLocation: sourceLocation)
}
