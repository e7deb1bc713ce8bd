// JSON lines are parsed and fully validated with simdjson's DOM parser (one reused
// parser per thread); the .txt header is recognised only when every line before the first
// blank line is a known "KEY: value" pair, so a body that happens to start with "Note:" is
// not mistaken for a header.
#include "io/reader.h"

#include <simdjson.h>

#include "base/date.h"
#include "text/normalize.h"

namespace dyad {
namespace {

void SetDate(std::string_view value, Document* doc, std::vector<std::string>* warnings) {
  std::string_view v = value;
  while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
  while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  if (v.empty()) return;
  if (auto d = ParseIsoDate(v.substr(0, std::min<size_t>(v.size(), 10)))) {
    doc->date = *d;
  } else {
    warnings->push_back("unreadable date '" + std::string(v) +
                        "' (expected YYYY-MM-DD, YYYY-MM or YYYY); coding without it");
  }
}

}  // namespace

Status ParseJsonLine(std::string_view line, Document* doc, std::vector<std::string>* warnings) {
  *doc = Document{};
  if (size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
    // Learn the id from a repaired copy, so the error can name the document.
    std::string repaired(line);
    for (size_t i = bad; i < repaired.size();) {
      repaired[i] = '?';
      size_t next = FindInvalidUtf8(std::string_view(repaired).substr(i + 1));
      i = next == std::string_view::npos ? repaired.size() : i + 1 + next;
    }
    std::vector<std::string> ignored;
    (void)ParseJsonLine(repaired, doc, &ignored);  // only for the id
    std::string id = doc->id;
    *doc = Document{};
    doc->id = id;
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad) + " of the line");
  }
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto err = parser.parse(line.data(), line.size()).get(root); err) {
    return Status::InvalidArgument(std::string("malformed JSON: ") + simdjson::error_message(err));
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    return Status::InvalidArgument("malformed JSON: expected an object");
  }
  bool has_text = false;
  for (auto [key, value] : obj) {
    std::string_view str;
    bool is_string = value.get_string().get(str) == simdjson::SUCCESS;
    if (key == "id") {
      if (is_string) {
        doc->id = std::string(str);
      } else if (value.is_int64() || value.is_uint64()) {
        doc->id = simdjson::minify(value);
      } else {
        return Status::InvalidArgument("'id' must be a string");
      }
    } else if (key == "text") {
      if (!is_string) return Status::InvalidArgument("'text' must be a string");
      doc->text = std::string(str);
      has_text = true;
    } else if (is_string && key == "date") {
      SetDate(str, doc, warnings);
    } else if (is_string && key == "title") {
      doc->title = std::string(str);
    } else if (is_string && key == "url") {
      doc->url = std::string(str);
    } else if (is_string && key == "outlet") {
      doc->outlet = std::string(str);
    }
  }
  if (doc->id.empty()) return Status::InvalidArgument("missing required field 'id'");
  if (!has_text) return Status::InvalidArgument("missing required field 'text'");
  return Status::Ok();
}

Status ParseTxt(std::string_view id, std::string_view contents, Document* doc,
                std::vector<std::string>* warnings) {
  *doc = Document{};
  doc->id = std::string(id);
  // Skip a UTF-8 byte-order mark.
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") contents.remove_prefix(3);
  size_t pos = 0;
  std::vector<std::pair<std::string_view, std::string_view>> header;
  bool is_header = false;
  while (pos < contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) break;
    std::string_view line = contents.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      is_header = !header.empty();
      if (is_header) pos = nl + 1;
      break;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) break;
    std::string_view key = line.substr(0, colon);
    if (key != "URL" && key != "TITLE" && key != "DATE" && key != "LICENSE" && key != "OUTLET") {
      break;
    }
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    header.emplace_back(key, value);
    pos = nl + 1;
  }
  if (!is_header) pos = 0;
  for (auto [key, value] : is_header ? header : decltype(header){}) {
    if (size_t bad = FindInvalidUtf8(value); bad != std::string_view::npos) {
      warnings->push_back("header " + std::string(key) + " is not valid UTF-8; ignored");
      continue;
    }
    if (key == "URL") doc->url = std::string(value);
    if (key == "TITLE") doc->title = std::string(value);
    if (key == "OUTLET") doc->outlet = std::string(value);
    if (key == "DATE") SetDate(value, doc, warnings);
  }
  doc->text = std::string(contents.substr(pos));
  return Status::Ok();
}

}  // namespace dyad
