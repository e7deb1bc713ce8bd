#include "store/sql.h"

#include <gtest/gtest.h>

#include "store/sqlite_store.h"

namespace dyad {
namespace {

TEST(SqlTest, NumbersPlaceholdersOutsideLiterals) {
  EXPECT_EQ(NumberPlaceholders("SELECT ? , '?', \"?\", ?"), "SELECT $1 , '?', \"?\", $2");
}

TEST(SqlTest, SqliteBindsAndReadsEveryType) {
  auto db = OpenSqlite(":memory:");
  ASSERT_TRUE(db.ok());
  SqlDatabase& d = **db;
  ASSERT_TRUE(d.Exec("CREATE TABLE t (i BIGINT, r DOUBLE PRECISION, s TEXT, n TEXT)").ok());
  ASSERT_TRUE(d.Exec("INSERT INTO t VALUES (?, ?, ?, ?)",
                     {SqlValue(int64_t{1} << 40), SqlValue(2.5), SqlValue("a'b"), SqlValue()})
                  .ok());
  EXPECT_EQ(d.changes(), 1);
  int rows = 0;
  ASSERT_TRUE(
      d.Query("SELECT i, r, s, n FROM t WHERE s = ?", {SqlValue("a'b")}, [&](const SqlRow& r) {
         ++rows;
         EXPECT_EQ(r.Int(0), int64_t{1} << 40);
         EXPECT_DOUBLE_EQ(r.Double(1), 2.5);
         EXPECT_EQ(r.Text(2), "a'b");
         EXPECT_TRUE(r.IsNull(3));
       }).ok());
  EXPECT_EQ(rows, 1);
  EXPECT_FALSE(d.Exec("SELECT * FROM missing WHERE x = ?", {SqlValue(1)}).ok());
}

TEST(SqlTest, RollbackUndoesAndBulkWriterInserts) {
  auto db = OpenSqlite(":memory:");
  SqlDatabase& d = **db;
  ASSERT_TRUE(d.Exec("CREATE TABLE t (a BIGINT, b TEXT)").ok());
  ASSERT_TRUE(d.Begin().ok());
  ASSERT_TRUE(d.Exec("INSERT INTO t VALUES (?, ?)", {SqlValue(1), SqlValue("x")}).ok());
  ASSERT_TRUE(d.Rollback().ok());
  EXPECT_EQ(**d.QueryInt("SELECT count(*) FROM t"), 0);
  auto w = d.BulkWriter("t", {"a", "b"});
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE((*w)->Add({SqlValue(5), SqlValue()}).ok());
  ASSERT_TRUE((*w)->Finish().ok());
  EXPECT_EQ(**d.QueryInt("SELECT a FROM t WHERE b IS NULL"), 5);
}

}  // namespace
}  // namespace dyad
