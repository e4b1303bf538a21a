import QueueCore

/// Per-day figures read the same way by the writer (when it prunes) and by readers (reports):
/// stored aggregates for pruned days, the day's events through `DayFiguresBuilder` for the rest.
enum FigureQueries {
    /// Figures derived from the stored events of the days `from...through` (ISO dates).
    /// A day's events all carry its date (a ticket's story files under the ticket's day), so
    /// feeding them in order gives the figures a builder fed the whole log would.
    static func derived(_ db: SQLiteConnection, from: String, through: String, timeZone: TimeZoneRules)
        throws(StoreError) -> [LocalDate: DayFigures]
    {
        var builder = DayFiguresBuilder(timeZone: timeZone)
        let statement = try db.statement(
            "SELECT seq, body FROM events WHERE day BETWEEN ?1 AND ?2 ORDER BY seq", "cannot read events for figures")
        statement.bind(1, from)
        statement.bind(2, through)
        try statement.forEachRow { row throws(StoreError) in
            builder.add(try StoredRecords.event(seq: row.int64(0), body: row.blob(1), path: db.path))
        }
        return builder.days
    }

    /// Figures stored for the pruned days `from...through`.
    static func stored(_ db: SQLiteConnection, from: String, through: String) throws(StoreError)
        -> [LocalDate: DayFigures]
    {
        var days: [LocalDate: DayFigures] = [:]
        let statement = try db.statement(
            "SELECT day, body FROM day_figures WHERE day BETWEEN ?1 AND ?2", "cannot read stored figures")
        statement.bind(1, from)
        statement.bind(2, through)
        try statement.forEachRow { row throws(StoreError) in
            let day = row.text(0)
            let figures = try StoredRecords.dayFigures(row.blob(1), day: day, path: db.path)
            days[figures.date] = figures
        }
        return days
    }

    /// Both, summed where a day has both, by date.
    static func all(_ db: SQLiteConnection, from: LocalDate, through: LocalDate, timeZone: TimeZoneRules)
        throws(StoreError) -> [DayFigures]
    {
        let (first, last) = (from.description, through.description)
        var days = try stored(db, from: first, through: last)
        for (date, figures) in try derived(db, from: first, through: last, timeZone: timeZone) {
            days[date] = days[date].map { $0.merged(with: figures) } ?? figures
        }
        return days.values.sorted { $0.date < $1.date }
    }
}
