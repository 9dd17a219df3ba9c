// swift-tools-version:6.1
// Detente's benchmarks, kept out of the main package so that its build and CI stay fast.
// Run from this folder: swift package benchmark   (see ../README.md, "Speed").
import PackageDescription

let package = Package(
    name: "DetenteBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Detente", path: ".."),
        .package(
            url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
            traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "DetenteBenchmarks",
            dependencies: [
                .product(name: "DetenteCore", package: "Detente"),
                .product(name: "DetenteStore", package: "Detente"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DetenteBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
