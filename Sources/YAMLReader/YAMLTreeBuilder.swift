import CYAML
import Diagnostics

/// Turns libyaml's event stream into a `YAMLNodeStore`.
///
/// Uses an explicit stack rather than recursion, so a 100,000-deep document is rejected by the
/// depth limit instead of overflowing the call stack. Every node becomes one record appended to
/// one array; a collection's children wait in `pending` until its end event, then move to the
/// store's children array in one piece.
struct YAMLTreeBuilder {
    typealias Record = YAMLNodeStore.Record

    let file: String
    let limits: YAMLReaderLimits
    var records: [Record] = []
    var children: [Int32] = []
    var text: [UInt8] = []
    var tags: [Int32: String] = [:]
    /// The children of every collection still open, the innermost's last.
    var pending: [Int32] = []
    var stack: [Frame] = []
    private var anchors: [String: Subtree] = [:]
    private var expandedByAliases = 0
    private var root: Subtree?
    private var documentCount = 0
    /// Nodes read so far, in this file and (for a multi-file spec) the files read before it.
    private(set) var nodeCount: Int

    /// A finished node with what the limits need to know about it once aliases are expanded.
    struct Subtree {
        let index: Int32
        /// How many nodes it holds.
        let weight: Int
        /// How many levels of sequences and mappings it nests (0 for a scalar).
        let height: Int
    }

    init(file: String, limits: YAMLReaderLimits, nodeCount: Int = 0, inputSize: Int = 0) {
        self.file = file
        self.limits = limits
        self.nodeCount = nodeCount
        // Reserved room that is never written costs address space, not memory.
        text.reserveCapacity(inputSize)
        records.reserveCapacity(inputSize / 16)
        children.reserveCapacity(inputSize / 16)
    }

    mutating func run(parser: inout yaml_parser_t, input: UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> YAMLNode {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser: parser, input: input)
            }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                break
            case YAML_DOCUMENT_START_EVENT:
                documentCount += 1
                if documentCount > 1 {
                    throw .error("the file holds more than one YAML document; an OpenAPI description is one document", at: location(mark))
                }
            case YAML_STREAM_END_EVENT:
                // An empty file is a problem of the whole file, not of the place its comments end.
                guard let root else {
                    throw .error("the file is empty; expected an OpenAPI document", at: .startOf(file))
                }
                let store = YAMLNodeStore(file: file, records: records, children: children, text: text, tags: tags)
                return YAMLNode(store: store, index: root.index)
            case YAML_SCALAR_EVENT:
                try countNode(at: mark)
                let data = event.data.scalar
                let index = Int32(records.count)
                let bytes = UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : data.length)
                let tag = optionalString(data.tag)
                records.append(Record(
                    start: UInt32(truncatingIfNeeded: text.count), count: UInt32(truncatingIfNeeded: bytes.count),
                    line: Self.line(mark), column: Self.column(mark), kind: .scalar, style: style(data.style),
                    isASCII: allASCII(bytes), hasTag: tag != nil))
                text.append(contentsOf: bytes)
                if let tag { tags[index] = tag }
                try add(Subtree(index: index, weight: 1, height: 0), anchor: optionalString(data.anchor))
            case YAML_ALIAS_EVENT:
                let name = optionalString(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else {
                    throw .error("alias '*\(name)' refers to an anchor that is not defined before it", at: location(mark))
                }
                expandedByAliases += anchored.weight
                if expandedByAliases > limits.maxAliasExpansion {
                    throw .error(
                        "aliases expand to more than \(limits.maxAliasExpansion) nodes; refusing to expand further (is this an alias bomb?)"
                            + YAMLReaderLimits.hint(flag: "--max-alias-expansion", key: "maxAliasExpansion"),
                        at: location(mark))
                }
                // The copy nests as deep as the original, so later stages can trust the limit.
                if stack.count + anchored.height > limits.maxDepth {
                    throw .error("nesting is deeper than the limit of \(limits.maxDepth) levels once alias '*\(name)' is expanded"
                                 + YAMLReaderLimits.hint(flag: "--max-depth", key: "maxDepth"), at: location(mark))
                }
                try add(anchored, anchor: nil)
            case YAML_SEQUENCE_START_EVENT:
                try open(.sequence, at: mark, anchor: optionalString(event.data.sequence_start.anchor))
            case YAML_MAPPING_START_EVENT:
                try open(.mapping, at: mark, anchor: optionalString(event.data.mapping_start.anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                finish(frame)
                try add(Subtree(index: frame.record, weight: frame.weight, height: frame.height), anchor: frame.anchor)
            default:
                break
            }
        }
    }

    /// Starts a collection; its record's place among the children is filled in by `finish`.
    private mutating func open(_ kind: YAMLNodeStore.Kind, at mark: yaml_mark_t, anchor: String?) throws(Diagnostic) {
        try countNode(at: mark)
        if stack.count >= limits.maxDepth {
            throw .error("nesting is deeper than the limit of \(limits.maxDepth) levels" + YAMLReaderLimits.hint(flag: "--max-depth", key: "maxDepth"),
                         at: location(mark))
        }
        let index = Int32(records.count)
        records.append(Record(start: 0, count: 0, line: Self.line(mark), column: Self.column(mark), kind: kind, style: .plain,
                              isASCII: true, hasTag: false))
        stack.append(Frame(isMapping: kind == .mapping, record: index, pendingStart: pending.count, anchor: anchor))
    }

    /// Counts a node as written (an alias adds none: the alias-expansion limit bounds those).
    private mutating func countNode(at mark: yaml_mark_t) throws(Diagnostic) {
        nodeCount += 1
        if nodeCount > limits.maxNodes {
            throw .error("the spec holds more than \(limits.maxNodes) nodes (scalars, sequences and mappings)"
                         + YAMLReaderLimits.hint(flag: "--max-nodes", key: "maxNodes"), at: location(mark))
        }
    }

    private mutating func add(_ subtree: Subtree, anchor: String?) throws(Diagnostic) {
        if let anchor {
            anchors[anchor] = subtree
        }
        guard !stack.isEmpty else {
            root = subtree
            return
        }
        let top = stack.count - 1
        stack[top].weight += subtree.weight
        stack[top].height = max(stack[top].height, subtree.height + 1)
        guard stack[top].isMapping, (pending.count - stack[top].pendingStart) & 1 == 1 else {
            // An item of a sequence, or a key waiting for its value.
            pending.append(subtree.index)
            return
        }
        try addValue(subtree.index, toMappingAt: top)
    }

    private static func line(_ mark: yaml_mark_t) -> UInt32 { UInt32(truncatingIfNeeded: mark.line + 1) }
    private static func column(_ mark: yaml_mark_t) -> UInt32 { UInt32(truncatingIfNeeded: mark.column + 1) }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
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
