extension StoreSchema {
    /// What an opened file is, before anything is written to it.
    enum Identity {
        /// Empty: a new database to create.
        case fresh
        /// One of ours, at this schema version.
        case queue(version: Int)
    }

    /// Reads the file's identity, refusing a file that is not SQLite, not ours, or too new.
    static func identify(_ db: SQLiteConnection) throws(StoreError) -> Identity {
        let doing = "cannot read the database"
        let application = try db.integer("PRAGMA application_id", doing) ?? 0
        let version = Int(try db.integer("PRAGMA user_version", doing) ?? 0)
        let objects = try db.integer("SELECT count(*) FROM sqlite_master", doing) ?? 0
        if application == 0 && version == 0 && objects == 0 { return .fresh }
        guard application == applicationID else {
            throw StoreError(
                .notAQueueDatabase,
                "this is an SQLite database of another program, not a queue database (application_id \(application)); "
                    + "give the server its own file", path: db.path)
        }
        guard version <= StoreSchema.version else { throw newer(version, db.path) }
        return .queue(version: version)
    }

    static func newer(_ version: Int, _ path: String) -> StoreError {
        StoreError(
            .newerSchema,
            "this database was written by a newer version of the queue server (schema v\(version); this one knows "
                + "up to v\(StoreSchema.version)); run that newer version, or restore a backup made by this one",
            path: path)
    }

    /// Prepares a writable connection: incremental auto-vacuum on a new file (before any
    /// table), WAL, synchronous=FULL, then the migrations. Returns the settings read back.
    static func prepareForWriting(_ db: SQLiteConnection) throws(StoreError) -> StoreSettings {
        if db.isReadOnly {
            throw StoreError(
                .readOnly, "the database file is read-only; the server's user must be able to write it and its directory",
                path: db.path)
        }
        if case .fresh = try identify(db) {
            try db.execute("PRAGMA auto_vacuum = INCREMENTAL", "cannot set up the new database")
        }
        let journalMode = try db.text("PRAGMA journal_mode = WAL", "cannot switch the database to WAL") ?? ""
        guard journalMode.lowercased() == "wal" else {
            throw StoreError(
                .settingRefused,
                "the database cannot use write-ahead logging (journal mode stays '\(journalMode)'); "
                    + "put it on a local disk, not a network share", path: db.path)
        }
        try db.execute("PRAGMA synchronous = FULL", "cannot set synchronous=FULL")
        let synchronous = Int(try db.integer("PRAGMA synchronous", "cannot read synchronous") ?? -1)
        guard synchronous == 2 else {
            throw StoreError(
                .settingRefused, "SQLite refused synchronous=FULL (it reads back \(synchronous))", path: db.path)
        }
        let version = try migrate(db)
        let autoVacuum = Int(try db.integer("PRAGMA auto_vacuum", "cannot read auto_vacuum") ?? 0)
        return StoreSettings(
            path: db.path, journalMode: journalMode.lowercased(), synchronous: synchronous, schemaVersion: version,
            autoVacuum: autoVacuum)
    }

    /// Applies the missing migration steps in one write transaction; returns the version now.
    static func migrate(_ db: SQLiteConnection) throws(StoreError) -> Int {
        let doing = "cannot upgrade the database schema"
        return try db.transaction(immediate: true, doing) { () throws(StoreError) -> Int in
            // Read again under the write lock: another process may have migrated meanwhile.
            let current: Int
            switch try identify(db) {
            case .fresh: current = 0
            case .queue(let version): current = version
            }
            guard current < version else { return current }
            for step in migrations[current...] {
                for sql in step { try db.execute(sql, doing) }
            }
            try db.execute("PRAGMA application_id = \(applicationID)", doing)
            try db.execute("PRAGMA user_version = \(version)", doing)
            return version
        }
    }

    /// Checks a connection that only reads: ours, and at exactly this version.
    static func checkForReading(_ db: SQLiteConnection) throws(StoreError) {
        switch try identify(db) {
        case .fresh:
            throw StoreError(
                .notAQueueDatabase, "the file is empty: the server has not created the queue database yet",
                path: db.path)
        case .queue(let found) where found < version:
            throw StoreError(
                .misuse, "the database is at schema v\(found); start the server once to upgrade it to v\(version)",
                path: db.path)
        case .queue:
            return
        }
    }
}
