/// Sorts the top level of the file into its sections, catching the usual slips: `[service]`
/// for `[[service]]`, `[[site]]` for `[site]`, a key above every section, a misspelt section.
struct SectionReader {
    let problems: ProblemCollector

    struct Sections {
        var site: TOMLTable?
        var hours: TOMLTable?
        var server: TOMLTable?
        var limits: TOMLTable?
        var services: [TOMLTable] = []
        var desks: [TOMLTable] = []
    }

    func read(_ root: TOMLTable) -> Sections {
        var sections = Sections()
        for entry in root.entries {
            switch entry.key {
            case "site": sections.site = single(entry)
            case "hours": sections.hours = single(entry)
            case "server": sections.server = single(entry)
            case "limits": sections.limits = single(entry)
            case "service": sections.services = list(entry)
            case "desk": sections.desks = list(entry)
            default: unknown(entry)
            }
        }
        return sections
    }

    func single(_ entry: TOMLTable.Entry) -> TOMLTable? {
        switch entry.value.kind {
        case .table(let table): return table
        case .tableArray(let tables):
            problems.add(
                "write [\(entry.key)] with single brackets: the file has one \(entry.key) section", at: entry.value.position)
            return tables.first
        default:
            problems.add(
                "'\(entry.key)' must be a section: write [\(entry.key)] on its own line, then its keys below",
                at: entry.keyPosition)
            return nil
        }
    }

    func list(_ entry: TOMLTable.Entry) -> [TOMLTable] {
        switch entry.value.kind {
        case .tableArray(let tables): return tables
        case .table(let table):
            problems.add(
                "write [[\(entry.key)]] with double brackets, once before each \(entry.key)", at: entry.value.position)
            return [table]
        case .array(let values):
            var tables: [TOMLTable] = []
            for value in values {
                guard case .table(let table) = value.kind else {
                    problems.add(
                        "each \(entry.key) must be a table; write [[\(entry.key)]] and its keys below it",
                        at: value.position)
                    continue
                }
                tables.append(table)
            }
            return tables
        default:
            problems.add(
                "'\(entry.key)' must be sections: write [[\(entry.key)]] before each one", at: entry.keyPosition)
            return []
        }
    }

    func unknown(_ entry: TOMLTable.Entry) {
        switch entry.value.kind {
        case .table, .tableArray:
            let brackets = SiteFileSchema.listSections
            var message = "unknown section [\(entry.key)]"
            if let suggestion = KeySuggestion.closest(to: entry.key, in: SiteFileSchema.sections) {
                let name = brackets.contains(suggestion) ? "[[\(suggestion)]]" : "[\(suggestion)]"
                message += "; did you mean \(name)?"
            } else {
                message += "; the sections are [site], [hours], [[service]], [[desk]], [server] and [limits]"
            }
            problems.add(message, at: entry.value.position)
        default:
            var message = "'\(entry.key)' is above every section"
            if let section = SiteFileSchema.section(of: entry.key) {
                message += "; it belongs in \(section): move it below that line"
            } else {
                message += "; keys go below a section such as [site]"
            }
            problems.add(message, at: entry.keyPosition)
        }
    }
}
