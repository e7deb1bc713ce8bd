// Resolves a name to bytes: test overrides first, then the data directory for "data/"
// names, then the embedded copies. Files read from disk are kept for the object's life so
// that views handed out stay valid.
#include "base/data_source.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/embedded.h"

namespace dyad {

Result<std::string_view> DataSource::Read(std::string_view name) {
  if (auto it = overrides_.find(name); it != overrides_.end()) return std::string_view(it->second);
  if (!data_dir_.empty() && name.substr(0, 5) == "data/") {
    std::filesystem::path path = std::filesystem::path(data_dir_) / name.substr(5);
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream buf;
      if (!in || !(buf << in.rdbuf()) || in.bad()) {
        return Status::IoError("cannot read " + path.string());
      }
      owned_.push_back(buf.str());
      return std::string_view(owned_.back());
    }
  }
  if (auto e = EmbeddedFile(name)) return *e;
  return Status::NotFound("no data file " + std::string(name));
}

Result<std::string_view> DataSource::ReadPath(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::IoError(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open file");
  std::ostringstream buf;
  if (!(buf << in.rdbuf()) || in.bad()) return Status::IoError(path + ": read error");
  owned_.push_back(buf.str());
  return std::string_view(owned_.back());
}

std::vector<std::string> DataSource::List(std::string_view prefix) const {
  std::vector<std::string> names;
  auto add = [&](std::string n) {
    if (n.compare(0, prefix.size(), prefix) == 0 &&
        std::find(names.begin(), names.end(), n) == names.end()) {
      names.push_back(std::move(n));
    }
  };
  for (const auto& [n, _] : overrides_) add(n);
  if (!data_dir_.empty()) {
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(data_dir_, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code file_ec;
      if (!it->is_regular_file(file_ec)) continue;
      std::filesystem::path rel = std::filesystem::relative(it->path(), data_dir_, file_ec);
      if (!file_ec) add("data/" + rel.generic_string());
    }
  }
  for (std::string_view n : EmbeddedFileNames()) add(std::string(n));
  std::sort(names.begin(), names.end());
  return names;
}

void DataSource::AddForTesting(std::string name, std::string contents) {
  overrides_[std::move(name)] = std::move(contents);
}

std::vector<std::string_view> SplitList(std::string_view field) {
  std::vector<std::string_view> out;
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
  };
  field = trim(field);
  if (field.empty() || field == "-") return out;
  size_t start = 0;
  while (true) {
    size_t bar = field.find('|', start);
    std::string_view v = trim(field.substr(start, bar == std::string_view::npos ? bar : bar - start));
    if (!v.empty()) out.push_back(v);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

}  // namespace dyad
