import OpenAPIModel

extension Schema {
    /// True for a schema whose only constraints bound a value of whatever type it is combined with
    /// (numbers' range and step, strings' length and pattern, arrays' length and uniqueness): no
    /// `required`, no property counts, no applicators, no structure. In an `allOf` such a member
    /// changes what the validator accepts, not the Swift type.
    var hasOnlyValueBounds: Bool {
        guard ref == nil, !hasStructure, required.isEmpty, minProperties == nil, maxProperties == nil,
              !hasValidationApplicators else { return false }
        return hasConstraints
    }
}
