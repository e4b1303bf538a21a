import QueueCore

/// Reads an hours table: the site's `[hours]` (with `closed_dates`) or a service's `hours`.
///
/// Each key is a day or a range of days; each value a day's hours as `HoursText` reads them,
/// or a list of such texts. A day given twice, a bad time and overlapping windows are problems.
struct HoursReader {
    let context: String
    let problems: ProblemCollector

    struct Result {
        var weekly: WeeklyHours
        var closedDates: Set<LocalDate> = []
    }

    func read(_ table: TOMLTable, allowsClosedDates: Bool) -> Result {
        var windows: [Weekday: [TimeWindow]] = [:]
        var givenAt: [Weekday: SourcePosition] = [:]
        var closedDates: Set<LocalDate> = []
        for entry in table.entries {
            if entry.key == "closed_dates" {
                if allowsClosedDates {
                    closedDates = ClosedDatesReader(context: context, problems: problems).read(entry.value)
                } else {
                    problems.add(
                        "\(context): closed_dates belongs in [hours]; a closed date closes every service",
                        at: entry.keyPosition)
                }
                continue
            }
            let days: [Weekday]
            switch WeekdayKey.days(entry.key) {
            case .success(let found): days = found
            case .failure(let error):
                if let section = SiteFileSchema.section(of: entry.key), !section.hasPrefix("[hours") {
                    problems.add("\(context): '\(entry.key)' is not a day; it belongs in \(section)", at: entry.keyPosition)
                } else {
                    problems.add("\(context): \(error.message)", at: entry.keyPosition)
                }
                continue
            }
            guard let dayWindows = self.windows(of: entry) else { continue }
            for day in days {
                if let earlier = givenAt[day] {
                    problems.add(
                        "\(context): \(WeekdayKey.fullNames[day.rawValue - 1]) is given twice "
                            + "(first on line \(earlier.line)); give each day once",
                        at: entry.keyPosition)
                    continue
                }
                givenAt[day] = entry.keyPosition
                if !dayWindows.isEmpty { windows[day] = dayWindows }
            }
        }
        return Result(weekly: WeeklyHours(windows), closedDates: closedDates)
    }

    /// The windows of one day key: a text, or a list of texts whose windows add up.
    func windows(of entry: TOMLTable.Entry) -> [TimeWindow]? {
        let items: [TOMLValue]
        switch entry.value.kind {
        case .string: items = [entry.value]
        case .array(let values): items = values
        default:
            problems.add(
                "\(context): \(entry.key) must be hours in quotes, like \(entry.key) = \"10:00-19:00\" or "
                    + "\"closed\" (found \(entry.value.kindName))",
                at: entry.value.position)
            return nil
        }
        var all: [TimeWindow] = []
        var valid = true
        for item in items {
            guard case .string(let text) = item.kind else {
                problems.add(
                    "\(context): \(entry.key): every item must be hours in quotes, like \"09:00-12:30\" (found \(item.kindName))",
                    at: item.position)
                valid = false
                continue
            }
            do throws(HoursError) {
                all += try HoursText.parse(text)
            } catch {
                problems.add("\(context): \(entry.key): \(error)", at: item.position)
                valid = false
            }
        }
        guard valid else { return nil }
        do throws(HoursError) {
            return try HoursText.checkedNoOverlap(all)
        } catch {
            problems.add("\(context): \(entry.key): \(error)", at: entry.value.position)
            return nil
        }
    }
}
