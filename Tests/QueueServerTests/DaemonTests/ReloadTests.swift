import Glibc
import Testing
import WireProtocol

@testable import QueueServer

/// ReloadConfig (what SIGHUP does too): a good file replaces the site without dropping
/// anyone; a bad one is refused with its problems and line numbers, and the old site stays.
@Suite struct ReloadTests {
    static func siteFile(name: String, medicalPrefix: String = "M", broken: Bool = false) -> String {
        """
        [site]
        name = "\(name)"
        time_zone = "UTC"
        languages = ["fr", "en"]
        \(broken ? "prefix_of_nothing = " : "")

        [hours]
        monday-sunday = "all day"

        [[service]]
        id = "medical"
        prefix = "\(medicalPrefix)"
        labels = { fr = "Médecin", en = "Doctor" }

        [[service]]
        id = "social"
        prefix = "S"
        labels = { fr = "Service social", en = "Social worker" }

        [[desk]]
        id = "room-1"
        label = "Salle 1"
        services = ["medical"]

        [[desk]]
        id = "room-2"
        label = "Salle 2"
        services = ["medical", "social"]
        """
    }

    static func write(_ text: String, to path: String) {
        let file = fopen(path, "w")!
        fputs(text, file)
        fclose(file)
    }

    @Test func aGoodFileIsTakenAndABadOneRefusedWithLineNumbers() async throws {
        let directory = try AuthFixtures.temporaryDirectory()
        defer { AuthFixtures.removeDirectory(directory) }
        let path = directory + "/site.toml"
        let server = try await TestServer(configPath: path)
        let admin = try await server.client(token: AuthFixtures.adminToken)

        Self.write(Self.siteFile(name: "Renamed centre"), to: path)
        let reloaded = try await admin.call(1, .reloadConfig, WireReloadConfigRequest())
        #expect(reloaded.status.statusCode == .ok, "\(reloaded.status.message) \(reloaded.status.detail.text)")
        #expect(try reloaded.messages.first?.decodeMessage(WireReloadConfigReply.self).site.name == "Renamed centre")
        let newcomer = try await server.connect()
        #expect(try await newcomer.handshake(token: AuthFixtures.kioskToken).siteName == "Renamed centre")

        Self.write(Self.siteFile(name: "Broken", broken: true), to: path)
        let broken = try await admin.call(2, .reloadConfig, WireReloadConfigRequest())
        #expect(broken.status.statusCode == .failedPrecondition)
        #expect(broken.status.detail.reason == .invalidConfiguration)
        #expect(broken.status.detail.text.contains("site.toml:5"))

        // People wait in medical: its prefix may not change now.
        _ = try await admin.call(3, .takeTicket, CallTests.takeTicket())
        Self.write(Self.siteFile(name: "Renamed centre", medicalPrefix: "Q"), to: path)
        let stranded = try await admin.call(4, .reloadConfig, WireReloadConfigRequest())
        #expect(stranded.status.detail.reason == .invalidConfiguration)
        #expect(stranded.status.detail.text.contains("prefix"))
        #expect(server.context.site.service("medical")?.prefix == "M")
        #expect(server.context.site.name == "Renamed centre")

        // The admin's connection was never dropped.
        #expect(try await admin.call(5, .getStatus, WireGetStatusRequest()).status.statusCode == .ok)
        await admin.close()
        await newcomer.close()
        await server.stop()
    }
}
