// SqlDatabase over libpqxx 6. Transactions are explicit BEGIN/COMMIT statements sent
// through one pqxx::nontransaction, so the store drives them exactly as it does SQLite's.
// libpqxx reports errors with exceptions; they are caught here and become Status values.
#include "store/postgres_store.h"

#include <pqxx/pqxx>
#include <pqxx/tablewriter>
#include <string>
#include <unordered_map>

namespace dyad {
namespace {

class PgRow : public SqlRow {
 public:
  explicit PgRow(const pqxx::row& row) : row_(row) {}
  int size() const override { return static_cast<int>(row_.size()); }
  bool IsNull(int i) const override { return row_[i].is_null(); }
  int64_t Int(int i) const override {
    if (row_[i].is_null()) return 0;
    std::string_view t(row_[i].c_str(), row_[i].size());
    if (t == "t") return 1;
    if (t == "f") return 0;
    return std::stoll(std::string(t));
  }
  double Double(int i) const override {
    return row_[i].is_null() ? 0.0 : std::stod(row_[i].c_str());
  }
  std::string_view Text(int i) const override {
    if (row_[i].is_null()) return {};
    return {row_[i].c_str(), row_[i].size()};
  }

 private:
  const pqxx::row& row_;
};

// Parameters as libpq wants them: text, or a null pointer for NULL.
struct PgParams {
  explicit PgParams(const SqlParams& params) {
    text.reserve(params.size());
    for (const SqlValue& v : params) text.push_back(v.ToText());
    for (size_t i = 0; i < params.size(); ++i) {
      pointers.push_back(params[i].is_null() ? nullptr : text[i].c_str());
    }
  }
  std::vector<std::string> text;
  std::vector<const char*> pointers;
};

class PgDatabase : public SqlDatabase {
 public:
  explicit PgDatabase(std::unique_ptr<pqxx::connection> conn)
      : conn_(std::move(conn)), tx_(std::make_unique<pqxx::nontransaction>(*conn_)) {}
  ~PgDatabase() override { tx_.reset(); }

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }

  Status Exec(std::string_view sql, const SqlParams& params) override {
    return Run(sql, params, nullptr);
  }
  Status Query(std::string_view sql, const SqlParams& params,
               const std::function<void(const SqlRow&)>& row) override {
    return Run(sql, params, &row);
  }
  int64_t changes() const override { return changes_; }

  Status Begin() override {
    DYAD_RETURN_IF_ERROR(Run("BEGIN", {}, nullptr));
    in_tx_ = true;
    return Status::Ok();
  }
  Status Commit() override {
    in_tx_ = false;
    return Run("COMMIT", {}, nullptr);
  }
  Status Rollback() override {
    if (!in_tx_) return Status::Ok();
    in_tx_ = false;
    return Run("ROLLBACK", {}, nullptr);
  }

  Result<std::unique_ptr<SqlBulkWriter>> BulkWriter(
      const std::string& table, const std::vector<std::string>& columns) override;

  pqxx::nontransaction& tx() { return *tx_; }

 private:
  Status Run(std::string_view sql, const SqlParams& params,
             const std::function<void(const SqlRow&)>* row) {
    try {
      pqxx::result result;
      if (params.empty() && sql.find('?') == std::string_view::npos) {
        result = tx_->exec(std::string(sql));
      } else {
        std::string key(sql);
        auto it = prepared_.find(key);
        if (it == prepared_.end()) {
          std::string name = "s" + std::to_string(prepared_.size() + 1);
          conn_->prepare(name, NumberPlaceholders(sql));
          it = prepared_.emplace(std::move(key), name).first;
        }
        PgParams p(params);
        result = tx_->exec_prepared(it->second, pqxx::prepare::make_dynamic_params(p.pointers));
      }
      changes_ = result.affected_rows();
      if (row) {
        for (const pqxx::row& r : result) (*row)(PgRow(r));
      }
      return Status::Ok();
    } catch (const pqxx::broken_connection& e) {
      return Status::IoError(std::string("postgresql: connection lost: ") + e.what());
    } catch (const std::exception& e) {
      std::string msg = e.what();
      while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
      return Status::IoError("postgresql: " + msg);
    }
  }

  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::nontransaction> tx_;
  std::unordered_map<std::string, std::string> prepared_;
  int64_t changes_ = 0;
  bool in_tx_ = false;
};

// COPY in text format. libpqxx 6's stream_to takes only fixed-size tuples, so rows go
// through tablewriter::write_raw_line (deprecated in 6, still supported) with the
// escaping done here: backslash, tab, newline and carriage return escaped, NULL as \N.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
class PgBulkWriter : public SqlBulkWriter {
 public:
  PgBulkWriter(PgDatabase* db, const std::string& table, const std::vector<std::string>& columns)
      : writer_(db->tx(), table, columns.begin(), columns.end()) {}
  Status Add(const SqlParams& row) override {
    line_.clear();
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) line_.push_back('\t');
      if (row[i].is_null()) {
        line_ += "\\N";
        continue;
      }
      for (char c : row[i].ToText()) {
        switch (c) {
          case '\\':
            line_ += "\\\\";
            break;
          case '\t':
            line_ += "\\t";
            break;
          case '\n':
            line_ += "\\n";
            break;
          case '\r':
            line_ += "\\r";
            break;
          default:
            line_.push_back(c);
        }
      }
    }
    try {
      writer_.write_raw_line(line_);
      return Status::Ok();
    } catch (const std::exception& e) {
      return Status::IoError(std::string("postgresql: COPY: ") + e.what());
    }
  }
  Status Finish() override {
    try {
      writer_.complete();
      return Status::Ok();
    } catch (const std::exception& e) {
      return Status::IoError(std::string("postgresql: COPY: ") + e.what());
    }
  }

 private:
  pqxx::tablewriter writer_;
  std::string line_;
};
#pragma GCC diagnostic pop

Result<std::unique_ptr<SqlBulkWriter>> PgDatabase::BulkWriter(
    const std::string& table, const std::vector<std::string>& columns) {
  try {
    return std::unique_ptr<SqlBulkWriter>(new PgBulkWriter(this, table, columns));
  } catch (const std::exception& e) {
    return Status::IoError(std::string("postgresql: COPY: ") + e.what());
  }
}

}  // namespace

Result<std::unique_ptr<SqlDatabase>> OpenPostgres(const std::string& url) {
  try {
    auto conn = std::make_unique<pqxx::connection>(url);
    auto db = std::make_unique<PgDatabase>(std::move(conn));
    // Quiet NOTICEs ("relation already exists") would otherwise go to stderr via libpq.
    DYAD_RETURN_IF_ERROR(db->Exec("SET client_min_messages = warning", {}));
    // No JIT: the store's queries are index walks whose planned cost (a limit over many
    // rows) triggers it, and compiling took 1.2 s of a 7 s text search on 10 M events.
    // 32 MB per sort or bitmap: a text search's bitmap of tens of thousands of sentences
    // stays exact (at the 4 MB default it turned lossy and rechecked 190,000 rows).
    DYAD_RETURN_IF_ERROR(db->Exec("SET jit = off; SET work_mem = '32MB'", {}));
    return std::unique_ptr<SqlDatabase>(std::move(db));
  } catch (const std::exception& e) {
    std::string msg = e.what();
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    for (char& c : msg) {
      if (c == '\n') c = ' ';
    }
    return Status::IoError("cannot connect to PostgreSQL: " + msg);
  }
}

}  // namespace dyad
