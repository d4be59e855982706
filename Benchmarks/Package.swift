// swift-tools-version:6.1
import PackageDescription

// The throughput harness lives in its own package so that `swift test` in the main package stays light.
let package = Package(
    name: "VietIEBenchmarks",
    dependencies: [.package(name: "VietIE", path: "..")],
    targets: [
        .executableTarget(
            name: "vietie-bench",
            dependencies: [.product(name: "VietIE", package: "VietIE")]),
    ]
)
