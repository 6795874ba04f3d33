import Foundation
import Generator

/// Generation cost as a spec grows: synthetic specs of 1x, 4x and 16x the operations, each with a
/// component schema (nested object, enum, array, map, date) and a parameter. If any stage were
/// worse than linear, the time per operation would climb with the size.
enum GrowthBenchmark {
    static let base = 50

    static func run(iterations: Int) {
        // In memory and written apart: creating hundreds of files is kernel time that depends on
        // the file system (on this machine's ext4 it grows with the files recently deleted), and
        // would hide how the generator itself grows.
        print("operations  spec bytes   in memory (CPU)   per operation   generate and write (CPU)   per operation")
        for factor in [1, 4, 16] {
            let operations = base * factor
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specsmith-growth-\(UUID().uuidString)")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let spec = folder.appendingPathComponent("openapi.yaml")
            let text = syntheticSpec(operations: operations)
            try? Data(text.utf8).write(to: spec)
            let inMemory = Measure.cpuMedian(iterations) { _ = try? SpecsmithGenerator.generate(specPath: spec.path) }
            let written = Measure.cpuMedian(iterations, { Measure.generateAndWrite(spec.path) }, cleanUp: Measure.removeFolder)
            print(String(format: "%10d  %10d   %12.1f ms   %10.3f ms   %21.1f ms   %10.3f ms", operations, text.utf8.count,
                         inMemory, inMemory / Double(operations), written, written / Double(operations)))
        }
    }

    static func syntheticSpec(operations: Int) -> String {
        var paths = ""
        var schemas = ""
        for index in 0..<operations {
            paths += """
                  /items\(index)/{id}:
                    get:
                      operationId: getItem\(index)
                      tags: [Group\(index % 10)]
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                        - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
                      responses:
                        "200":
                          description: The item.
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Item\(index)'}

                """
            schemas += """
                    Item\(index):
                      type: object
                      description: Item number \(index).
                      required: [id, status]
                      properties:
                        id: {type: string, format: uuid}
                        status: {type: string, enum: [active, paused, done]}
                        created: {type: string, format: date-time}
                        tags: {type: array, items: {type: string, maxLength: 32}}
                        labels: {type: object, additionalProperties: {type: string}}
                        owner:
                          type: object
                          properties:
                            name: {type: string, minLength: 1}
                            email: {type: string, format: email}

                """
        }
        return "openapi: 3.1.0\ninfo: {title: Growth, version: '1'}\nservers: [{url: 'https://example.com'}]\npaths:\n"
            + paths + "components:\n  schemas:\n" + schemas
    }
}
