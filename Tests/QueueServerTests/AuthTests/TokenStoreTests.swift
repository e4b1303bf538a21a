import Testing
import WireProtocol

@testable import QueueServer

@Suite struct TokenStoreTests {
    @Test func everyDeviceIsFoundByItsToken() throws {
        let store = try AuthFixtures.store()
        #expect(store.devices == [
            TokenDevice(role: .kiosk, name: "kiosk-hall"),
            TokenDevice(role: .desk, name: "room-2"),
            TokenDevice(role: .admin, name: "volunteer"),
        ])
        #expect(store.device(for: AuthFixtures.token(AuthFixtures.kioskToken)) == TokenDevice(role: .kiosk, name: "kiosk-hall"))
        #expect(store.device(for: AuthFixtures.token(AuthFixtures.deskToken))?.role == .desk)
        #expect(store.device(for: AuthFixtures.token(AuthFixtures.adminToken))?.name == "volunteer")
        #expect(store.device(for: AuthFixtures.token("no-such-token-anywhere")) == nil)
    }

    @Test func aFileOfCommentsHasNoTokens() throws {
        #expect(try TokenStore(parsing: "# no devices yet\n\n   \n").isEmpty)
    }

    @Test func everyBadLineIsReportedWithItsNumber() throws {
        let text = """
            kiosk kiosk-hall \(AuthFixtures.kioskToken)
            kiosk kiosk-hall
            nurse room-1 abcdefghijklmnopqrstuvwxyz
            desk room/1 abcdefghijklmnopqrstuvwxyz
            desk room-1 short
            desk room-2 abcdéfghijklmnopqrstuvwxyz
            display kiosk-hall abcdefghijklmnopqrstuvwxyz
            display board \(AuthFixtures.kioskToken)
            desk room-3 \(AuthFixtures.deskToken) # by the window
            desk room-4 abcdefghijklmnopqrstuvwxyz0 extra # comment
            """
        let error = #expect(throws: TokenFileError.self) { try TokenStore(parsing: text, source: "tokens") }
        #expect(error == .invalidLines(path: "tokens", [
            TokenFileLineError(line: 2, problem: .fieldCount(2)),
            TokenFileLineError(line: 3, problem: .unknownRole),
            TokenFileLineError(line: 4, problem: .invalidName),
            TokenFileLineError(line: 5, problem: .tokenLength(5)),
            TokenFileLineError(line: 6, problem: .tokenCharacters),
            TokenFileLineError(line: 7, problem: .duplicateName(firstLine: 1)),
            TokenFileLineError(line: 8, problem: .duplicateToken(firstLine: 1)),
            TokenFileLineError(line: 10, problem: .fieldCount(6)),
        ]))
        let message = error?.description ?? ""
        #expect(message.hasPrefix("tokens file tokens has errors:\n  line 2: expected 3 fields"))
        for secret in [AuthFixtures.kioskToken, AuthFixtures.deskToken, "abcdefghijklmnopqrstuvwxyz", "short"] {
            #expect(!message.contains(secret))
        }
    }

    @Test func aTokenInTheWrongColumnIsNotEchoed() {
        let error = #expect(throws: TokenFileError.self) { try TokenStore(parsing: "\(AuthFixtures.kioskToken) kiosk kiosk-hall") }
        #expect(error?.description.contains(AuthFixtures.kioskToken) == false)
    }

    @Test func theStoreDescribesItselfWithoutSecrets() throws {
        let store = try AuthFixtures.store()
        var dumped = ""
        dump(store, to: &dumped)
        for text in ["\(store)", dumped] {
            #expect(!text.contains("secret"), "\(text)")
        }
        #expect("\(store)" == "3 device tokens from /etc/queue-server/tokens")
    }
}
