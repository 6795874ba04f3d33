import Diagnostics
import OpenAPIModel
import Testing
import YAMLReader

/// A map key with nothing under it (`schemas:`) is read as empty, with a warning, not an error.
@Suite struct EmptyMapTests {
    @Test func anEmptyComponentsSectionIsAWarning() throws {
        let text = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        let root = try YAMLParser.parse(text, file: "spec.yaml")
        let (document, log) = try SpecDecoder.decodeDocument(root, file: "spec.yaml")
        #expect(document.components.schemas.isEmpty)
        #expect(log.warnings.map(\.description) == ["spec.yaml:5:11: warning: 'schemas' is empty; expected a mapping"])
    }
}
