import Glibc
import KioskClient
import QueueCore
import Testing

@Suite struct TicketPrintoutTests {
    static let printout = TicketPrintout(
        ticket: Fixtures.ticket("M-007", language: "fr"), estimate: WaitEstimate(peopleAhead: 2, minutes: 30),
        site: Fixtures.site)

    @Test func matchesTheGoldenBytes() throws {
        let path = Fixtures.directory + "/ticket-fr.escpos"
        let bytes = Self.printout.escPosBytes
        if getenv("UPDATE_GOLDEN") != nil { Fixtures.write(bytes, to: path) }
        let golden = try #require(Fixtures.read(path), "missing \(path); run with UPDATE_GOLDEN=1")
        #expect(bytes == golden)
    }

    @Test func arabicTicketPrintsItsWordsInFrenchWithALatinLanguageHint() throws {
        let printout = TicketPrintout(
            ticket: Fixtures.ticket("S-012", service: "social", language: "ar"), estimate: nil, site: Fixtures.site)
        #expect(printout.printLanguage == "fr")
        #expect(printout.service == "Service social")
        let path = Fixtures.directory + "/ticket-ar.escpos"
        if getenv("UPDATE_GOLDEN") != nil { Fixtures.write(printout.escPosBytes, to: path) }
        #expect(printout.escPosBytes == (try #require(Fixtures.read(path))))
        #expect(!printout.escPosBytes.contains(UInt8(ascii: "?")), "nothing unprintable")
    }

    @Test func selectsCodePage858AndPrintsAccents() {
        let bytes = Self.printout.escPosBytes
        #expect(Array(bytes.prefix(5)) == [0x1B, 0x40, 0x1B, 0x74, 19])
        #expect(CodePage858.encode("é€à") == [0x82, 0xD5, 0x85])
        // "Médecin": é is 0x82 in CP858.
        #expect(bytes.contains(0x82))
        #expect(Array(bytes.suffix(4)) == [0x1D, 0x56, 0x42, 0x00], "ends with a cut")
    }

    @Test func aMissingPrinterIsReportedNotThrown() {
        let printer = TicketPrinter(path: "/dev/usb/no-such-printer")
        guard case .missing = printer.print([0x1B, 0x40]) else {
            Issue.record("expected missing")
            return
        }
    }

    @Test func aFileCollectsTickets() {
        let directory = Fixtures.temporaryDirectory()
        defer { Fixtures.remove(directory) }
        let printer = TicketPrinter(path: directory + "/tickets.bin")
        #expect(printer.print(Self.printout.escPosBytes) == .printed)
        #expect(printer.print(Self.printout.escPosBytes) == .printed)
        #expect(Fixtures.read(directory + "/tickets.bin")?.count == Self.printout.escPosBytes.count * 2)
    }
}
