import Foundation
@testable import HostileStringsSDK
import Testing

/// Fixtures/hostile-strings puts text that breaks out of literals and comments (quotes, `\(…)`,
/// raw-string delimiters, every line break, NUL, a right-to-left override, 10,000 characters) into
/// every string Specsmith copies into code. The target compiling proves nothing leaked into code;
/// these tests show every value comes back unchanged at run time and no comment spilled over.
@Suite struct HostileStringsTests {
    /// The hostile text, as make-spec.py writes it; `leak` marks what follows each line break
    /// (comments use "LEAK", literal values "text").
    static func hostile(_ leak: String) -> String {
        "*/ /* \" \\ \\(fatalError()) #\" \"# \"\"\" \"\"\"# LF\n\(leak) CR\r\(leak) CRLF\r\n\(leak) LS\u{2028}\(leak) PS\u{2029}\(leak) "
            + "NEL\u{85}\(leak) VT\u{0B}\(leak) FF\u{0C}\(leak) NUL\u{0} TAB\t RLO\u{202E} EMOJI \u{1F98A} end"
    }

    static let literal = hostile("text")
    static let long = String(repeating: "x", count: 10_000)
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/hostile-strings/Expected")

    typealias Client = HostileFatalErrorLFLEAKCRLEAKCRLFLEAKLSLEAKPSLEAKNELLEAKVTLEAKFFLEAKNULTABRLOEMOJIEndClient

    /// Answers every request with `status` and records what was sent.
    final class FixedTransport: HTTPTransport, @unchecked Sendable {
        // @unchecked: the lock guards `sent`.
        private let lock = NSLock()
        private var sent: [HTTPRequest] = []
        let status: Int
        init(status: Int) { self.status = status }
        var requests: [HTTPRequest] { lock.withLock { sent } }
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { sent.append(request) }
            return HTTPResponse(status: status, body: Data("{}".utf8))
        }
    }

    @Test func enumRawValuesComeBackUnchanged() {
        for value in ["happy " + Self.literal, Self.literal, Self.long, ""] {
            let mood = MoodV1(rawValue: value)
            if case .unknown = mood { Issue.record("\(value.debugDescription.prefix(60)) is not a listed case") }
            #expect(mood.rawValue == value)
        }
    }

    @Test func propertyNamesAndConstantsRoundTrip() throws {
        let json: [String: Any] = ["name " + Self.literal: "n", "kind": "const " + Self.literal, "long": Self.long, "mood": Self.literal]
        let data = try JSONSerialization.data(withJSONObject: json)
        let thing = try JSONDecoder().decode(ThingV1Beta2.self, from: data)
        #expect(thing.kind == "const " + Self.literal)
        #expect(thing.mood == MoodV1(rawValue: Self.literal))
        let encoded = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(thing)) as? [String: Any])
        #expect(Set(encoded.keys) == Set(json.keys))
        #expect(encoded["name " + Self.literal] as? String == "n")
        #expect(thing.violations().isEmpty, "\(thing.violations())")
    }

    @Test func theSchemaKeepsEveryHostileCharacter() throws {
        // `const` and `enum` in the schema are the spec's values: a changed character would fail them.
        func json(_ object: Any) throws -> JSONValue {
            try JSONDecoder().decode(JSONValue.self, from: JSONSerialization.data(withJSONObject: object, options: .fragmentsAllowed))
        }
        let wrongConstant: [String: Any] = ["name " + Self.literal: "n", "kind": "const " + Self.hostile("LEAK")]
        #expect(ThingV1Beta2.violations(json: try json(wrongConstant)).map(\.path) == ["$.kind"])
        #expect(ThingV1Beta2.violations(json: try json(["name " + Self.literal: "n", "kind": "const " + Self.literal])).isEmpty)
        #expect(MoodV1.violations(json: try json(Self.long)).isEmpty)
        #expect(MoodV1.violations(json: try json(Self.long + "x")).map(\.path) == ["$"])
    }

    @Test func serversAndSecuritySchemesAreTheSpecsText() {
        #expect(Client.servers == ["https://example.com/base/eu \(Self.literal)/\(Self.literal)", "https://example.org/\(Self.literal)"])
        #expect(Client.securitySchemes.map(\.name) == ["bearer " + Self.literal, "key " + Self.literal])
    }

    @Test func operationIDsReachErrorsUnchanged() async throws {
        let transport = FixedTransport(status: 500)
        let client = Client(configuration: APIClientConfiguration(
            serverURL: URL(fileURLWithPath: "/"), transport: transport, retryPolicy: .none))
        do {
            _ = try await client.getFatalErrorItemFatalErrorLFTextCRTextCRLFTextLSTextPSTextNELTextVTTextFFTextNULTABRLOEMOJIEnd(thingID: "1")
            Issue.record("a 500 did not throw")
        } catch let error as APIError {
            #expect(error.operationID == "get\\(fatalError())Item " + Self.literal)
        }
        #expect(transport.requests.count == 1)
    }

    @Test func headerNamesAreTheSpecsText() async throws {
        let client = Client(configuration: APIClientConfiguration(
            serverURL: URL(fileURLWithPath: "/"), transport: FixedTransport(status: 200), retryPolicy: .none))
        // The spec's header name holds characters HTTP forbids: the runtime refuses it, by its exact name.
        await #expect(throws: HTTPClientError.invalidHeader(name: "X-Hostile " + Self.literal)) {
            _ = try await client.getFatalErrorItemFatalErrorLFTextCRTextCRLFTextLSTextPSTextNELTextVTTextFFTextNULTABRLOEMOJIEnd(
                thingID: "1", xHostileFatalErrorLFTextCRTextCRLFTextLSTextPSTextNELTextVTTextFFTextNULTABRLOEMOJIEnd: "v")
        }
    }

    /// Every line break in a description is followed by "LEAK": a line of code starting with it would
    /// be a comment spilled over. No source line may hold a character the compiler or an editor
    /// would read differently (controls, separators, bidirectional overrides) either.
    @Test func noCommentLeaksIntoCode() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.expected.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 7)
        for file in files {
            let text = try String(contentsOf: Self.expected.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                #expect(!line.drop { $0 == " " }.hasPrefix("LEAK"), "\(file):\(number + 1) is a comment's text outside the comment")
                let unsafe = line.unicodeScalars.first { $0.value < 0x20 && $0 != "\t" || (0x7F...0x9F).contains($0.value)
                    || [0x2028, 0x2029, 0x202E].contains($0.value) }
                #expect(unsafe == nil, "\(file):\(number + 1) holds U+\(String(unsafe?.value ?? 0, radix: 16))")
            }
        }
    }
}
