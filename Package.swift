// swift-tools-version: 6.0
import PackageDescription

// Modules depend one way: CCMarkGFM ← ExhibitMarkdown ← ExhibitCore ← exhibit,
// ExhibitText ← (Markdown, Core), ExhibitTemplates ← ExhibitCore.
// ExhibitCore ← ExhibitServer ← exhibit. Only `exhibit` sees ArgumentParser; only
// ExhibitServer sees FlyingFox; only ExhibitTemplates sees Mustache; only
// ExhibitMarkdown sees cmark-gfm's C API; only ExhibitQR sees libqrencode's
// (CQREncode ← ExhibitQR ← ExhibitCore). CRenameExchange is one C function (the
// atomic swap of the output folder) that ExhibitCore's OutputFolder alone uses.
let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "Exhibit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "exhibit", targets: ["exhibit"]),
        .library(name: "ExhibitCore", targets: ["ExhibitCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CQREncode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]
        ),
        .systemLibrary(name: "CRenameExchange"),
        .target(name: "ExhibitText", swiftSettings: strict),
        .target(name: "ExhibitQR", dependencies: ["CQREncode", "ExhibitText"], swiftSettings: strict),
        .target(name: "ExhibitMarkdown", dependencies: ["CCMarkGFM", "ExhibitText"], swiftSettings: strict),
        .target(name: "ExhibitSearch", dependencies: ["ExhibitText"], swiftSettings: strict),
        .target(
            name: "ExhibitTemplates",
            dependencies: ["ExhibitText", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strict
        ),
        .target(
            name: "ExhibitCore",
            dependencies: ["ExhibitText", "ExhibitMarkdown", "ExhibitTemplates", "ExhibitQR", "ExhibitSearch", "CRenameExchange", "Yams"],
            swiftSettings: strict
        ),
        .target(
            name: "ExhibitServer",
            dependencies: ["ExhibitCore", "ExhibitText", .product(name: "FlyingFox", package: "FlyingFox")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "exhibit",
            dependencies: ["ExhibitCore", "ExhibitServer", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // The fuzzer's harness (scripts/fuzz builds it with -sanitize=fuzzer); a plain build
        // is a replayer: `.build/debug/ExhibitFuzz FILE…` runs inputs through the same code.
        .executableTarget(name: "ExhibitFuzz", dependencies: ["ExhibitCore"], swiftSettings: strict),
        .testTarget(name: "ExhibitTextTests", dependencies: ["ExhibitText"]),
        .testTarget(name: "ExhibitMarkdownTests", dependencies: ["ExhibitMarkdown"]),
        .testTarget(name: "ExhibitTemplatesTests", dependencies: ["ExhibitTemplates"]),
        .testTarget(name: "ExhibitQRTests", dependencies: ["ExhibitQR"]),
        .testTarget(name: "ExhibitSearchTests", dependencies: ["ExhibitSearch"]),
        // Fixture sites and snapshots are read from the source tree (#filePath), not bundled.
        .testTarget(name: "ExhibitCoreTests", dependencies: ["ExhibitCore"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(
            name: "ExhibitServerTests",
            dependencies: ["ExhibitServer", "ExhibitCore", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["ExhibitCore"], exclude: ["README.md"]),
    ],
    swiftLanguageModes: [.v6]
)
