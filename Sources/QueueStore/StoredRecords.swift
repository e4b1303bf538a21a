import QueueCore
import QueueMessages

/// The protobuf bodies of the store's rows, encoded and decoded with errors that name the row.
enum StoredRecords {
    /// Runs a protobuf encoding (`serializedBytes()`), naming `what` if it fails.
    static func encode(_ what: String, path: String, _ serialize: () throws -> [UInt8]) throws(StoreError)
        -> [UInt8]
    {
        do {
            return try serialize()
        } catch {
            throw StoreError(.misuse, "cannot encode \(what): \(error)", path: path)
        }
    }

    static func event(seq: Int64, body: [UInt8], path: String) throws(StoreError) -> QueueEvent {
        let event: QueueEvent
        do {
            event = try QueueEvent(try WireQueueEvent(decoding: body))
        } catch {
            throw damaged("event \(seq)", error, path: path)
        }
        guard event.seq == UInt64(seq) else {
            throw StoreError(
                .corrupt, "event row \(seq) holds event \(event.seq); restore the latest backup", path: path)
        }
        return event
    }

    static func snapshot(_ body: [UInt8], path: String) throws(StoreError) -> QueueState.Snapshot {
        do {
            return try QueueState.Snapshot(try StoredSnapshot(decoding: body))
        } catch {
            throw damaged("the snapshot", error, path: path)
        }
    }

    static func dayFigures(_ body: [UInt8], day: String, path: String) throws(StoreError) -> DayFigures {
        do {
            return try DayFigures(try StoredDayFigures(decoding: body))
        } catch {
            throw damaged("the figures of \(day)", error, path: path)
        }
    }

    static func damaged(_ what: String, _ error: any Error, path: String) -> StoreError {
        StoreError(.corrupt, "\(what) cannot be read (\(error)); restore the latest backup", path: path)
    }
}
