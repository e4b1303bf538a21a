/// The rules that turn a `Timestamp` into the site's wall-clock time and back.
///
/// Built from the system's TZif files (`/usr/share/zoneinfo/…`) by the caller, which does
/// the file I/O; this type only interprets bytes. Full Foundation (and its ICU data) is
/// avoided on purpose: it would multiply the binary size.
public struct TimeZoneRules: Hashable, Sendable, CustomStringConvertible {
    /// A change of UTC offset at an instant.
    struct Transition: Hashable, Sendable {
        /// The instant, in UTC seconds since the epoch.
        var at: Int64
        /// The offset in force from `at` on, in seconds east of UTC.
        var offset: Int32
    }

    /// The IANA name, such as `Europe/Brussels`, or a description of a fixed offset.
    public let identifier: String
    /// Offset before the first transition.
    let initialOffset: Int32
    /// Sorted by `at`.
    let transitions: [Transition]
    /// The rule for instants after the last transition (the TZif footer), if any.
    let footer: PosixTimeZoneRule?

    init(identifier: String, initialOffset: Int32, transitions: [Transition], footer: PosixTimeZoneRule?) {
        self.identifier = identifier
        self.initialOffset = initialOffset
        self.transitions = transitions
        self.footer = footer
    }

    public static let utc = TimeZoneRules.fixed(offsetSeconds: 0, identifier: "UTC")

    /// A zone with a constant offset, e.g. for tests.
    public static func fixed(offsetSeconds: Int32, identifier: String? = nil) -> TimeZoneRules {
        TimeZoneRules(
            identifier: identifier ?? "UTC\(offsetSeconds >= 0 ? "+" : "-")\(abs(Int(offsetSeconds)) / 3600)",
            initialOffset: offsetSeconds, transitions: [], footer: nil)
    }

    /// The UTC offset in force at `instant`, in seconds east of UTC.
    public func utcOffset(at instant: Timestamp) -> Int32 {
        utcOffset(atUTCSeconds: instant.secondsSinceEpoch)
    }

    func utcOffset(atUTCSeconds seconds: Int64) -> Int32 {
        if let last = transitions.last, seconds >= last.at, let footer {
            return footer.utcOffset(atUTCSeconds: seconds)
        }
        if transitions.isEmpty, let footer {
            return footer.utcOffset(atUTCSeconds: seconds)
        }
        // Binary search for the last transition at or before `seconds`.
        var low = 0
        var high = transitions.count
        while low < high {
            let mid = (low + high) / 2
            if transitions[mid].at <= seconds { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? initialOffset : transitions[low - 1].offset
    }

    /// The site's wall-clock date and time at `instant`.
    public func localDateTime(at instant: Timestamp) -> LocalDateTime {
        let seconds = instant.secondsSinceEpoch
        return LocalDateTime(wallSecondsSinceEpoch: seconds + Int64(utcOffset(atUTCSeconds: seconds)))
    }

    /// The site-local day `instant` falls on.
    public func localDate(at instant: Timestamp) -> LocalDate {
        localDateTime(at: instant).date
    }

    /// The instant a wall-clock time happens at the site.
    ///
    /// A time skipped by a clock change (spring forward) resolves to the instant just after the
    /// gap; a time that happens twice (fall back) resolves to its first occurrence.
    public func timestamp(of local: LocalDateTime) -> Timestamp {
        let wall = local.wallSecondsSinceEpoch
        // Try the offsets in force around that wall time; keep the earliest consistent instant.
        let guesses = [utcOffset(atUTCSeconds: wall - 86_400), utcOffset(atUTCSeconds: wall + 86_400)]
        var candidates: [Int64] = []
        for offset in Set(guesses) {
            let utc = wall - Int64(offset)
            if utcOffset(atUTCSeconds: utc) == offset { candidates.append(utc) }
        }
        if let earliest = candidates.min() {
            return Timestamp(secondsSinceEpoch: earliest)
        }
        // In a gap: use the offset before the change, which lands after the gap.
        let before = guesses[0]
        return Timestamp(secondsSinceEpoch: wall - Int64(before))
    }

    public var description: String { identifier }
}

/// Errors reading a TZif time zone file.
public struct TimeZoneError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "invalid time zone data: \(message)" }
}
