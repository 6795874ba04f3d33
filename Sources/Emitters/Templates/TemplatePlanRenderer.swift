/// Renders plans into one UTF-8 buffer (which `TemplateSet.tidy` reads as it is), with swift-mustache's rules for what a name finds and what a
/// section does (Template+Render.swift): a name is looked up from the innermost context outwards;
/// a section repeats for each element of a list, renders once for `true` or any other value (which
/// it enters), and not at all for `false`, an empty list or nothing; an inverted section is the
/// opposite, entering the empty list it renders for.
struct TemplatePlanRenderer {
    /// One level of the context stack: what a section entered.
    private enum Frame {
        case context(any TemplateContext)
        /// An element of a list of lines, or a single line a section entered; `{{.}}` writes it.
        /// (swift-mustache could find the name `text` on it, which `TemplateKey` never holds.)
        case code(SwiftCode)
        /// An empty list an inverted section entered, where no name is found.
        case other(TemplateValue)
    }

    private let plans: [String: TemplatePlan]
    private var stack: [Frame]
    private(set) var output: [UInt8] = []

    init(plans: [String: TemplatePlan], context: any TemplateContext) {
        self.plans = plans
        stack = [.context(context)]
        output.reserveCapacity(4096)
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    mutating func render(_ steps: [TemplatePlan.Step]) {
        for step in steps {
            switch step {
            case .text(let text):
                output.append(contentsOf: text)
            case .current:
                if let frame = stack.last { write(frame) }
            case .variable(let key):
                if let value = lookUp(key) { write(value) }
            case .section(let key, let body):
                renderSection(lookUp(key), body)
            case .invertedSection(let key, let body):
                renderInvertedSection(lookUp(key), body)
            case .partial(let name):
                // A partial renders in the same context; an unknown one renders nothing.
                if let plan = plans[name] { render(plan.steps) }
            }
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, _ body: [TemplatePlan.Step]) {
        switch value {
        case .code(let code):
            enter(.code(code), body)
        case .flag(let flag):
            if flag { render(body) }
        case .lines(let lines):
            for line in lines { enter(.code(line), body) }
        case .list(let list):
            for context in list { enter(.context(context), body) }
        case .context(let context):
            enter(.context(context), body)
        case nil:
            break
        }
    }

    private mutating func renderInvertedSection(_ value: TemplateValue?, _ body: [TemplatePlan.Step]) {
        switch value {
        case .lines(let lines) where lines.isEmpty:
            enter(.other(.lines(lines)), body)
        case .list(let list) where list.isEmpty:
            enter(.other(.list(list)), body)
        case .flag(false), nil:
            render(body)
        case .code, .flag, .lines, .list, .context:
            break
        }
    }

    private mutating func enter(_ frame: Frame, _ body: [TemplatePlan.Step]) {
        stack.append(frame)
        render(body)
        stack.removeLast()
    }

    private func lookUp(_ key: TemplateKey) -> TemplateValue? {
        // Frames are read where they are: iterating `stack.reversed()` copied every frame looked at.
        stack.withUnsafeBufferPointer { frames in
            for index in frames.indices.reversed() {
                if case .context(let context) = frames[index], let value = context.value(key) { return value }
            }
            return nil
        }
    }

    private mutating func write(_ frame: Frame) {
        switch frame {
        case .context(let context): append(String(describing: context))
        case .code(let code): append(code.text)
        case .other(let value): write(value)
        }
    }

    /// As swift-mustache writes values with the text content type: code as it is, anything else
    /// as Swift describes it (which the default templates never do).
    private mutating func write(_ value: TemplateValue) {
        switch value {
        case .code(let code): append(code.text)
        case .flag(let flag): append(flag ? "true" : "false")
        case .lines, .list, .context: append(String(describing: value.mustacheValue))
        }
    }
}
