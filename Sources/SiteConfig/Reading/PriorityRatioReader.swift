import QueueCore

/// Reads `priority_ratio`: `"1:2"` (priority : walk-in) or `{ priority = 1, walk_in = 2 }`.
struct PriorityRatioReader {
    let problems: ProblemCollector

    static let explanation =
        "two whole numbers from 1 to 100, priority first: \"1:2\" calls at most 1 priority ticket, then 2 walk-ins"

    func read(_ entry: TOMLTable.Entry) -> PriorityRatio? {
        switch entry.value.kind {
        case .string(let text):
            if let ratio = PriorityRatio(text) { return ratio }
        case .table(let table):
            let reader = TableReader(
                table, context: "[site] priority_ratio", known: SiteFileSchema.priorityKeys, problems: problems)
            let priority = reader.integer("priority", in: 1...100, example: "priority = 1")
            let walkIn = reader.integer("walk_in", in: 1...100, example: "walk_in = 2")
            if let priority, let walkIn { return PriorityRatio(priority: priority.value, walkIn: walkIn.value) }
            if priority == nil && table["priority"] == nil { reader.missing("priority", example: "priority = 1") }
            if walkIn == nil && table["walk_in"] == nil { reader.missing("walk_in", example: "walk_in = 2") }
            return nil
        default:
            break
        }
        problems.add("[site]: priority_ratio must be \(Self.explanation)", at: entry.value.position)
        return nil
    }
}
