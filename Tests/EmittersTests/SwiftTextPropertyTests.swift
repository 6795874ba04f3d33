@testable import Emitters
import Foundation
import TestSupport
import Testing

/// Random Unicode strings through every escaping function of `SwiftText`, compiled and run: each
/// literal reads back as the string it was made from, and no comment line ends early.
@Suite struct SwiftTextPropertyTests {
    /// Characters that break naive escaping, mixed with random ones from the whole Unicode range.
    static let awkward: [Unicode.Scalar] = Array("\"\\#()*/`$'{}".unicodeScalars)
        + [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0xA0, 0x061C, 0x200B, 0x200E,
           0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0xFFFD, 0x1F98A, 0x10FFFF, 0x0301]
            .compactMap(Unicode.Scalar.init)

    static func randomStrings(count: Int) -> [String] {
        var generator = SplitMix64(seed: 20_261_202)
        return (0..<count).map { _ in
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: text.append(awkward.randomElement(using: &generator) ?? "x")
                case 1: text.append(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
                default:
                    let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
                    text.append(Unicode.Scalar(value) ?? "?")
                }
            }
            return String(text)
        }
    }

    static func scalars(_ text: String) -> String {
        text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
    }

    @Test func randomStringsSurviveEveryEscapingFunction() throws {
        guard let swiftc = ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("notice: swiftc not found; not compiling the escaped strings")
            return
        }
        let strings = Self.randomStrings(count: 400)
        var source = "// Escaping property test\n"
        var literals: [String] = []
        var raws: [String] = []
        for (index, text) in strings.enumerated() {
            for line in SwiftText.documentation([text]) { source += "/// \(line)\n" }
            source += "// \(SwiftText.comment(text))\n"
            source += "let marker\(index) = \(index)\n"
            literals.append(SwiftText.stringLiteral(text).text)
            let delimiter = SwiftText.rawStringDelimiter(for: [text])
            raws.append("\(delimiter)\"\(SwiftText.rawStringContent(text, delimiter: delimiter))\"\(delimiter)")
        }
        source += "let literals: [String] = [\n" + literals.map { "    \($0),\n" }.joined() + "]\n"
        source += "let raws: [String] = [\n" + raws.map { "    \($0),\n" }.joined() + "]\n"
        source += "let markers = [" + strings.indices.map { "marker\($0)" }.joined(separator: ", ") + "]\n"
        source += """
            precondition(markers == Array(0..<\(strings.count)), "a comment swallowed a declaration")
            for text in literals + raws { print(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")) }

            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specsmith-escaping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("main.swift")
        try Data(source.utf8).write(to: file)
        let binary = folder.appendingPathComponent("escaping").path

        let compile = try run(swiftc, ["-swift-version", "6", "-warnings-as-errors", "-Onone", file.path, "-o", binary])
        try #require(compile.status == 0, "escaped strings do not compile:\n\(compile.output.prefix(4_000))")
        let result = try run(binary, [])
        try #require(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let expected = (strings + strings).map(Self.scalars)
        #expect(Array(lines.prefix(expected.count)) == expected)
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
