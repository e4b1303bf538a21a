import QueueCore

/// Reads one `[[desk]]`: id, label shown on the board (default: the id), services it calls.
struct DeskReader {
    let problems: ProblemCollector

    func read(_ table: TOMLTable, into map: inout SourceMap) -> Desk? {
        let unnamed = TableReader(table, context: "[[desk]]", problems: problems)
        guard let id = unnamed.string("id", example: "id = \"room-1\"", required: true) else {
            unnamed.reportUnknownKeys(known: SiteFileSchema.deskKeys)
            return nil
        }
        let context = "desk '\(id.value)'"
        let reader = unnamed.renamed(context)
        reader.reportUnknownKeys(known: SiteFileSchema.deskKeys)
        var source = SourceMap.DeskSource(id: DeskID(id.value), table: table.position, idPosition: id.position)
        let label = reader.string("label", example: "label = \"Salle 1\"")
        if let label, label.value.trimmingSpaces().isEmpty {
            problems.add("\(context): label is empty; write what the board shows, like \"Salle 1\"", at: label.position)
        }
        var services: Set<ServiceID> = []
        if let list = reader.strings("services", example: "services = [\"medical\", \"social\"]", required: true) {
            source.services = list.position
            for item in list.value {
                let service = ServiceID(item.value)
                guard services.insert(service).inserted else {
                    problems.warn("\(context) lists service '\(item.value)' twice", at: item.position)
                    continue
                }
                source.serviceItems[service] = item.position
            }
            if list.value.isEmpty {
                problems.warn("\(context) serves no service, so it can call nobody", at: list.position)
            }
        }
        map.desks.append(source)
        return Desk(id: DeskID(id.value), label: label?.value ?? id.value, services: services)
    }
}
