/// The settings of an open store as SQLite reports them (read back, not as asked), so the
/// server can log at start what durability it really has.
public struct StoreSettings: Hashable, Sendable, CustomStringConvertible {
    public let path: String
    /// `wal` when all is well.
    public let journalMode: String
    /// `PRAGMA synchronous`: 2 is FULL.
    public let synchronous: Int
    /// `PRAGMA user_version`: the schema version.
    public let schemaVersion: Int
    /// `PRAGMA auto_vacuum`: 2 is INCREMENTAL (retention gives the space back to the disk).
    public let autoVacuum: Int

    public init(path: String, journalMode: String, synchronous: Int, schemaVersion: Int, autoVacuum: Int = 2) {
        self.path = path
        self.journalMode = journalMode
        self.synchronous = synchronous
        self.schemaVersion = schemaVersion
        self.autoVacuum = autoVacuum
    }

    public var synchronousName: String {
        switch synchronous {
        case 0: "OFF"
        case 1: "NORMAL"
        case 2: "FULL"
        case 3: "EXTRA"
        default: "\(synchronous)"
        }
    }

    public var description: String {
        "store \(path): journal_mode=\(journalMode) synchronous=\(synchronousName) "
            + "auto_vacuum=\(autoVacuum == 2 ? "INCREMENTAL" : String(autoVacuum)) schema=v\(schemaVersion)"
    }
}
