import Diagnostics
import Emitters
import Foundation
import IR
import YAMLReader

extension GeneratorConfiguration {
    /// The keys a configuration file may use, for "did you mean" suggestions.
    static let topLevelKeys = [
        "generate", "access", "enumStyle", "layout", "shards", "templates", "filter", "typeOverrides", "client", "limits", "allowRead",
    ]
    static let filterKeys = ["operationIds", "tags", "paths"]
    static let typeOverrideKeys = ["formats", "schemas"]
    static let clientKeys = ["name", "validateRequests", "retry"]
    static let retryKeys = ["maxAttempts", "initialDelay", "maxDelay"]

    /// Reads and checks `specsmith-config.yaml` at `path`. Every mistake is a located error:
    /// an unknown key (with the closest known one), a value of the wrong type or out of range.
    public static func load(path: String) throws(Diagnostic) -> GeneratorConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read the configuration file", at: .startOf(path))
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Reads a configuration from text, for tests and tools that already hold it.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> GeneratorConfiguration {
        // An empty (or comment-only) configuration is valid and changes nothing.
        let meaningful = text.split(whereSeparator: \.isNewline).contains { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }
        guard meaningful else { return GeneratorConfiguration(file: file) }
        let root = try YAMLParser.parse(text, file: file)
        var configuration = GeneratorConfiguration(file: file)
        if root.isNull { return configuration }
        var reader = ConfigurationReader(file: file)
        try reader.read(root, into: &configuration)
        return configuration
    }
}

/// Decodes the configuration's node tree, one key at a time.
struct ConfigurationReader {
    let file: String

