import CYAML

/// Parses `bytes` with libyaml's event API and does nothing with the events: the floor that
/// the reader's cost is compared against.
func rawLibYAMLEventCount(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buffer -> Int in
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1, let base = buffer.baseAddress else { return -1 }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base, buffer.count)
        var event = yaml_event_t()
        var count = 0
        while yaml_parser_parse(&parser, &event) == 1 {
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            count += 1
            if done { return count }
        }
        return -1
    }
}
