// swift-tools-version:5.4
import PackageDescription

// The libFuzzer target lives in its own package so that the main package's `swift build` and
// `swift test` never see `-sanitize=fuzzer`. Build and run it as Fuzz/README.md says.
let package = Package(
    name: "VietIEFuzz",
    dependencies: [.package(name: "VietIE", path: "..")],
    targets: [
        .executableTarget(
            name: "vietie-fuzz",
            dependencies: [.product(name: "VietIE", package: "VietIE")]),
    ]
)
