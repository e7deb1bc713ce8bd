#include "cli/diagnostics.h"

#include <cstdio>

namespace dyad {

std::string OneLine(const std::string& s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void Error(const std::string& where, const std::string& reason) {
  std::fprintf(stderr, "dyad: error: %s: %s\n", OneLine(where).c_str(), OneLine(reason).c_str());
}

void Warning(const std::string& where, const std::string& reason) {
  std::fprintf(stderr, "dyad: warning: %s: %s\n", OneLine(where).c_str(),
               OneLine(reason).c_str());
}

}  // namespace dyad
