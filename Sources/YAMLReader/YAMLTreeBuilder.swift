import CYAML
import Diagnostics

/// Turns libyaml's event stream into a `YAMLNode` tree.
///
/// Uses an explicit stack rather than recursion, so a 100,000-deep document is rejected by the
/// depth limit instead of overflowing the call stack. Frames are classes so appending to the
/// innermost collection never copies it.
struct YAMLTreeBuilder {
    private let file: String
    private let limits: YAMLReaderLimits
    private var stack: [Frame] = []
    /// Frames whose collections have ended, to be reused: as many as the document nests deep.
    private var spareFrames: [Frame] = []
    private var anchors: [String: Subtree] = [:]
    private var expandedByAliases = 0
    private var root: Subtree?
    private var documentCount = 0
    /// Nodes read so far, in this file and (for a multi-file spec) the files read before it.
    private(set) var nodeCount: Int

    /// A finished node with what the limits need to know about it once aliases are expanded.
    struct Subtree {
        let node: YAMLNode
        /// How many nodes it holds.
        let weight: Int
        /// How many levels of sequences and mappings it nests (0 for a scalar).
        let height: Int
    }

    init(file: String, limits: YAMLReaderLimits, nodeCount: Int = 0) {
        self.file = file
        self.limits = limits
        self.nodeCount = nodeCount
    }

    mutating func run(parser: inout yaml_parser_t, input: UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> YAMLNode {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser: parser, input: input)
            }
            defer { yaml_event_delete(&event) }
            let location = self.location(event.start_mark)
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                break
            case YAML_DOCUMENT_START_EVENT:
                documentCount += 1
                if documentCount > 1 {
                    throw .error("the file holds more than one YAML document; an OpenAPI description is one document", at: location)
                }
            case YAML_STREAM_END_EVENT:
                // An empty file is a problem of the whole file, not of the place its comments end.
                guard let root else {
                    throw .error("the file is empty; expected an OpenAPI document", at: .startOf(file))
                }
                return root.node
            case YAML_SCALAR_EVENT:
                try countNode(at: location)
                let data = event.data.scalar
                let text = string(data.value, length: data.length)
                let scalar = YAMLScalar(text: text, style: style(data.style), tag: optionalString(data.tag))
                try add(Subtree(node: YAMLNode(.scalar(scalar), at: location), weight: 1, height: 0), anchor: optionalString(data.anchor))
            case YAML_ALIAS_EVENT:
                let name = optionalString(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else {
                    throw .error("alias '*\(name)' refers to an anchor that is not defined before it", at: location)
                }
                expandedByAliases += anchored.weight
                if expandedByAliases > limits.maxAliasExpansion {
                    throw .error(
                        "aliases expand to more than \(limits.maxAliasExpansion) nodes; refusing to expand further (is this an alias bomb?)"
                            + YAMLReaderLimits.hint(flag: "--max-alias-expansion", key: "maxAliasExpansion"),
                        at: location)
                }
                // The copy nests as deep as the original, so later stages can trust the limit.
                if stack.count + anchored.height > limits.maxDepth {
                    throw .error("nesting is deeper than the limit of \(limits.maxDepth) levels once alias '*\(name)' is expanded"
                                 + YAMLReaderLimits.hint(flag: "--max-depth", key: "maxDepth"), at: location)
                }
                try add(anchored, anchor: nil)
            case YAML_SEQUENCE_START_EVENT:
                try countNode(at: location)
                try checkDepth(at: location)
                stack.append(frame(.sequence, at: location, anchor: optionalString(event.data.sequence_start.anchor)))
            case YAML_MAPPING_START_EVENT:
                try countNode(at: location)
                try checkDepth(at: location)
                stack.append(frame(.mapping, at: location, anchor: optionalString(event.data.mapping_start.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                try add(Subtree(node: try frame.finish(), weight: frame.weight, height: frame.height), anchor: frame.anchor)
                spareFrames.append(frame)
            default:
                break
            }
        }
    }

    /// A frame for a new collection: a finished one reused when there is one (see `Frame.reuse`).
    private mutating func frame(_ kind: Frame.Kind, at location: SourceLocation, anchor: String?) -> Frame {
        guard let frame = spareFrames.popLast() else { return Frame(kind: kind, location: location, anchor: anchor) }
        frame.reuse(kind: kind, location: location, anchor: anchor)
        return frame
    }

    private func checkDepth(at location: SourceLocation) throws(Diagnostic) {
        if stack.count >= limits.maxDepth {
            throw .error("nesting is deeper than the limit of \(limits.maxDepth) levels" + YAMLReaderLimits.hint(flag: "--max-depth", key: "maxDepth"),
                         at: location)
        }
    }

    /// Counts a node as written (an alias adds none: the alias-expansion limit bounds those).
    private mutating func countNode(at location: SourceLocation) throws(Diagnostic) {
        nodeCount += 1
        if nodeCount > limits.maxNodes {
            throw .error("the spec holds more than \(limits.maxNodes) nodes (scalars, sequences and mappings)"
                         + YAMLReaderLimits.hint(flag: "--max-nodes", key: "maxNodes"), at: location)
        }
    }

    private mutating func add(_ subtree: Subtree, anchor: String?) throws(Diagnostic) {
        if let anchor {
            anchors[anchor] = subtree
        }
        guard let parent = stack.last else {
            root = subtree
            return
        }
        parent.weight += subtree.weight
        parent.height = max(parent.height, subtree.height + 1)
        try parent.add(subtree.node)
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// libyaml's problem text and position. Reader errors (bad encoding) only carry a byte
    /// offset, so the line and column are counted from the input.
    private func syntaxError(parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        var message = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            if parser.problem_value != -1 {
                message += " (\(YAMLReaderErrorPosition.describe(problemValue: parser.problem_value, problem: message)))"
            }
            return .error(message, at: YAMLReaderErrorPosition.location(ofByteOffset: parser.problem_offset, in: input, file: file))
        }
        let problemLocation = location(parser.problem_mark)
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " \(context)"
            // A note pointing at the error's own place says nothing; libyaml often gives one.
            let contextLocation = location(parser.context_mark)
            let notes: [Diagnostic] = contextLocation == problemLocation ? [] : [.note("the construct starts here", at: contextLocation)]
            return .error(message, at: problemLocation, notes: notes)
        }
        return .error(message, at: problemLocation)
    }
}
