// swift-tools-version:6.0
// Fuzz targets for Detente's readers, parsers and coder, built apart from the project so that
// its normal build is untouched: scripts/fuzz.sh builds this package with libFuzzer and
// AddressSanitizer (-sanitize=fuzzer,address) and runs each target.
import PackageDescription

let package = Package(
    name: "DetenteFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Detente", path: "..")],
    targets: [
        .executableTarget(
            name: "detente-fuzz",
            dependencies: [
                .product(name: "DetenteCore", package: "Detente"),
                .product(name: "DetenteStore", package: "Detente"),
                .product(name: "DetenteServer", package: "Detente"),
            ],
            // libFuzzer brings its own main.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
