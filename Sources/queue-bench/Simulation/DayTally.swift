import WireProtocol

/// The figures a day's report should show, counted by the simulation from the replies the
/// server acknowledged; `mismatches(with:)` compares them to the server's report.
struct DayTally: Sendable, Hashable {
    struct Counts: Sendable, Hashable {
        var tickets = 0
        var consultations = 0
        var noShows = 0
        var transfersOut = 0
        var transfersIn = 0
    }

    var services: [String: Counts] = [:]
    var recalls = 0

    var totalTickets: Int { services.values.reduce(0) { $0 + $1.tickets } }
    var totalConsultations: Int { services.values.reduce(0) { $0 + $1.consultations } }
    var totalNoShows: Int { services.values.reduce(0) { $0 + $1.noShows } }
    var totalTransfers: Int { services.values.reduce(0) { $0 + $1.transfersOut } }

    /// One line per figure that differs, empty when the report matches.
    func mismatches(with report: WireReport) -> [String] {
        var reported: [String: Counts] = [:]
        for figures in report.figures.services {
            reported[figures.service] = Counts(
                tickets: Int(figures.tickets), consultations: Int(figures.consultations), noShows: Int(figures.noShows),
                transfersOut: Int(figures.transfersOut), transfersIn: Int(figures.transfersIn))
        }
        var problems: [String] = []
        for service in Set(services.keys).union(reported.keys).sorted() {
            let expected = services[service] ?? Counts()
            let got = reported[service] ?? Counts()
            let fields: [(String, Int, Int)] = [
                ("tickets", expected.tickets, got.tickets), ("consultations", expected.consultations, got.consultations),
                ("no-shows", expected.noShows, got.noShows), ("transfers out", expected.transfersOut, got.transfersOut),
                ("transfers in", expected.transfersIn, got.transfersIn),
            ]
            for (name, want, have) in fields where want != have {
                problems.append("\(service) \(name): did \(want), report says \(have)")
            }
        }
        let arrivals = report.figures.arrivalsByHour.reduce(0, +)
        if arrivals != Int64(totalTickets) {
            problems.append("arrivals by hour add up to \(arrivals), \(totalTickets) tickets were taken")
        }
        return problems
    }
}
