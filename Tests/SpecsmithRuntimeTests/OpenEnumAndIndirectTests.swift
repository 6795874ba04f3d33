import Foundation
import SpecsmithRuntime
import Testing

/// An open enum as the generator writes one.
private enum Status: OpenEnum {
    case active
    case paused
    case unknown(String)

    init(rawValue: String) {
        switch rawValue {
        case "active": self = .active
        case "paused": self = .paused
        default: self = .unknown(rawValue)
        }
    }

    var rawValue: String {
        switch self {
        case .active: "active"
        case .paused: "paused"
        case .unknown(let value): value
        }
    }
}

/// A frozen enum: Swift's failable initializer.
private enum Priority: Int, OpenEnum {
    case low = 1
    case high = 2
}

@Suite struct OpenEnumTests {
    @Test func knownValuesDecodeToTheirCases() throws {
        #expect(try JSONDecoder().decode([Status].self, from: Data(#"["active","paused"]"#.utf8)) == [.active, .paused])
    }

    @Test func unknownValuesAreKeptAndWrittenBack() throws {
        let decoded = try JSONDecoder().decode([Status].self, from: Data(#"["archived"]"#.utf8))
        #expect(decoded == [.unknown("archived")])
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"["archived"]"#)
    }

    @Test func wrongRawTypeStillFails() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Status].self, from: Data("[1]".utf8)) }
    }

    @Test func frozenEnumsRefuseUnknownValues() throws {
        #expect(try JSONDecoder().decode([Priority].self, from: Data("[2,1]".utf8)) == [.high, .low])
        #expect(String(decoding: try JSONEncoder().encode([Priority.high]), as: UTF8.self) == "[2]")
        do {
            _ = try JSONDecoder().decode([Priority].self, from: Data("[3]".utf8))
            Issue.record("an unknown value of a frozen enum decoded")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("3"))
        }
    }
}

@Suite struct IndirectTests {
    private struct Node: Hashable, Sendable {
        var name: String
        var parent: Indirect<Node>?
    }

    @Test func holdsARecursiveValue() {
        let root = Node(name: "root")
        let child = Node(name: "child", parent: Indirect(root))
        #expect(child.parent?.value.name == "root")
        #expect(child.parent?.value.parent == nil)
    }

    @Test func keepsValueSemantics() {
        let original = Indirect(Node(name: "a"))
        var copy = original
        copy.value.name = "b"
        #expect(original.value.name == "a")
        #expect(copy.value.name == "b")
    }

    @Test func comparesAndHashesByValue() {
        let one = Indirect(Node(name: "x"))
        let two = Indirect(Node(name: "x"))
        #expect(one == two)
        #expect(one.hashValue == two.hashValue)
        #expect(one != Indirect(Node(name: "y")))
        #expect(Set([one, two]).count == 1)
    }
}
