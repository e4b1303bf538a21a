extension ServerSettings {
    /// The settings of `new` that differ from these, the running ones, by their names in the
    /// file. A reload applies the site (services, desks, hours…) at once; these are read only
    /// at start, so the server says which of them wait for the next restart.
    public func changesNeedingRestart(_ new: ServerSettings) -> [String] {
        var changed: [String] = []
        if listen != new.listen { changed.append("[server] listen") }
        if databasePath != new.databasePath { changed.append("[server] database") }
        if tokensFile != new.tokensFile { changed.append("[server] tokens_file") }
        if retentionDays != new.retentionDays { changed.append("[server] retention_days") }
        if limits != new.limits { changed.append("[limits]") }
        return changed
    }
}
