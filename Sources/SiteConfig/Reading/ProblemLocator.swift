import QueueCore

/// Gives the problems `SiteConfiguration.problems()` finds the line they come from, and a
/// hint where one helps. That method is the one place the site rules live; this only maps
/// its messages back onto the file.
struct ProblemLocator {
    let map: SourceMap
    let site: SiteConfiguration

    struct Located {
        var position: SourcePosition?
        var showColumn = false
        var message: String
    }

    /// Where `message` comes from, or nil when the readers reported the same thing already.
    func locate(_ message: String) -> Located? {
        let names = Self.quotedNames(in: message)
        let first = names.first ?? ""
        if message == "the site needs a name" {
            guard let name = map.name else { return nil }
            return Located(position: name, message: "[site]: the name is empty; write the site's name")
        }
        if message == "at least one service is needed" {
            return Located(position: nil, message: message + ": add a [[service]] section with id and prefix")
        }
        if message.hasPrefix("service name '") {
            return Located(position: service(first)?.idPosition, message: message)
        }
        if message.hasPrefix("service '") && message.hasSuffix("is defined twice") {
            let sources = map.services.filter { $0.id.rawValue == first }
            return twice(message, first: sources.first?.idPosition, second: sources.dropFirst().first?.idPosition)
        }
        if message.hasPrefix("service '") && message.contains("prefix must be") {
            guard let source = service(first), !source.prefixReported else { return nil }
            let found = site.service(ServiceID(first)).map { " (found '\($0.prefix)')" } ?? ""
            return Located(position: source.prefix, message: message + found)
        }
        if message.hasPrefix("services '") && names.count == 2 {
            // A service defined twice shares its own prefix: "defined twice" says it already.
            guard names[0] != names[1] else { return nil }
            let earlier = service(names[0])?.prefix.map { " (\(names[0]) on line \($0.line))" } ?? ""
            return Located(position: map.services.last { $0.id.rawValue == names[1] }?.prefix, message: message + earlier)
        }
        if message.hasPrefix("service '") && message.contains("daily cap") {
            return Located(position: service(first)?.dailyCap, message: message)
        }
        if message.hasPrefix("desk name '") {
            return Located(position: desk(first)?.idPosition, message: message)
        }
        if message.hasPrefix("desk '") && message.hasSuffix("is defined twice") {
            let sources = map.desks.filter { $0.id.rawValue == first }
            return twice(message, first: sources.first?.idPosition, second: sources.dropFirst().first?.idPosition)
        }
        if message.hasPrefix("desk '") && message.contains("serves unknown service") && names.count == 2 {
            return unknownService(message, desk: names[0], service: names[1])
        }
        if message.contains("kiosk language") {
            return Located(position: map.languages ?? map.site, message: "[site]: " + message)
        }
        if message.contains("consultation") {
            return Located(position: map.consultationMinutes, message: "[site]: " + message)
        }
        return Located(position: nil, message: message)
    }

    func unknownService(_ message: String, desk id: String, service: String) -> Located {
        let desk = desk(id)
        let position = desk?.serviceItems[ServiceID(service)] ?? desk?.services
        var seen = Set<String>()
        let known = site.services.map(\.id.rawValue).filter { seen.insert($0).inserted }
        let hint: String
        if let suggestion = KeySuggestion.closest(to: service, in: known) {
            hint = "; did you mean '\(suggestion)'?"
        } else if known.isEmpty {
            hint = ""
        } else {
            hint = "; the services are " + known.joined(separator: ", ")
        }
        return Located(position: position, showColumn: true, message: message + hint)
    }

    func twice(_ message: String, first: SourcePosition?, second: SourcePosition?) -> Located {
        Located(position: second ?? first, message: message + (first.map { " (first on line \($0.line))" } ?? ""))
    }

    func service(_ id: String) -> SourceMap.ServiceSource? { map.services.first { $0.id.rawValue == id } }
    func desk(_ id: String) -> SourceMap.DeskSource? { map.desks.first { $0.id.rawValue == id } }

    /// The texts between single quotes: `desk 'room-1' serves unknown service 'x'` → room-1, x.
    static func quotedNames(in message: String) -> [String] {
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }
}
