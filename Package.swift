// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Detente",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DetenteCore", targets: ["DetenteCore"]),
        .executable(name: "detente", targets: ["detente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .target(
            name: "DetenteCore",
            resources: [.copy("Resources/Lexicon")]
        ),
        .executableTarget(
            name: "detente",
            dependencies: [
                "DetenteCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DetenteCoreTests",
            dependencies: ["DetenteCore"]
        ),
    ]
)
