// The seam between the event store and a SQL engine: one connection, parameterised
// statements only, explicit transactions, and a bulk writer for loading.
//
// The store's logic (src/store/store.cc) is written once against this interface; the
// SQLite (sqlite_store.h) and PostgreSQL (postgres_store.h) backends implement it. SQL
// is written with `?` placeholders; a backend rewrites them if its engine wants `$n`.
// Values are never spliced into SQL text.
//
// A SqlDatabase is one connection: not thread-safe, use one per thread.
//
//   DYAD_RETURN_IF_ERROR(db->Exec("DELETE FROM documents WHERE doc_key = ?", {SqlValue(key)}));
//   DYAD_RETURN_IF_ERROR(db->Query("SELECT doc_id FROM documents", {},
//       [&](const SqlRow& row) { ids.push_back(std::string(row.Text(0))); }));
#ifndef DYAD_STORE_SQL_H_
#define DYAD_STORE_SQL_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// A parameter: NULL, an integer, a double or text.
class SqlValue {
 public:
  enum class Type { kNull, kInt, kDouble, kText };

  SqlValue() = default;                                     // NULL
  SqlValue(int64_t v) : type_(Type::kInt), int_(v) {}       // NOLINT: implicit by design
  SqlValue(int v) : type_(Type::kInt), int_(v) {}           // NOLINT
  SqlValue(double v) : type_(Type::kDouble), double_(v) {}  // NOLINT
  SqlValue(std::string v) : type_(Type::kText), text_(std::move(v)) {}  // NOLINT
  SqlValue(std::string_view v) : type_(Type::kText), text_(v) {}        // NOLINT
  SqlValue(const char* v) : type_(Type::kText), text_(v) {}             // NOLINT
  // Empty text becomes NULL: the schema stores "no value" as NULL.
  static SqlValue TextOrNull(std::string_view v) { return v.empty() ? SqlValue() : SqlValue(v); }
  template <typename T>
  static SqlValue OrNull(const std::optional<T>& v) {
    return v ? SqlValue(*v) : SqlValue();
  }

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  int64_t int_value() const { return int_; }
  double double_value() const { return double_; }
  const std::string& text_value() const { return text_; }
  // The text form a text-protocol engine is sent ("" for NULL).
  std::string ToText() const;

 private:
  Type type_ = Type::kNull;
  int64_t int_ = 0;
  double double_ = 0;
  std::string text_;
};

using SqlParams = std::vector<SqlValue>;

// One result row; valid only during the callback that receives it.
class SqlRow {
 public:
  virtual ~SqlRow() = default;
  virtual int size() const = 0;
  virtual bool IsNull(int i) const = 0;
  virtual int64_t Int(int i) const = 0;            // 0 for NULL
  virtual double Double(int i) const = 0;          // 0 for NULL
  virtual std::string_view Text(int i) const = 0;  // "" for NULL
};

enum class SqlDialect { kSqlite, kPostgres };

// Appends rows to one table as fast as the engine allows (SQLite: one prepared INSERT in
// the caller's transaction; PostgreSQL: COPY). Call Finish() once at the end.
class SqlBulkWriter {
 public:
  virtual ~SqlBulkWriter() = default;
  virtual Status Add(const SqlParams& row) = 0;
  virtual Status Finish() = 0;
};

class SqlDatabase {
 public:
  virtual ~SqlDatabase() = default;
  virtual SqlDialect dialect() const = 0;

  // Runs one statement (or, with no params, a script of several) and discards its rows.
  virtual Status Exec(std::string_view sql, const SqlParams& params = {}) = 0;
  // Runs one statement and calls `row` for each result row, in order.
  virtual Status Query(std::string_view sql, const SqlParams& params,
                       const std::function<void(const SqlRow&)>& row) = 0;
  // Rows changed by the last Exec of an INSERT/UPDATE/DELETE.
  virtual int64_t changes() const = 0;

  // A write transaction. Begin takes the write lock at once (SQLite: BEGIN IMMEDIATE), so
  // two writers queue rather than fail half-way.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;  // harmless when no transaction is open

  virtual Result<std::unique_ptr<SqlBulkWriter>> BulkWriter(
      const std::string& table, const std::vector<std::string>& columns) = 0;

  // Convenience: the first column of the first row as an integer, or nullopt.
  Result<std::optional<int64_t>> QueryInt(std::string_view sql, const SqlParams& params = {});
};

// Rewrites `?` placeholders (outside quoted literals) to `$1`, `$2`, ... for PostgreSQL.
std::string NumberPlaceholders(std::string_view sql);

}  // namespace dyad

#endif  // DYAD_STORE_SQL_H_
