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
      }
    }
  }
  EXPECT_NE(MigrationStatements(Migrations()[0], SqlDialect::kPostgres)[1].find("IDENTITY"),
            std::string::npos);
  EXPECT_EQ(DropIndexStatements(SqlDialect::kSqlite).size(),
            DropIndexStatements(SqlDialect::kPostgres).size() + 1);
}

}  // namespace
}  // namespace dyad
