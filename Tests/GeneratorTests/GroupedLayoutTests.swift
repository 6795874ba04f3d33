import Emitters
import Foundation
import Generator
import Testing

/// The `grouped` layout (the default): big types keep a file each, small ones share one per
/// initial, and nothing is lost or written twice.
@Suite struct GroupedLayoutTests {
    private static let modelFeatures = FixturePaths.fixtures.appendingPathComponent("model-features/model-features.yaml").path
    private static let pictify = FixturePaths.fixtures.appendingPathComponent("pictify-bindings/pictify-bindings.yaml").path

    private func generate(_ spec: String, layout: FileLayout) throws -> [GeneratedFile] {
        var options = GeneratorOptions()
        options.layout = layout
        return try SpecsmithGenerator.generate(specPath: spec, options: options).files
    }

    private func lineCount(_ text: String) -> Int {
        text.utf8.count(where: { $0 == UInt8(ascii: "\n") })
    }

    @Test func isTheDefault() {
        #expect(GeneratorOptions().layout == .grouped)
    }

    @Test func groupPrefixesFoldCaseAndKeepFileNamesPlain() {
        #expect(GroupedLayout.groupPrefix(of: "Binding", length: 1) == "B")
        #expect(GroupedLayout.groupPrefix(of: "binding", length: 1) == "B", "one file for either case, as case-insensitive file systems need")
        #expect(GroupedLayout.groupPrefix(of: "PaymentIntent", length: 3) == "Pay")
        #expect(GroupedLayout.groupPrefix(of: "PAYMENT", length: 3) == "Pay")
        #expect(GroupedLayout.groupPrefix(of: "P_2x", length: 3) == "P_2")
        #expect(GroupedLayout.groupPrefix(of: "Pé", length: 3) == "P__", "each byte of another script counts as _")
        #expect(GroupedLayout.groupPrefix(of: "_2FA", length: 1) == "Other")
        #expect(GroupedLayout.groupPrefix(of: "Ärger", length: 2) == "Other")
        #expect(GroupedLayout.groupPrefix(of: "Pa", length: 3) == nil)
        #expect(GroupedLayout.groupPrefix(of: "", length: 1) == nil)
        #expect(GroupedLayout.groupFileName(prefix: "Pay") == "Pay+Types.swift")
    }

    @Test func aBigGroupIsSplitByLongerPrefixes() throws {
        // 300 small objects starting with P, about 40 lines each: far over the group limit.
        let names = (0..<100).flatMap { ["Payment\($0)", "Person\($0)", "Plan\($0)"] }
        let schemas = names.map { "    \($0): {type: object, properties: {id: {type: string}, note: {type: string}}}" }
        let spec = "openapi: 3.1.0\ninfo: {title: Many, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n" + schemas.joined(separator: "\n") + "\n"
        let (generation, _) = try UnsupportedConstructTests.generate(spec, options: GeneratorOptions())
        let groups = generation.files.filter { $0.path.hasPrefix("Models/") }
        #expect(groups.allSatisfy { $0.path.hasSuffix("+Types.swift") }, "every type is small")
        // Each of Pa…, Pe…, Pl… fits (100 types of about 40 lines), so P splits once.
        #expect(groups.map(\.path) == ["Models/Pa+Types.swift", "Models/Pe+Types.swift", "Models/Pl+Types.swift"])
        for file in groups {
            #expect(lineCount(file.contents) <= GroupedLayout.groupLineLimit + 200, "\(file.path) fits, give or take its marks")
            let prefix = String(file.path.dropFirst("Models/".count).dropLast("+Types.swift".count))
            let members = file.contents.split(separator: "\n").filter { $0.hasPrefix("// MARK: - ") }.map { String($0.dropFirst("// MARK: - ".count)) }
            #expect(!members.isEmpty)
            #expect(members.allSatisfy { GroupedLayout.groupPrefix(of: $0, length: prefix.utf8.count) == prefix }, "\(file.path) holds \(members)")
        }
        let placed = groups.flatMap { $0.contents.split(separator: "\n").filter { $0.hasPrefix("// MARK: - ") } }
        #expect(placed.count == names.count, "each type is in one group")
        #expect(Set(placed).count == names.count)
    }

    @Test(arguments: [modelFeatures, pictify])
    func everyTypeIsInItsOwnFileOrItsInitialsGroup(spec: String) throws {
        let perType = try generate(spec, layout: .perType)
        let grouped = try generate(spec, layout: .grouped)
        var expectedPaths: Set<String> = []
        for file in perType {
            let isModel = file.path.hasPrefix("Models/")
            let isSmall = lineCount(file.contents) < GroupedLayout.smallTypeLineLimit
            guard isModel && isSmall else {
                // Big types, the client and the runtime support are written as they are.
                #expect(grouped.contains(file), "\(file.path) is unchanged")
                expectedPaths.insert(file.path)
                continue
            }
            let name = String(file.path.dropFirst("Models/".count).dropLast(".swift".count))
            // The fixtures' groups are under the limit, so each is one initial's.
            let groupPath = "Models/" + GroupedLayout.groupFileName(prefix: GroupedLayout.groupPrefix(of: name, length: 1) ?? "Other")
            expectedPaths.insert(groupPath)
            let holders = grouped.filter { $0.path.hasPrefix("Models/") && $0.contents.contains("// MARK: - \(name)\n") }.map(\.path)
            #expect(holders == [groupPath], "\(name) is in \(holders)")
            // The text after the header and the imports, which the group writes once at its top.
            let body = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
                .drop { $0.hasPrefix("// Generated by") || $0.hasPrefix("import ") || $0.isEmpty }
                .joined(separator: "\n")
            let group = grouped.first { $0.path == groupPath }?.contents ?? ""
            #expect(group.contains(body), "\(name)'s text is in \(groupPath) whole")
            #expect(group.hasPrefix(file.contents.prefix { $0 != "\n" } + "\n\nimport Foundation\n\n// MARK: - "), "one header, then the imports once")
        }
        #expect(Set(grouped.map(\.path)) == expectedPaths)
        #expect(grouped.map(\.path) == grouped.map(\.path).sorted(), "files are sorted by path")
    }

    @Test func smallTypesShareFiles() throws {
        let perType = try generate(Self.modelFeatures, layout: .perType)
        let grouped = try generate(Self.modelFeatures, layout: .grouped)
        #expect(grouped.count * 3 < perType.count * 2, "\(perType.count) files per type, \(grouped.count) grouped")
    }

    @Test func fileNamesAreUniqueWithoutTheirFolders() throws {
        // SwiftPM names each object file after its source file's name alone: two `B+Types.swift`
        // in different folders would not build.
        let names = try generate(Self.modelFeatures, layout: .grouped).map { $0.path.split(separator: "/").last.map(String.init) ?? $0.path }
        #expect(Set(names).count == names.count)
    }

    @Test func theSameSpecGivesTheSameFiles() throws {
        #expect(try generate(Self.modelFeatures, layout: .grouped) == generate(Self.modelFeatures, layout: .grouped))
    }
}