    mutating func read(_ root: YAMLNode, into configuration: inout GeneratorConfiguration) throws(Diagnostic) {
        for pair in try mapping(root, "the configuration") {
            let value = pair.value
            switch pair.keyText {
            case "generate":
                var kinds = Set<OutputKind>()
                for item in try sequence(value, "generate") {
                    kinds.insert(try choice(item, "generate", OutputKind.self))
                }
                configuration.generate = kinds
            case "access": configuration.access = try choice(value, "access", AccessModifier.self)
            case "enumStyle": configuration.enumStyle = try choice(value, "enumStyle", ModelOptions.EnumStyle.self)
            case "layout": configuration.layout = try choice(value, "layout", FileLayout.self)
            case "shards":
                let shards = try integer(value, "shards")
                let range = ShardedLayout.shardCounts
                guard range.contains(shards) else {
                    throw .error("'shards' must be from \(range.lowerBound) to \(range.upperBound), found \(shards)", at: value.location)
                }
                configuration.shards = shards
            case "templates":
                let folder = try string(value, "templates")
                configuration.templates = folder.hasPrefix("/") ? folder : directory(of: file) + folder
            case "filter": try readFilter(value, into: &configuration)
            case "typeOverrides": try readTypeOverrides(value, into: &configuration)
            case "client": try readClient(value, into: &configuration)
            case "limits": try readLimits(value, into: &configuration)
            case "allowRead":
                for item in try sequence(value, "allowRead") {
                    let folder = try string(item, "allowRead")
                    let path = folder.hasPrefix("/") ? folder : directory(of: file) + folder
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                        throw .error("'allowRead' names '\(folder)', which is not a folder (relative paths start at this file's folder)",
                                     at: item.location)
                    }
                    configuration.allowRead.append(path)
                }
            default: throw unknownKey(pair, among: GeneratorConfiguration.topLevelKeys, in: "the configuration")
            }
        }
    }

    private mutating func readFilter(_ node: YAMLNode, into configuration: inout GeneratorConfiguration) throws(Diagnostic) {
        for pair in try mapping(node, "filter") {
            var values: [GeneratorConfiguration.Located<String>] = []
            for item in try sequence(pair.value, "filter.\(pair.keyText)") {
                values.append(.init(value: try string(item, "filter.\(pair.keyText)"), location: item.location))
            }
            switch pair.keyText {
            case "operationIds": configuration.operationIDs = values
            case "tags": configuration.tags = values
            case "paths": configuration.paths = values
            default: throw unknownKey(pair, among: GeneratorConfiguration.filterKeys, in: "filter")
            }
        }
    }

    private mutating func readTypeOverrides(_ node: YAMLNode, into configuration: inout GeneratorConfiguration) throws(Diagnostic) {
        for pair in try mapping(node, "typeOverrides") {
            switch pair.keyText {
            case "formats":
                for entry in try mapping(pair.value, "typeOverrides.formats") {
                    configuration.formatOverrides[entry.keyText] = try swiftType(entry.value, "typeOverrides.formats.\(entry.keyText)")
                }
            case "schemas":
                for entry in try mapping(pair.value, "typeOverrides.schemas") {
                    let type = try swiftType(entry.value, "typeOverrides.schemas.\(entry.keyText)")
                    configuration.schemaOverrides.append(.init(value: SchemaOverride(schema: entry.keyText, swiftType: type),
                                                               location: entry.key.location))
                }
            default: throw unknownKey(pair, among: GeneratorConfiguration.typeOverrideKeys, in: "typeOverrides")
            }
        }
    }

    private mutating func readClient(_ node: YAMLNode, into configuration: inout GeneratorConfiguration) throws(Diagnostic) {
        for pair in try mapping(node, "client") {
            let value = pair.value
            switch pair.keyText {
            case "name":
                let name = try string(value, "client.name")
                guard SwiftName.isValidIdentifier(name), SwiftName.escapedIfReserved(name, as: .type) == name else {
                    throw .error("'client.name' must be a Swift type name, found '\(name)'", at: value.location)
                }
                configuration.clientName = name
            case "validateRequests": configuration.validateRequests = try bool(value, "client.validateRequests")
            case "retry":
                var retry = RetryDefaults()
                for entry in try mapping(value, "client.retry") {
                    switch entry.keyText {
                    case "maxAttempts":
                        let attempts = try integer(entry.value, "client.retry.maxAttempts")
                        guard attempts >= 1 else { throw .error("'client.retry.maxAttempts' must be at least 1, found \(attempts)", at: entry.value.location) }
                        retry.maxAttempts = attempts
                    case "initialDelay": retry.initialDelay = try seconds(entry.value, "client.retry.initialDelay")
                    case "maxDelay": retry.maxDelay = try seconds(entry.value, "client.retry.maxDelay")
                    default: throw unknownKey(entry, among: GeneratorConfiguration.retryKeys, in: "client.retry")
                    }
                }
                configuration.retry = retry
            default: throw unknownKey(pair, among: GeneratorConfiguration.clientKeys, in: "client")
            }
        }
    }

    private mutating func readLimits(_ node: YAMLNode, into configuration: inout GeneratorConfiguration) throws(Diagnostic) {
        for pair in try mapping(node, "limits") {
            guard let limit = SpecLimit(rawValue: pair.keyText) else {
                throw unknownKey(pair, among: SpecLimit.allCases.map(\.rawValue), in: "limits")
            }
            let value = try integer(pair.value, "limits.\(pair.keyText)")
            if let problem = limit.problem(with: value) {
                throw .error("'limits.\(pair.keyText)' \(problem)", at: pair.value.location)
            }
            configuration.limits[limit] = value
        }
    }

    // MARK: Values

    private func unknownKey(_ pair: YAMLPair, among keys: [String], in place: String) -> Diagnostic {
        .error("unknown key '\(pair.keyText)' in \(place)\(Suggestion.phrase(for: pair.keyText, among: keys)); the keys are \(keys.joined(separator: ", "))",
               at: pair.key.location)
    }

    private func mapping(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> YAMLPairs {
        guard let pairs = node.pairs else { throw .error("'\(name)' must be a mapping, found \(node.kindDescription)", at: node.location) }
        return pairs
    }

    private func sequence(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> YAMLItems {
        guard let items = node.items else { throw .error("'\(name)' must be a list, found \(node.kindDescription)", at: node.location) }
        return items
    }

    private func string(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> String {
        guard case .string(let text)? = node.scalar?.value else {
            throw .error("'\(name)' must be a string, found \(node.kindDescription)", at: node.location)
        }
        return text
    }

    private func bool(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> Bool {
        guard case .bool(let value)? = node.scalar?.value else {
            throw .error("'\(name)' must be true or false, found \(node.kindDescription)", at: node.location)
        }
        return value
    }

    private func integer(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> Int {
        guard case .integer(let text)? = node.scalar?.value, let value = Int(text) else {
            throw .error("'\(name)' must be an integer, found \(node.kindDescription)", at: node.location)
        }
        return value
    }

    private func seconds(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> Double {
        switch node.scalar?.value {
        case .integer(let text)?, .float(let text)?:
            guard let value = Double(text), value >= 0, value.isFinite else {
                throw .error("'\(name)' must be a number of seconds, 0 or more, found \(text)", at: node.location)
            }
            return value
        default:
            throw .error("'\(name)' must be a number of seconds, found \(node.kindDescription)", at: node.location)
        }
    }

    private func choice<Choice: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ name: String, _ type: Choice.Type) throws(Diagnostic) -> Choice
    where Choice.RawValue == String {
        let text = try string(node, name)
        if let value = Choice(rawValue: text) { return value }
        let allowed = Choice.allCases.map(\.rawValue)
        throw .error("'\(name)' must be one of \(allowed.joined(separator: ", ")), found '\(text)'\(Suggestion.phrase(for: text, among: allowed))",
                     at: node.location)
    }

    /// A Swift type name as a user would write it: `Decimal`, `Foundation.Decimal`, `MyKit.Money`.
    private func swiftType(_ node: YAMLNode, _ name: String) throws(Diagnostic) -> String {
        let text = try string(node, name)
        let components = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !components.isEmpty, components.allSatisfy({ SwiftName.isValidIdentifier(String($0)) }) else {
            throw .error("'\(name)' must be a Swift type name such as Decimal or MyKit.Money, found '\(text)'", at: node.location)
        }
        return text
    }

    private func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
