// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "swoc-wizard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "swoc-wizard", targets: ["SwocWizard"]),
        .executable(name: "swoc-benchmarks", targets: ["SwocBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // HTML built as a typed tree that escapes text by construction (the HTML plan).
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        // RFC 4180 quoting for the CSV action table.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Property-based tests of the loaders and of the Markdown escaping.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // GNU readline (GPL-3.0) for line editing, history and Tab completion.
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        // Pure data and rules: questionnaires, answers, sessions, navigation.
        .target(
            name: "PlanModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Every file the program writes, and the locks: atomic saves, session
        // files, documents, safe handling of links (as SwiftPM keeps Basics'
        // file system apart from its package model).
        .target(
            name: "Storage",
            dependencies: ["PlanModel"]
        ),
        // The program's own words in each language it speaks (English,
        // Chinese): screens, messages, errors, document headings. One place,
        // checked for completeness by the compiler.
        .target(
            name: "Messages",
            dependencies: ["PlanModel", "Storage"]
        ),
        // Turning a session into documents a city can circulate.
        .target(
            name: "Exporters",
            dependencies: [
                "PlanModel", "Messages",
                .product(name: "Plot", package: "Plot"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The `swoc-wizard` command: argument parsing, the line editor and the interactive flow.
        .executableTarget(
            name: "SwocWizard",
            dependencies: [
                "PlanModel",
                "Storage",
                "Messages",
                "Exporters",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release swoc-benchmarks`: times start-up work, answers,
        // exports and match-making (see README, Benchmarks).
        .executableTarget(
            name: "SwocBenchmarks",
            dependencies: ["PlanModel", "Storage", "Messages", "Exporters"],
            path: "Benchmarks/SwocBenchmarks"
        ),
        .testTarget(
            name: "PlanModelTests",
            dependencies: ["PlanModel", "Storage", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "PlanModel"]),
        .testTarget(name: "MessagesTests", dependencies: ["Messages", "PlanModel", "Storage"]),
        .testTarget(
            name: "ExportersTests",
            dependencies: [
                "Exporters", "Messages", "PlanModel",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "SwocWizardTests", dependencies: ["SwocWizard", "Messages", "PlanModel", "Storage"]),
    ],
    swiftLanguageModes: [.v6]
)
