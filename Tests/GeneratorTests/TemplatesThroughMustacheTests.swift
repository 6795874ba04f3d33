import Emitters
import Generator
import Testing

/// The default templates render through precompiled plans, and through swift-mustache as soon as
/// any template is overridden. Overriding every template with its own default text must change
/// nothing: the two engines agree on every fixture (whose plan output the goldens pin down).
@Suite struct TemplatesThroughMustacheTests {
    @Test(arguments: try FixturePaths.goldenFixtures().map(\.name))
    func mustacheRendersWhatPlansRender(fixture: String) throws {
        let found = try #require(try FixturePaths.goldenFixtures().first { $0.name == fixture })
        let planned = try SpecsmithGenerator.generate(specPath: found.spec.path)
        let templates = FixturePaths.packageRoot.appendingPathComponent("Templates").path
        let mustache = try SpecsmithGenerator.generate(specPath: found.spec.path, options: GeneratorOptions(templatesDirectory: templates))
        #expect(planned.files.map(\.path) == mustache.files.map(\.path))
        for (plan, viaMustache) in zip(planned.files, mustache.files) where plan != viaMustache {
            Issue.record("\(fixture)/\(plan.path) renders differently through swift-mustache")
        }
    }
}
