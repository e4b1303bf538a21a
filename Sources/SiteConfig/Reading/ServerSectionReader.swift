/// Reads `[server]` (listen addresses, database, tokens file, retention) and `[limits]`;
/// what is not written keeps the default for `environment`.
struct ServerSectionReader {
    let problems: ProblemCollector
    let environment: [String: String]

    func read(server: TOMLTable?, limits: TOMLTable?) -> ServerSettings {
        var settings = ServerSettings.defaults(environment: environment)
        if let server {
            read(server, into: &settings)
        }
        if let limits {
            let reader = TableReader(limits, context: "[limits]", known: SiteFileSchema.limitsKeys, problems: problems)
            for field in ServerLimits.fields {
                let example = "\(field.key) = \(ServerLimits()[keyPath: field.path])"
                if let value = reader.integer(field.key, in: field.range, example: example) {
                    settings.limits[keyPath: field.path] = value.value
                }
            }
        }
        return settings
    }

    func read(_ table: TOMLTable, into settings: inout ServerSettings) {
        let reader = TableReader(table, context: "[server]", known: SiteFileSchema.serverKeys, problems: problems)
        if let list = reader.strings("listen", example: "listen = [\"127.0.0.1:7878\", \"unix:/run/queue-server/queue.sock\"]") {
            var addresses: [ListenAddress] = []
            for item in list.value {
                do throws(ListenAddressError) {
                    let address = try ListenAddress(parsing: item.value)
                    if addresses.contains(address) {
                        problems.add("[server]: listen address \(address) is given twice", at: item.position, showColumn: true)
                    } else {
                        addresses.append(address)
                    }
                } catch {
                    problems.add("[server]: listen \(error)", at: item.position, showColumn: true)
                }
            }
            if list.value.isEmpty {
                problems.add(
                    "[server]: listen is empty; give at least one address, like \"127.0.0.1:7878\"", at: list.position)
            }
            settings.listen = addresses
        }
        if let database = reader.string("database", example: "database = \"/var/lib/queue-server/queue.db\"") {
            if database.value.isEmpty {
                problems.add("[server]: database is empty; give the path of the SQLite file", at: database.position)
            } else {
                settings.databasePath = ServerSettings.databasePath(database.value, environment: environment)
            }
        }
        if let tokens = reader.string("tokens_file", example: "tokens_file = \"/etc/queue-server/tokens\"") {
            if tokens.value.isEmpty {
                problems.add("[server]: tokens_file is empty; give a path or remove the line", at: tokens.position)
            } else {
                settings.tokensFile = tokens.value
            }
        }
        if let days = reader.integer("retention_days", in: 1...36_500, example: "retention_days = 365") {
            settings.retentionDays = days.value
        }
    }
}
