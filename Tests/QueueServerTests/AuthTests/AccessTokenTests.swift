import Testing

@testable import QueueServer

@Suite struct AccessTokenTests {
    @Test func theSameTokenMatches() {
        #expect(AuthFixtures.token("kiosk-secret-0123456789").matches(AuthFixtures.token("kiosk-secret-0123456789")))
    }

    @Test(arguments: [
        "kiosk-secret-012345678",  // a prefix
        "kiosk-secret-01234567890",  // one more character
        "kiosk-secret-0123456789\0",  // padded with what padding holds
        "Kiosk-secret-0123456789",  // first byte differs
        "kiosk-secret-0123456788",  // last byte differs
        "x",
    ])
    func anyOtherTokenDoesNot(other: String) {
        #expect(!AuthFixtures.token("kiosk-secret-0123456789").matches(AuthFixtures.token(other)))
    }

    @Test func tokensLongerThanTheMaximumMatchNothingEvenWhenTheyShareTheFirstBytes() {
        let longest = String(repeating: "a", count: AccessToken.maximumLength)
        #expect(AuthFixtures.token(longest).matches(AuthFixtures.token(longest)))
        #expect(!AuthFixtures.token(longest).matches(AuthFixtures.token(longest + "a")))
        #expect(!AuthFixtures.token(longest + "b").matches(AuthFixtures.token(longest + "a")))
    }

    @Test func anEmptyFieldIsNoToken() {
        #expect(AccessToken(presented: "") == nil)
    }

    @Test func theSecretIsNeverPrinted() {
        let token = AuthFixtures.token("kiosk-secret-0123456789")
        var dumped = ""
        dump(token, to: &dumped)
        for text in ["\(token)", String(describing: token), String(reflecting: token), dumped, "\([token])", "\(Optional(token) as Any)"] {
            #expect(!text.contains("kiosk-secret"), "\(text)")
            #expect(text.contains("redacted"), "\(text)")
        }
    }
}
