import Foundation
import PictifyBindingsModels

/// Validations per second of a realistic `Binding` (every property set), with the generated
/// validators of the Pictify golden: typed (`validate()`), raw JSON (`Binding.validate(json:)`), and
/// decoding the same JSON with `JSONDecoder` for scale. Run in a release build.
enum ValidationThroughput {
    static func run(seconds: Double) {
        let binding = Binding(
            uid: "bnd_42", name: "Daily summary", templateId: "tmpl_123",
            dataSource: .init(type: .http, url: URL(string: "https://example.com/feed.json"), method: .get),
            mapping: ["title": "$.name", "subtitle": "$.summary", "image": "$.cover.url"],
            defaults: ["title": "Untitled", "count": 0],
            refreshPolicy: .init(type: .ttl, ttlSeconds: 300, onError: .serveStale),
            status: .active, renderUrl: URL(string: "https://img.pictify.io/r/bnd_42.png"),
            webhookUrl: URL(string: "https://hooks.example.com/pictify"), createdAt: Date(timeIntervalSince1970: 1_769_682_600.123))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in try RFC3339DateCoding.encode(date, to: encoder) }
        guard let data = try? encoder.encode(binding), let json = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            print("cannot encode the benchmark's Binding")
            return
        }
        print("validation of a Binding (\(data.count) bytes of JSON), \(seconds) s each:")
        report("typed   binding.validate()", seconds) { binding.violations().count }
        report("untyped Binding.validate(json:)", seconds) { Binding.violations(json: json).count }
        let decoder = JSONDecoder()
        report("(for scale) JSONDecoder().decode(Binding.self)", seconds) { (try? decoder.decode(Binding.self, from: data)) == nil ? 1 : 0 }
    }

    /// Runs `body` for about `seconds` and prints how many times a second it ran.
    private static func report(_ label: String, _ seconds: Double, _ body: () -> Int) {
        var sink = 0
        for _ in 0..<1_000 { sink &+= body() }
        var count = 0
        let start = ContinuousClock.now
        let limit = Duration.milliseconds(Int(seconds * 1_000))
        while ContinuousClock.now - start < limit {
            for _ in 0..<100 { sink &+= body() }
            count += 100
        }
        let elapsed = ContinuousClock.now - start
        let perSecond = Double(count) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        let padded = label.padding(toLength: 48, withPad: " ", startingAt: 0)
        let rate = String(format: "%10.0f /s  %7.2f µs each", perSecond, 1e6 / perSecond)
        print("  " + padded + rate + (sink == 0 ? "" : "  (\(sink) violations: unexpected)"))
    }
}
