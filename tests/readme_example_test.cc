// The example from README.md's "start here" section, compiled and run.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/coder.h"

namespace {

std::vector<std::string> seen;
void use(const std::string& source, const std::string& cameo, const std::string& target) {
  seen.push_back(source + " " + cameo + " " + target);
}

dyad::Status ReadmeExample() {
  auto coder = dyad::Coder::Create(dyad::CoderOptions{});
  if (!coder.ok()) return coder.status();
  dyad::Document doc{.id = "d1", .text = "Japan condemned North Korea's missile launch."};
  dyad::DocumentResult result;
  DYAD_RETURN_IF_ERROR((*coder)->Code(doc, &result));
  for (const dyad::Event& e : result.events) use(e.source.code, e.cameo, e.target->code);
  return dyad::Status::Ok();
}

TEST(ReadmeTest, StartHereExampleRuns) {
  dyad::Status s = ReadmeExample();
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(seen, std::vector<std::string>{"JPN 111 PRK"});
}

}  // namespace
