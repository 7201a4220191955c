import CSQLite

/// A failure of SQLite, with its message.
struct StoreError: Error, CustomStringConvertible {
    let description: String
}

/// The few SQLite calls the service needs: open, run a statement, read rows.
final class Database {
    private var handle: OpaquePointer?

    init(path: String) throws(StoreError) {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK
        else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw StoreError(description: "cannot open \(path): \(message)")
        }
        // Another writer holds the case: wait for it rather than fail at once (one writer per case).
        sqlite3_busy_timeout(handle, 10_000)
    }

    deinit { sqlite3_close(handle) }

    /// Runs `sql` with `arguments` (text or whole numbers) and returns the rows, each column as text.
    @discardableResult
    func run(_ sql: String, _ arguments: [Value] = []) throws(StoreError) -> [[String?]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw error(sql) }
        defer { sqlite3_finalize(statement) }
        for (index, argument) in arguments.enumerated() {
            let position = Int32(index + 1)
            let status: Int32
            switch argument {
            case .text(let text): status = sqlite3_bind_text(statement, position, text, -1, transient)
            case .int(let number): status = sqlite3_bind_int64(statement, position, Int64(number))
            }
            guard status == SQLITE_OK else { throw error(sql) }
        }
        var rows: [[String?]] = []
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW:
                let count = sqlite3_column_count(statement)
                rows.append(
                    (0..<count).map { column in
                        sqlite3_column_text(statement, column).map { String(cString: $0) }
                    })
            case SQLITE_DONE: return rows
            default: throw error(sql)
            }
        }
    }

    /// The number of rows the last statement changed.
    var changes: Int { Int(sqlite3_changes(handle)) }

    private func error(_ sql: String) -> StoreError {
        StoreError(description: "\(sql.prefix(40))…: \(String(cString: sqlite3_errmsg(handle)))")
    }

    /// A bound value.
    enum Value {
        case text(String)
        case int(Int)
    }
}

/// SQLite's `SQLITE_TRANSIENT`: the text is copied before the call returns.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
