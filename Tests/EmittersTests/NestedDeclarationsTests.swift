@testable import Emitters
import Testing

/// Nested declarations are put in place after rendering, each line written once with its final
/// indentation, wherever a template puts the marker.
@Suite struct NestedDeclarationsTests {
    @Test func markerLinesBecomeTheirDeclarationsIndentedOneLevelPerParent() {
        let nested = NestedDeclarations()
        let inner = nested.marker(for: "struct C {\n\n    let c: Int\n}\n")
        let middle = nested.marker(for: "struct B {\n\(inner)\n}\n")
        let text = nested.expand("struct A {\n\(middle)\n}\n")
        #expect(text == "struct A {\n    struct B {\n        struct C {\n\n            let c: Int\n        }\n    }\n}\n")
    }

    @Test func aMarkerInsideALineIsReplacedThereAsAnIndentedBlock() {
        let nested = NestedDeclarations()
        let inner = nested.marker(for: "struct C {\n    let c: Int\n}\n")
        let middle = nested.marker(for: "struct B {\n  \(inner)\n}\n")
        let text = nested.expand("struct A {\n\(middle)\n}\n")
        #expect(text == "struct A {\n    struct B {\n          struct C {\n            let c: Int\n        }\n    }\n}\n")
    }

    @Test func eachFileStartsAfresh() {
        let nested = NestedDeclarations()
        _ = nested.marker(for: "struct Old {}\n")
        nested.reset()
        let marker = nested.marker(for: "struct New {}\n")
        #expect(nested.expand("struct A {\n\(marker)\n}\n") == "struct A {\n    struct New {}\n}\n")
    }
}
