// swift-tools-version: 6.1
// An example service around ChildcareRules: one case per SQLite database, one event per request, the state
// loaded, applied and saved in one transaction. Its own package, so the library's consumers never build it.

import PackageDescription

let package = Package(
    name: "childcare-service",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "ChildcareRules", path: "../..")],
    targets: [
        // The system's SQLite (libsqlite3; on Debian `apt-get install libsqlite3-dev`).
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        .executableTarget(
            name: "childcare-service",
            dependencies: ["CSQLite", .product(name: "ChildcareRulesJSON", package: "ChildcareRules")]),
        .testTarget(name: "ServiceTests", dependencies: ["childcare-service"]),
    ],
    swiftLanguageModes: [.v6]
)
