#include "store/schema.h"

#include <gtest/gtest.h>

#include "store/sqlite_store.h"

namespace dyad {
namespace {

TEST(SchemaTest, MigrationsApplyOnceAndInOrder) {
  auto db = OpenSqlite(":memory:");
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(Migrate(db->get()).ok());
  ASSERT_TRUE(Migrate(db->get()).ok());  // a second open changes nothing
  auto n = (*db)->QueryInt("SELECT count(*) FROM schema_migrations");
  EXPECT_EQ(**n, LatestSchemaVersion());
  auto fts = (*db)->QueryInt("SELECT count(*) FROM sqlite_master WHERE name = 'sentences_fts'");
  EXPECT_EQ(**fts, 1);
}

TEST(SchemaTest, RefusesANewerStore) {
  auto db = OpenSqlite(":memory:");
  ASSERT_TRUE(Migrate(db->get()).ok());
  ASSERT_TRUE((*db)->Exec("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").ok());
  EXPECT_FALSE(Migrate(db->get()).ok());
}

TEST(SchemaTest, BothDialectsGetTheSameTables) {
  for (const Migration& m : Migrations()) {
    for (SqlDialect d : {SqlDialect::kSqlite, SqlDialect::kPostgres}) {
      for (const std::string& sql : MigrationStatements(m, d)) {
        EXPECT_EQ(sql.find("{pk}"), std::string::npos);
        EXPECT_EQ(sql.find("{without_rowid}"), std::string::npos);
      }
    }
  }
  EXPECT_NE(MigrationStatements(Migrations()[0], SqlDialect::kPostgres)[1].find("IDENTITY"),
            std::string::npos);
  // SQLite drops two FTS5 triggers; PostgreSQL its GIN index, ix_events_key_day and
  // event_text's three indexes, and empties event_text.
  EXPECT_EQ(DropIndexStatements(SqlDialect::kSqlite).size() + 4,
            DropIndexStatements(SqlDialect::kPostgres).size());
}

// Applies the migrations up to `version` to `db`, as an older dyad left its store.
void MigrateUpTo(SqlDatabase* db, int version) {
  ASSERT_TRUE(db->Exec("CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, "
                       "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
                  .ok());
  for (const Migration& m : Migrations()) {
    if (m.version > version) break;
    for (const std::string& sql : MigrationStatements(m, SqlDialect::kSqlite)) {
      ASSERT_TRUE(db->Exec(sql).ok()) << sql;
    }
    ASSERT_TRUE(db->Exec("INSERT INTO schema_migrations VALUES (?, 'v', 'x')", {m.version}).ok());
  }
}

TEST(SchemaTest, Version3BuildsSeriesDaysFromTheEvents) {
  auto db = OpenSqlite(":memory:");
  ASSERT_TRUE(db.ok());
  // A version 2 store with two events of one dyad on one day, and one undated.
  MigrateUpTo(db->get(), 2);
  for (const char* day : {"19650", "19650", "NULL"}) {
    ASSERT_TRUE((*db)
                    ->Exec(std::string("INSERT INTO events (source_root, target_root, "
                                       "source_code, target_code, mutual, cameo, cameo_root, "
                                       "match_code, quad_class, goldstein, modality, day, "
                                       "date_precision, num_mentions, num_documents, "
                                       "num_outlets, first_seen, prov_key) VALUES ('USA', "
                                       "'RUS', 'USA', 'RUS', 0, '112', '11', '112', 3, -2.0, "
                                       "'fact', ") +
                           day + ", 3, 2, 1, 1, 'x', 1)")
                    .ok());
  }
  ASSERT_TRUE(Migrate(db->get()).ok());
  auto rows = (*db)->QueryInt("SELECT count(*) FROM series_days");
  EXPECT_EQ(**rows, 4);  // USA:RUS, USA:*, *:RUS, *:*
  auto events = (*db)->QueryInt(
      "SELECT events * 100 + mentions FROM series_days WHERE source_root = '*' AND "
      "target_root = '*'");
  EXPECT_EQ(**events, 204);  // two dated events, four mentions
}

TEST(SchemaTest, Version4SumsSeriesDyadsFromSeriesDays) {
  auto db = OpenSqlite(":memory:");
  ASSERT_TRUE(db.ok());
  // A version 3 store: two days of USA:RUS in QuadClass 3, one day in QuadClass 1.
  MigrateUpTo(db->get(), 3);
  for (const char* row :
       {"'USA', 'RUS', 19650, 3, 3, 2, 3, -4.0", "'USA', 'RUS', 19651, 3, 3, 1, 1, -2.0",
        "'USA', 'RUS', 19651, 1, 3, 1, 2, 1.5", "'USA', '*', 19650, 3, 3, 2, 3, -4.0"}) {
    ASSERT_TRUE((*db)->Exec(std::string("INSERT INTO series_days VALUES (") + row + ")").ok());
  }
  ASSERT_TRUE(Migrate(db->get()).ok());
  auto rows = (*db)->QueryInt("SELECT count(*) FROM series_dyads");
  EXPECT_EQ(**rows, 2);  // (USA, RUS, 3) and (USA, RUS, 1); no '*' rows
  auto sums =
      (*db)->QueryInt("SELECT events * 100 + mentions FROM series_dyads WHERE quad_class = 3");
  EXPECT_EQ(**sums, 304);
}

}  // namespace
}  // namespace dyad
