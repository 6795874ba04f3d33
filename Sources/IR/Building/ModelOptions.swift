/// Choices that change the shape of generated models and which operations are built.
public struct ModelOptions: Sendable, Hashable {
    /// Whether enums keep unknown values (`open`, the default) or fail to decode them (`frozen`).
    public enum EnumStyle: String, Sendable, Hashable, CaseIterable {
        case open, frozen
    }

    public var enumStyle: EnumStyle
    /// `format` → a Swift type used instead of the default mapping (`uuid: String`).
    public var formatOverrides: [String: String]
    /// Component schema name → an existing Swift type used instead of generating one (`Money: Decimal`).
    public var schemaOverrides: [String: String]
    public var operationFilter: OperationFilter

    public init(
        enumStyle: EnumStyle = .open, formatOverrides: [String: String] = [:], schemaOverrides: [String: String] = [:],
        operationFilter: OperationFilter = OperationFilter()
    ) {
        self.enumStyle = enumStyle
        self.formatOverrides = formatOverrides
        self.schemaOverrides = schemaOverrides
        self.operationFilter = operationFilter
    }
}

/// Which operations to generate. Each non-empty list must match: an operation is kept when its
/// id is listed (if ids are given), it has a listed tag (if tags are given), and its path is
/// listed (if paths are given). Empty lists keep everything.
public struct OperationFilter: Sendable, Hashable {
    public var operationIDs: Set<String>
    public var tags: Set<String>
    public var paths: Set<String>

    public init(operationIDs: Set<String> = [], tags: Set<String> = [], paths: Set<String> = []) {
        self.operationIDs = operationIDs
        self.tags = tags
        self.paths = paths
    }

    public func includes(operationID: String, tags operationTags: [String], path: String) -> Bool {
        (operationIDs.isEmpty || operationIDs.contains(operationID))
            && (tags.isEmpty || operationTags.contains(where: tags.contains))
            && (paths.isEmpty || paths.contains(path))
    }
}
