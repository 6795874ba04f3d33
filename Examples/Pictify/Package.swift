// swift-tools-version: 6.1
import PackageDescription

// A consumer of Specsmith's build-tool plugin: the PictifyAPI target holds only the spec and
// its configuration; the models and client are generated at build time.
let package = Package(
    name: "PictifyExample",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Specsmith", path: "../.."),
    ],
    targets: [
        .target(
            name: "PictifyAPI",
            plugins: [.plugin(name: "SpecsmithBuildPlugin", package: "Specsmith")]
        ),
        .executableTarget(name: "pictify-demo", dependencies: ["PictifyAPI"]),
    ],
    swiftLanguageModes: [.v6]
)
