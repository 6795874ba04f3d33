// The templates in this folder, compiled into the tool (see `defaultTemplates` in Package.swift),
// so the CLI and the plugins work without a templates path. Users override any of them by name
// with `--templates DIR`.

/// The default Mustache templates, by name (the file name without `.mustache`).
public enum DefaultTemplates {
    public static let all: [String: String] = [
        "Model.swift": text(PackageResources.Model_swift_mustache),
        "header": text(PackageResources.header_mustache),
        "declaration": text(PackageResources.declaration_mustache),
        "documentation": text(PackageResources.documentation_mustache),
        "struct": text(PackageResources.struct_mustache),
        "enum": text(PackageResources.enum_mustache),
        "union": text(PackageResources.union_mustache),
        "typealias": text(PackageResources.typealias_mustache),
        "Client.swift": text(PackageResources.Client_swift_mustache),
        "ClientOperations.swift": text(PackageResources.ClientOperations_swift_mustache),
        "successEnum": text(PackageResources.successEnum_mustache),
        "responseHeaders": text(PackageResources.responseHeaders_mustache),
        "validation": text(PackageResources.validation_mustache),
    ]

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
