// swift-tools-version:6.1
import PackageDescription

// Library first, thin CLI. The dependency chain runs one way:
// Core -> Text -> Gazetteer -> Extraction -> Graph/Evaluation -> VietIE (facade) -> vietie (CLI).
// ICU is reached only through the C shim `CVietICU`, whose public header uses <stdint.h> types:
// a Swift module that sees both Foundation and ICU's own headers does not compile on Linux.
let package = Package(
    name: "VietIE",
    products: [
        .library(name: "VietIE", targets: ["VietIE"]),
        .executable(name: "vietie", targets: ["vietie"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU", pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]),
        .target(name: "CVietICU", dependencies: ["CICU"]),
        .target(name: "VietIECore"),
        .target(name: "VietIEText", dependencies: ["VietIECore", "CVietICU"]),
        .target(name: "VietIEGazetteer", dependencies: ["VietIECore", "VietIEText"]),
        .target(name: "VietIEExtraction", dependencies: ["VietIECore", "VietIEText", "VietIEGazetteer"]),
        .target(name: "VietIEEvaluation", dependencies: ["VietIECore", "VietIEText"]),
        .target(name: "VietIEGraph", dependencies: ["VietIECore", "VietIEText"]),
        .target(name: "VietIE", dependencies: ["VietIECore", "VietIEText", "VietIEGazetteer", "VietIEExtraction", "VietIEEvaluation", "VietIEGraph"]),
        .executableTarget(
            name: "vietie",
            dependencies: ["VietIE", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(
            name: "VietIETextTests",
            dependencies: ["VietIEText", "VietIETestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Corpora"]),
        .testTarget(name: "VietIECoreTests", dependencies: ["VietIECore"]),
        .testTarget(
            name: "VietIEExtractionTests",
            dependencies: ["VietIE", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Corpora"]),
        .testTarget(name: "VietIEGazetteerTests", dependencies: ["VietIE"]),
        .testTarget(name: "VietIEEvaluationTests", dependencies: ["VietIEEvaluation", "VietIE"]),
        // Finds and runs the built `vietie` binary for the tests that run it as users do.
        .target(name: "VietIETestSupport", path: "Tests/VietIETestSupport"),
        .testTarget(name: "VietIECLITests", dependencies: ["VietIE", "vietie", "VietIETestSupport"]),
        .testTarget(name: "VietIEGraphTests", dependencies: ["VietIEGraph", "VietIE", "vietie", "VietIETestSupport"]),
        .testTarget(name: "VietIEViewsTests", dependencies: ["VietIE"]),
    ]
)
