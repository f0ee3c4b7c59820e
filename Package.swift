// swift-tools-version:6.0
// Siaga: discrete-event simulation and resource planning for election-security operations.
import PackageDescription

let package = Package(
    name: "Siaga",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "siaga", targets: ["siaga"]),
        .executable(name: "phold", targets: ["phold"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: - C shims
        .systemLibrary(
            name: "CLinearAlgebra",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .systemLibrary(name: "CSuiteSparse", providers: [.apt(["libsuitesparse-dev"])]),

        // MARK: - Numerical core
        .target(name: "CKernels"),
        .target(name: "LinearAlgebra", dependencies: ["CLinearAlgebra", "CKernels"], exclude: ["README.md"]),
        .target(name: "Simulation"),
        .target(name: "Optimization", dependencies: ["LinearAlgebra", "CSuiteSparse"], exclude: ["README.md"]),

        // MARK: - Domain
        .target(name: "Scenario", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "Synthesis", dependencies: ["Scenario", "Simulation"]),
        .target(name: "Planning", dependencies: ["Scenario", "Optimization", "Operations"]),
        .target(name: "Operations", dependencies: ["Scenario", "Simulation"]),
        .target(name: "Reports", dependencies: ["Scenario", "Operations"]),

        // MARK: - Presentation
        .target(name: "Charts"),
        .target(name: "RunReport", dependencies: ["Charts", "Scenario", "Operations", "Reports"]),

        // MARK: - Command line
        .executableTarget(
            name: "siaga",
            dependencies: [
                "Scenario", "Synthesis", "Planning", "Operations", "Reports", "Simulation", "LinearAlgebra", "Optimization", "RunReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Benchmarks
        .executableTarget(name: "phold", dependencies: ["Simulation"], path: "benchmarks/phold/swift"),
        .executableTarget(name: "lpbench", dependencies: ["Optimization", "LinearAlgebra"], path: "benchmarks/lp/swift"),

        // MARK: - Tests
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation"]),
        .testTarget(name: "OptimizationTests", dependencies: ["Optimization", "LinearAlgebra"], exclude: ["Fixtures"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario"]),
        .testTarget(name: "SynthesisTests", dependencies: ["Synthesis", "Scenario"]),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "Scenario", "Optimization"]),
        .testTarget(name: "OperationsTests", dependencies: ["Operations", "Scenario", "Simulation"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Operations", "Planning", "Scenario"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        .testTarget(name: "RunReportTests", dependencies: ["RunReport", "Charts", "Scenario"]),
        .testTarget(name: "SiagaTests", dependencies: ["siaga"]),
    ]
)
