import YAMLReader
import Foundation
let path = CommandLine.arguments[1]
let start = Date()
do {
    let node = try YAMLParser.parse(contentsOf: path)
    print("ok", node.kindDescription, Date().timeIntervalSince(start))
} catch {
    print(error)
}
