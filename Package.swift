// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Detente",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DetenteCore", targets: ["DetenteCore"]),
        .library(name: "DetenteStore", targets: ["DetenteStore"]),
        .library(name: "DetenteServer", targets: ["DetenteServer"]),
        .executable(name: "detente", targets: ["detente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Tests only: property-based checks of the parsers' invariants.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
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
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "DetenteServer",
            dependencies: [
                "DetenteCore",
                "DetenteStore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "detente",
            dependencies: [
                "DetenteCore",
                "DetenteStore",
                "DetenteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DetenteCoreTests",
            dependencies: [
                "DetenteCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "DetenteStoreTests",
            dependencies: ["DetenteCore", "DetenteStore"]
        ),
        .testTarget(
            name: "DetenteServerTests",
            dependencies: [
                "DetenteCore", "DetenteStore", "DetenteServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
