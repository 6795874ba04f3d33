import Emitters
import IR
import YAMLReader

/// Everything a run of the generator can be asked to do differently.
public struct GeneratorOptions: Sendable {
    /// The access level of generated declarations.
    public var access: AccessModifier
    /// Open enums keep unknown values; frozen enums reject them.
    public var enumStyle: ModelOptions.EnumStyle
    /// A folder whose `NAME.mustache` files replace the default templates of the same name.
    public var templatesDirectory: String?
    public var limits: YAMLReaderLimits

    public init(
        access: AccessModifier = .public,
        enumStyle: ModelOptions.EnumStyle = .open,
        templatesDirectory: String? = nil,
        limits: YAMLReaderLimits = .default
    ) {
        self.access = access
        self.enumStyle = enumStyle
        self.templatesDirectory = templatesDirectory
        self.limits = limits
    }
}
