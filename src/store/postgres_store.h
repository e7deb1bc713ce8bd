// The PostgreSQL backend of the event store, through libpqxx: the same tables as SQLite
// (applied by the same migrations), `tsvector` with a GIN index for text search, COPY for
// bulk loads.
//
// One connection, not thread-safe. Every statement is prepared once per SQL text (named
// s1, s2, ...) and executed with parameters; `?` placeholders become `$n`.
//
//   auto db = OpenPostgres("postgresql://dyad@127.0.0.1:5433/dyad");
#ifndef DYAD_STORE_POSTGRES_STORE_H_
#define DYAD_STORE_POSTGRES_STORE_H_

#include <memory>
#include <string>

#include "dyad/status.h"
#include "store/sql.h"

namespace dyad {

// Connects to the server named by `url` (a libpq connection URI, postgresql://...).
Result<std::unique_ptr<SqlDatabase>> OpenPostgres(const std::string& url);

}  // namespace dyad

#endif  // DYAD_STORE_POSTGRES_STORE_H_
