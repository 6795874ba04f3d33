import Foundation

/// Specs written for one test, derived from the Pictify fixture or made up whole.
enum SpecEdits {
    static func pictify() throws -> String {
        try String(contentsOf: PackagePaths.pictifySpec, encoding: .utf8)
    }

    /// The Pictify spec with one more property, `nickname`, in the `Binding` schema.
    static func pictifyWithNickname() throws -> String {
        let anchor = "    Binding:\n      type: object\n      properties:\n"
        let spec = try pictify()
        guard spec.contains(anchor) else { throw SpecEditError("the Binding schema is no longer written as the test expects") }
        return spec.replacingOccurrences(of: anchor, with: anchor + "        nickname:\n          type: string\n")
    }
}

struct SpecEditError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
