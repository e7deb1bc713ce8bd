#include "cli/inputs.h"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace dyad {

void ForEachInput(const std::vector<std::string>& files, const std::string& input,
                  const char* done,
                  const std::function<void(const std::string&, const std::string&)>& fail,
                  const std::function<bool(std::istream&, const std::string&, bool)>& read) {
  if (files.empty()) {
    read(std::cin, "stdin", input == "txt");
    return;
  }
  for (const std::string& f : files) {
    std::filesystem::path path(f);
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      fail(f, "is a directory");
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      fail(f, "cannot open file");
      continue;
    }
    bool txt = input.empty() ? path.extension() != ".jsonl" && path.extension() != ".json"
                             : input == "txt";
    bool go_on = read(in, txt ? path.stem().string() : f, txt);
    if (in.bad()) fail(f, std::string("read error; the rest of the file was not ") + done);
    if (!go_on) return;
  }
}

}  // namespace dyad
