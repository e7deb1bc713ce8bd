// Status and Result<T>: errors as values.
//
// Every fallible function in the library returns a Status or a Result<T>; no exception
// crosses a module boundary and the library never prints or exits. Both types are cheap to
// move, immutable once built and safe to share between threads.
//
//   dyad::Result<int> r = ParseCount(text);
//   if (!r.ok()) return r.status();
//   int n = *r;
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace dyad {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk = 0, kInvalidArgument, kNotFound, kDataLoss, kIoError, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status DataLoss(std::string msg) { return Status(Code::kDataLoss, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  // An ok Status carries no value: it becomes an Internal error rather than an odd state.
  Result(Status status)  // NOLINT: implicit by design
      : status_(status.ok() ? Status::Internal("Result built from an ok Status")
                            : std::move(status)) {}

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T&& operator*() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace dyad

// Returns early from the enclosing function when `expr` yields a non-ok Status.
#define DYAD_RETURN_IF_ERROR(expr)           \
  do {                                       \
    ::dyad::Status dyad_status_ = (expr);    \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

#endif  // DYAD_STATUS_H_
