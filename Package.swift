// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Detente",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DetenteCore", targets: ["DetenteCore"]),
        .library(name: "DetenteStore", targets: ["DetenteStore"]),
        .executable(name: "detente", targets: ["detente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "DetenteCore",
            resources: [.copy("Resources/Lexicon")]
        ),
        .target(
            name: "DetenteStore",
            dependencies: [
                "DetenteCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "detente",
            dependencies: [
                "DetenteCore",
                "DetenteStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DetenteCoreTests",
            dependencies: ["DetenteCore"]
        ),
        .testTarget(
            name: "DetenteStoreTests",
            dependencies: ["DetenteCore", "DetenteStore"]
        ),
    ]
)
