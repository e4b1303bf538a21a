import Testing
import QueueCore

/// Six digits, the last a Damm check digit: every single-digit typo and neighbour swap is caught.
@Suite struct AppointmentCodeTests {
    static func replacing(_ digits: [Character], at index: Int, with digit: Character) -> String {
        var copy = digits
        copy[index] = digit
        return String(copy)
    }

    @Test func everySingleDigitTypoAndAdjacentSwapIsCaught() {
        var checked = 0
        var missed: [String] = []
        for payload in stride(from: UInt64(0), to: 100_000, by: 97) {
            let digits = Array(AppointmentCode(entropy: payload).digits)
            for index in 0..<6 {
                for digit in "0123456789" where digit != digits[index] {
                    let typo = Self.replacing(digits, at: index, with: digit)
                    if AppointmentCode(typo) != nil { missed.append(typo) }
                    checked += 1
                }
            }
            for index in 0..<5 where digits[index] != digits[index + 1] {
                var swapped = digits
                swapped.swapAt(index, index + 1)
                if AppointmentCode(String(swapped)) != nil { missed.append(String(swapped)) }
                checked += 1
            }
        }
        #expect(missed == [])
        #expect(checked > 55_000)
    }

    @Test func theCodeCarriesTheFivePayloadDigitsAndReadsBack() {
        for payload in [UInt64(0), 7, 48_291, 99_999, 100_007, UInt64.max] {
            let code = AppointmentCode(entropy: payload)
            let expected = (payload % 100_000).zeroPadded(5)
            #expect(code.digits.prefix(5) == Substring(expected))
            #expect(AppointmentCode(code.digits) == code)
        }
    }

    @Test func itIsShownInTwoGroupsAndTypedWithOrWithoutSeparators() throws {
        let code = AppointmentCode(entropy: 48_291)
        let digits = code.digits
        #expect(code.description == "\(digits.prefix(3))-\(digits.suffix(3))")
        for typed in [digits, code.description, "\(digits.prefix(3)) \(digits.suffix(3))", " \(digits) "] {
            #expect(AppointmentCode(typed) == code)
        }
    }

    @Test(arguments: ["", "12345", "1234567", "12a456", "٤٨٢٩١٣", "12.456"])
    func anythingButSixDigitsIsRefused(text: String) {
        #expect(AppointmentCode(text) == nil)
        #expect(!AppointmentCode.looksLikeCode(text))
    }

    @Test func aTypoStillLooksLikeACode() {
        let digits = Array(AppointmentCode(entropy: 12_345).digits)
        let typo = Self.replacing(digits, at: 5, with: digits[5] == "0" ? "1" : "0")
        #expect(AppointmentCode(typo) == nil)
        #expect(AppointmentCode.looksLikeCode(typo))
    }
}

extension UInt64 {
    func zeroPadded(_ width: Int) -> String { Int(self).zeroPadded(width) }
}
