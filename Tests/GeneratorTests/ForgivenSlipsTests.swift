import Diagnostics
import Foundation
import Generator
import Testing

/// `Fixtures/forgiven-slips`: every slip is a warning at its place, in whichever file it is, and
/// generation goes on (the output is the golden, compiled and exercised in GeneratedCodeTests).
@Suite struct ForgivenSlipsTests {
    @Test func eachSlipIsOneWarningAtItsPlace() throws {
        let fixture = try #require(try FixturePaths.goldenFixtures().first { $0.name == "forgiven-slips" })
        let folder = fixture.spec.deletingLastPathComponent().path + "/"
        let generation = try SpecsmithGenerator.generate(specPath: fixture.spec.path)
        let warnings = generation.warnings.map { $0.description.replacingOccurrences(of: folder, with: "") }
        let sectionRead = "OpenAPI does not allow a reference in place of a whole section, read as the content it names"
        #expect(warnings == [
            "forgiven-slips.yaml:12:9: warning: 'paths' is a '$ref' to './paths/_index.yml'; \(sectionRead)",
            "forgiven-slips.yaml:15:11: warning: 'components/parameters' is a '$ref' to './parameters/_index.yml'; \(sectionRead)",
            "forgiven-slips.yaml:17:11: warning: 'components/schemas' is a '$ref' to './schemas/_index.yml'; \(sectionRead)",
            "forgiven-slips.yaml:10:6: warning: 'tags' is null; read as an empty list",
            "paths/_index.yml:2:14: warning: 'parameters' is null; read as an empty list",
            "paths/_index.yml:4:5: warning: 'operationId' beside '$ref' in GET path '/places' is read as replacing the referenced one's (OpenAPI ignores keys beside '$ref')",
            "schemas/_index.yml:16:16: warning: 'required' is null; treating it as absent",
            "paths/find.yml:5:5: warning: 'required' beside '$ref' in parameter is read as replacing the referenced one's (OpenAPI ignores keys beside '$ref')",
        ])
    }
}
