// Render context of `header` for the runtime's files. Every value is `SwiftCode` or a flag.

/// `header` above a runtime file: the runtime is the same for every spec, so the default header
/// does not name the spec (`runtime` is set); a user's header may still use `specFile`.
struct RuntimeHeaderContext {
    let specFile: SwiftCode
    let runtime: Bool
}

// MARK: - Template lookup
// Read by the default templates' plans and by swift-mustache alike (see `TemplateContext`).

extension RuntimeHeaderContext: TemplateContext {
    func value(_ key: TemplateKey) -> TemplateValue? {
        switch key {
        case .specFile: TemplateValue(self.specFile)
        case .runtime: TemplateValue(self.runtime)
        default: nil
        }
    }
}
