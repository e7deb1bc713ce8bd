// SqlDatabase over the SQLite C API. Statements are prepared once per SQL text and kept in
// a cache for the connection's life, so the hot ingest path binds and steps only. Scripts
// (Exec without parameters) go through sqlite3_exec, which runs several statements.
#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <string>
#include <unordered_map>

namespace dyad {
namespace {

class SqliteRow : public SqlRow {
 public:
  explicit SqliteRow(sqlite3_stmt* stmt) : stmt_(stmt) {}
  int size() const override { return sqlite3_column_count(stmt_); }
  bool IsNull(int i) const override { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }
  int64_t Int(int i) const override { return sqlite3_column_int64(stmt_, i); }
  double Double(int i) const override { return sqlite3_column_double(stmt_, i); }
  std::string_view Text(int i) const override {
    const unsigned char* p = sqlite3_column_text(stmt_, i);
    if (!p) return {};
    return {reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, i))};
  }

 private:
  sqlite3_stmt* stmt_;
};

class SqliteDatabase : public SqlDatabase {
 public:
  explicit SqliteDatabase(sqlite3* db) : db_(db) {}
  ~SqliteDatabase() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }

  Status Exec(std::string_view sql, const SqlParams& params) override {
    if (params.empty() && sql.find('?') == std::string_view::npos) {
      char* err = nullptr;
      std::string text(sql);
      if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errmsg(db_);
        sqlite3_free(err);
        return Status::IoError("sqlite: " + msg);
      }
      changes_ = sqlite3_changes64(db_);
      return Status::Ok();
    }
    return Run(sql, params, nullptr);
  }

  Status Query(std::string_view sql, const SqlParams& params,
               const std::function<void(const SqlRow&)>& row) override {
    return Run(sql, params, &row);
  }

  int64_t changes() const override { return changes_; }

  Status Begin() override { return Exec("BEGIN IMMEDIATE", {}); }
  Status Commit() override { return Exec("COMMIT", {}); }
  Status Rollback() override {
    if (sqlite3_get_autocommit(db_)) return Status::Ok();
    return Exec("ROLLBACK", {});
  }

  Result<std::unique_ptr<SqlBulkWriter>> BulkWriter(
      const std::string& table, const std::vector<std::string>& columns) override;

 private:
  Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    std::string key(sql);
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK) {
      return Status::InvalidArgument(std::string("sqlite: ") + sqlite3_errmsg(db_));
    }
    cache_.emplace(std::move(key), stmt);
    return stmt;
  }

  Status Run(std::string_view sql, const SqlParams& params,
             const std::function<void(const SqlRow&)>* row) {
    auto prepared = Prepare(sql);
    if (!prepared.ok()) return prepared.status();
    sqlite3_stmt* stmt = *prepared;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      int idx = static_cast<int>(i) + 1;
      const SqlValue& v = params[i];
      int rc = SQLITE_OK;
      switch (v.type()) {
        case SqlValue::Type::kNull:
          break;
        case SqlValue::Type::kInt:
          rc = sqlite3_bind_int64(stmt, idx, v.int_value());
          break;
        case SqlValue::Type::kDouble:
          rc = sqlite3_bind_double(stmt, idx, v.double_value());
          break;
        case SqlValue::Type::kText:
          rc = sqlite3_bind_text(stmt, idx, v.text_value().data(),
                                 static_cast<int>(v.text_value().size()), SQLITE_TRANSIENT);
          break;
      }
      if (rc != SQLITE_OK)
        return Status::InvalidArgument(std::string("sqlite: ") + sqlite3_errmsg(db_));
    }
    SqliteRow r(stmt);
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_ROW) {
        if (row) (*row)(r);
        continue;
      }
      if (rc == SQLITE_DONE) break;
      std::string msg = sqlite3_errmsg(db_);
      sqlite3_reset(stmt);
      return Status::IoError("sqlite: " + msg);
    }
    changes_ = sqlite3_changes64(db_);
    sqlite3_reset(stmt);
    return Status::Ok();
  }

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  int64_t changes_ = 0;
};

class SqliteBulkWriter : public SqlBulkWriter {
 public:
  SqliteBulkWriter(SqlDatabase* db, std::string sql) : db_(db), sql_(std::move(sql)) {}
  Status Add(const SqlParams& row) override { return db_->Exec(sql_, row); }
  Status Finish() override { return Status::Ok(); }

 private:
  SqlDatabase* db_;
  std::string sql_;
};

Result<std::unique_ptr<SqlBulkWriter>> SqliteDatabase::BulkWriter(
    const std::string& table, const std::vector<std::string>& columns) {
  std::string sql = "INSERT INTO " + table + " (";
  std::string marks;
  for (size_t i = 0; i < columns.size(); ++i) {
    sql += (i ? ", " : "") + columns[i];
    marks += i ? ", ?" : "?";
  }
  sql += ") VALUES (" + marks + ")";
  return std::unique_ptr<SqlBulkWriter>(new SqliteBulkWriter(this, sql));
}

}  // namespace

Result<std::unique_ptr<SqlDatabase>> OpenSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IoError("cannot open " + path + ": " + msg);
  }
  sqlite3_busy_timeout(db, 30000);
  auto out = std::make_unique<SqliteDatabase>(db);
  // WAL: readers never block the writer; NORMAL sync: a commit survives a killed process.
  DYAD_RETURN_IF_ERROR(out->Exec(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;"
      " PRAGMA temp_store=MEMORY; PRAGMA cache_size=-262144; PRAGMA mmap_size=1073741824;",
      {}));
  return std::unique_ptr<SqlDatabase>(std::move(out));
}

}  // namespace dyad
