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
  // SQLite drops two FTS5 triggers; PostgreSQL its GIN index and ix_events_key_day.
  EXPECT_EQ(DropIndexStatements(SqlDialect::kSqlite).size(),
            DropIndexStatements(SqlDialect::kPostgres).size());
}

TEST(SchemaTest, Version3BuildsSeriesDaysFromTheEvents) {
  auto db = OpenSqlite(":memory:");
  ASSERT_TRUE(db.ok());
  // A version 2 store with two events of one dyad on one day, and one undated.
  ASSERT_TRUE((*db)
                  ->Exec("CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, "
                         "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
                  .ok());
  for (const Migration& m : Migrations()) {
    if (m.version > 2) break;
    for (const std::string& sql : MigrationStatements(m, SqlDialect::kSqlite)) {
      ASSERT_TRUE((*db)->Exec(sql).ok()) << sql;
    }
    ASSERT_TRUE(
        (*db)->Exec("INSERT INTO schema_migrations VALUES (?, 'v', 'x')", {m.version}).ok());
  }
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

}  // namespace
}  // namespace dyad
