// swift-tools-version:6.1
//
// A walk-in queue server for low-threshold care centres.
// See README.md for the two commands that run it and test it, and docs/DESIGN.md for the map.
import PackageDescription

let nioCore = Target.Dependency.product(name: "NIOCore", package: "swift-nio")
let nioPosix = Target.Dependency.product(name: "NIOPosix", package: "swift-nio")
let nioConcurrency = Target.Dependency.product(name: "NIOConcurrencyHelpers", package: "swift-nio")
let logging = Target.Dependency.product(name: "Logging", package: "swift-log")
let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let serviceLifecycle = Target.Dependency.product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
let protobuf = Target.Dependency.product(name: "SwiftProtobuf", package: "swift-protobuf")

// queue-server's resident memory is mostly its own code, mapped by the kernel 64 KiB around each
// page it runs (docs/PERFORMANCE.md, "idle RSS"). So it is linked with lld (the toolchain's) to:
// lay out the functions it runs at start and while serving together (the order file, made by
// scripts/function-order/generate; names it no longer has are skipped); pack its relocations
// (DT_RELR, glibc >= 2.36 like the .deb's Depends: 1.4 MB of RELA entries the loader reads at
// every start); and export no symbols (the static stdlib's -export-dynamic put 22,000 names and
// their hash table, 1.4 MB, in what the loader touches; nothing looks them up).
let serverLinkerFlags = [
    "-use-ld=lld",
    "-Xlinker", "--no-export-dynamic",
    "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
    "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/deploy/link/queue-server.order",
    "-Xlinker", "--no-warn-symbol-ordering",
]

let package = Package(
    name: "walkin-queue",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "queue-server", targets: ["queue-server"]),
        .executable(name: "queuectl", targets: ["queuectl"]),
        .executable(name: "queue-bench", targets: ["queue-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // No default traits: BinaryDelimitedStreams imports full Foundation (and its 34 MB of ICU
        // data) into every binary; we frame messages ourselves and need neither trait.
        .package(url: "https://github.com/apple/swift-protobuf.git", from: "1.39.0", traits: []),
    ],
    targets: [
        // System libraries, linked dynamically (Debian: libsqlite3-0, libsystemd0).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CSystemd", pkgConfig: "libsystemd", providers: [.apt(["libsystemd-dev"])]),

        // Linux timerfd (not in Swift's Glibc module), for the wall-clock midnight alarm.
        .target(name: "CTimerFD"),

        // The pure domain: queue rules, time, opening hours, reports. No I/O, no Foundation.
        .target(name: "QueueCore"),
        // Protobuf messages (generated, committed) and their mapping to QueueCore types.
        // Serves both the wire and the on-disk event log.
        .target(name: "QueueMessages", dependencies: ["QueueCore", protobuf]),
        // Framing, handshake, method table and status codes of the binary protocol.
        .target(name: "WireProtocol", dependencies: ["QueueMessages", nioCore]),
        // The power-cut-safe SQLite store: WAL + synchronous=FULL, single writer.
        .target(name: "QueueStore", dependencies: ["QueueCore", "QueueMessages", "CSQLite"]),
        // The site configuration file: parser with line-numbered errors, built-in default site.
        .target(name: "SiteConfig", dependencies: ["QueueCore"]),
        // systemd integration: sd_notify, socket activation, watchdog, journald log handler.
        .target(name: "SystemdKit", dependencies: ["CSystemd", logging]),
        // Swift Concurrency's executors on the server's event loops: no idle wake-ups.
        .target(name: "TaskExecutors", dependencies: [nioCore, nioPosix]),
        // The daemon: listeners, connections, auth, group commit, subscriptions, systemd.
        .target(
            name: "QueueServer",
            dependencies: [
                "QueueCore", "QueueMessages", "WireProtocol", "QueueStore", "SiteConfig", "SystemdKit", "CTimerFD",
                nioCore, nioPosix, nioConcurrency, logging, serviceLifecycle,
            ]
        ),
        .executableTarget(
            name: "queue-server",
            dependencies: [
                "QueueServer", "SiteConfig", "SystemdKit", "TaskExecutors", argumentParser, serviceLifecycle, nioCore, nioPosix,
            ],
            linkerSettings: [.unsafeFlags(serverLinkerFlags, .when(platforms: [.linux]))]),
        // The client library and the terminal front-ends (kiosk, desk, board).
        .target(
            name: "KioskClient",
            dependencies: ["QueueCore", "QueueMessages", "WireProtocol", nioCore, nioPosix, nioConcurrency]
        ),
        .executableTarget(name: "queuectl", dependencies: ["KioskClient", "SiteConfig", argumentParser]),
        .executableTarget(
            name: "queue-bench",
            dependencies: [
                "WireProtocol", "QueueMessages", "QueueCore", "QueueStore", "SiteConfig", "CSQLite", argumentParser, nioCore,
                nioPosix, nioConcurrency,
            ]
        ),

        .testTarget(name: "QueueCoreTests", dependencies: ["QueueCore"]),
        .testTarget(name: "QueueMessagesTests", dependencies: ["QueueMessages", "QueueCore", protobuf]),
        .testTarget(
            name: "WireProtocolTests",
            dependencies: ["WireProtocol", "QueueMessages", nioCore, protobuf],
            exclude: ["Vectors"]
        ),
        .testTarget(name: "QueueStoreTests", dependencies: ["QueueStore", "QueueCore", "QueueMessages"]),
        .testTarget(name: "SiteConfigTests", dependencies: ["SiteConfig", "QueueCore"]),
        .testTarget(name: "SystemdKitTests", dependencies: ["SystemdKit"]),
        .testTarget(name: "TaskExecutorsTests", dependencies: ["TaskExecutors", nioCore, nioPosix]),
        .testTarget(
            name: "QueueServerTests",
            dependencies: [
                "QueueServer", "KioskClient", "WireProtocol", "QueueMessages", "QueueCore", "SiteConfig", "SystemdKit",
                nioCore, nioPosix, logging, serviceLifecycle,
            ]
        ),
        .testTarget(
            name: "KioskClientTests",
            dependencies: [
                "KioskClient", "QueueServer", "QueueMessages", "QueueCore", "WireProtocol", "SiteConfig", nioPosix, logging,
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "QueueBenchTests",
            dependencies: [
                "queue-bench", "WireProtocol", "QueueMessages", "SiteConfig", "QueueCore", "QueueStore", nioCore, nioPosix,
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The decoder's libFuzzer target, declared only for `scripts/fuzz` (WALKIN_FUZZ=1), which builds
// it with libFuzzer and AddressSanitizer in its own build directory (.build-fuzz): a plain
// `swift build` never sees it and never needs the fuzzer runtime.
if Context.environment["WALKIN_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "FrameDecoderFuzz",
            dependencies: ["WireProtocol", "QueueCore", nioCore, protobuf],
            path: "Fuzz/FrameDecoderFuzz"
        )
    )
}
