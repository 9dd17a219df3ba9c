// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Detente",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DetenteCore", targets: ["DetenteCore"]),
        .library(name: "DetenteStore", targets: ["DetenteStore"]),
        .library(name: "DetentePostgres", targets: ["DetentePostgres"]),
        .library(name: "DetenteServer", targets: ["DetenteServer"]),
        .executable(name: "detente", targets: ["detente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // The pages' templates, which escape every value they write.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Tests only: property-based checks of the parsers' invariants.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "DetenteCore",
            resources: [.copy("Resources/Lexicon"), .copy("Resources/Parser")]
        ),
        .target(
            name: "DetenteStore",
            dependencies: [
                "DetenteCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The same store on a PostgreSQL server, for a team: many machines ingesting at once.
        .target(
            name: "DetentePostgres",
            dependencies: [
                "DetenteCore",
                "DetenteStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "DetenteServer",
            dependencies: [
                "DetenteCore",
                "DetenteStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The map page's country outlines (Natural Earth 1:110m, public domain).
            resources: [.copy("Resources/world-110m.txt")]
        ),
        .executableTarget(
            name: "detente",
            dependencies: [
                "DetenteCore",
                "DetenteStore",
                "DetentePostgres",
                "DetenteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Trains the clause stage's dependency parser on a treebank (see docs/clauses.md).
        .executableTarget(
            name: "detente-train-parser",
            dependencies: [
                "DetenteCore",
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
            dependencies: [
                "DetenteCore", "DetenteStore", "DetentePostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
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
