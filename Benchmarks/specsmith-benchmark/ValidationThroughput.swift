import Foundation
import Generator
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
        print("validation of a Binding (\(data.count) bytes of JSON), CPU-time median of batches over \(seconds) s each:")
        let decoder = JSONDecoder()
        let cases: [(label: String, body: () -> Int)] = [
            ("typed   binding.validate()", { binding.violations().count }),
            ("untyped Binding.validate(json:)", { Binding.violations(json: json).count }),
            ("(for scale) JSONDecoder().decode(Binding.self)", { (try? decoder.decode(Binding.self, from: data)) == nil ? 1 : 0 }),
        ]
        // Batches of the cases take turns, so a burst of other work on a shared machine hits them alike.
        var perBatch = Array(repeating: [Double](), count: cases.count)
        var sink = 0
        for round in 0..<Int(seconds * 50) {
            for (index, entry) in cases.enumerated() {
                if round == 0 { for _ in 0..<1_000 { sink &+= entry.body() } }
                let start = StageClock.processCPUSeconds()
                for _ in 0..<batch { sink &+= entry.body() }
                perBatch[index].append((StageClock.processCPUSeconds() - start) / Double(batch))
            }
        }
        for (index, entry) in cases.enumerated() {
            let each = perBatch[index].sorted()[perBatch[index].count / 2]
            let padded = entry.label.padding(toLength: 48, withPad: " ", startingAt: 0)
            print("  " + padded + String(format: "%10.0f /s  %7.2f µs each", 1 / each, each * 1e6))
        }
        if sink != 0 { print("  (\(sink) violations: unexpected)") }
    }

    /// Validations per batch: long enough for the CPU clock's resolution, short enough for many batches.
    private static let batch = 400
}
