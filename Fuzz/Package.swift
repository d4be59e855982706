// swift-tools-version:5.4
import PackageDescription

// The libFuzzer target lives in its own package so that the main package's `swift build` and
// `swift test` never see `-sanitize=fuzzer`. Build and run it as Fuzz/README.md says.
//
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's entry point to
// `<module>_main` and links `main` to it on Linux, and a target compiled with `-parse-as-library`
// (so that libFuzzer's own `main` drives it) has no such symbol, so linking fails. At 5.4 the
// executable is linked as is and libFuzzer's `main` calls `LLVMFuzzerTestOneInput`.
let package = Package(
    name: "VietIEFuzz",
    dependencies: [.package(name: "VietIE", path: "..")],
    targets: [
        .executableTarget(
            name: "vietie-fuzz",
            dependencies: [.product(name: "VietIE", package: "VietIE")]),
    ]
)
