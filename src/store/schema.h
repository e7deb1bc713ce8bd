// The store's tables, as versioned migrations shared by every backend.
//
// Migration N is applied once, in its own transaction, and recorded in schema_migrations;
// opening a store applies the ones it lacks, in order. Most statements are the same on
// both engines: `{pk}` stands for the engine's auto-numbered 64-bit key. Text search is
// the one part written per engine (FTS5 / tsvector + GIN). docs/store.md lists the tables.
//
//   DYAD_RETURN_IF_ERROR(Migrate(db.get()));
#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include <string>
#include <vector>

#include "dyad/status.h"
#include "store/sql.h"

namespace dyad {

struct Migration {
  int version;
  const char* name;
  std::vector<std::string> common;    // both engines, after `{pk}` substitution
  std::vector<std::string> sqlite;    // SQLite only
  std::vector<std::string> postgres;  // PostgreSQL only
};

// Every migration, oldest first.
const std::vector<Migration>& Migrations();

// The newest schema version this binary knows.
int LatestSchemaVersion();

// Applies the migrations `db` lacks. Fails (without changing anything) when the store was
// written by a newer dyad whose schema this binary does not know.
Status Migrate(SqlDatabase* db);

// The statements of `m` for `dialect`, with `{pk}` substituted.
std::vector<std::string> MigrationStatements(const Migration& m, SqlDialect dialect);

// Empties series_days and sums it again from the events table (migration 3, bulk loads).
std::vector<std::string> RebuildSeriesStatements();

// Empties series_dyads and sums it again from series_days' dyad rows (migration 4, bulk
// loads; after RebuildSeriesStatements).
std::vector<std::string> RebuildDyadTotalsStatements();

// PostgreSQL's event_text rows of every event in (day, key) order (migration 4, bulk
// loads), or, given `event_key` (a parameter mark such as "?"), of that event only.
std::string EventTextFillStatement(const std::string& event_key);

// Secondary indexes and the text index, dropped during bulk loads and built afterwards
// (with series_days rebuilt).
std::vector<std::string> DropIndexStatements(SqlDialect dialect);
std::vector<std::string> CreateIndexStatements(SqlDialect dialect);

}  // namespace dyad

#endif  // DYAD_STORE_SCHEMA_H_
