// The SQLite backend of the event store: one file, WAL journal, FTS5 for the text of
// evidence sentences.
//
// WAL with synchronous=NORMAL keeps every committed transaction when the process is
// killed (kill -9); only a power failure can lose the last commits. A busy timeout lets a
// second writer wait for the first instead of failing.
//
//   auto db = OpenSqlite("dyad.db");
//   if (!db.ok()) return db.status();
#ifndef DYAD_STORE_SQLITE_STORE_H_
#define DYAD_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "dyad/status.h"
#include "store/sql.h"

namespace dyad {

// Opens (creating if needed) the SQLite database at `path`; ":memory:" works for tests.
Result<std::unique_ptr<SqlDatabase>> OpenSqlite(const std::string& path);

}  // namespace dyad

#endif  // DYAD_STORE_SQLITE_STORE_H_
