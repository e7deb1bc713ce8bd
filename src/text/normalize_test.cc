#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

NormalizedText Norm(std::string_view in) {
  NormalizedText n;
  Status s = Normalize(in, &n);
  EXPECT_TRUE(s.ok()) << s.message();
  return n;
}

TEST(NormalizeTest, AsciiIsUnchangedAndMapsOneToOne) {
  NormalizedText n = Norm("North Korea fired.");
  EXPECT_EQ(n.text, "North Korea fired.");
  ASSERT_EQ(n.offsets.size(), n.text.size() + 1);
  for (size_t i = 0; i <= n.text.size(); ++i) EXPECT_EQ(n.ToOriginal(i), i);
}

TEST(NormalizeTest, FoldsTypographicQuotesDashesAndSpaces) {
  EXPECT_EQ(Norm("\xE2\x80\x9CNo\xE2\x80\x9D, Korea\xE2\x80\x99s").text, "\"No\", Korea's");
  EXPECT_EQ(Norm("talks\xE2\x80\x94" "ended").text, "talks - ended");  // em dash, padded
  EXPECT_EQ(Norm("a\xE2\x80\x90" "b").text, "a-b");                 // hyphen U+2010
  EXPECT_EQ(Norm("a\xC2\xA0" "b").text, "a b");                     // no-break space
  EXPECT_EQ(Norm("wait\xE2\x80\xA6").text, "wait...");
  EXPECT_EQ(Norm("zero\xE2\x80\x8Bwidth").text, "zerowidth");
  EXPECT_EQ(Norm("a\r\nb\rc\td").text, "a\nb\nc d");
}

TEST(NormalizeTest, OffsetsMapBackToOriginalBytes) {
  // “Stop” said Kim: the curly quotes are 3 bytes each, folded to 1.
  std::string in = "\xE2\x80\x9CStop\xE2\x80\x9D said Kim";
  NormalizedText n = Norm(in);
  ASSERT_EQ(n.text, "\"Stop\" said Kim");
  size_t said = n.text.find("said");
  EXPECT_EQ(n.ToOriginal(said), in.find("said"));
  EXPECT_EQ(n.ToOriginal(n.text.find("Kim")), in.find("Kim"));
  EXPECT_EQ(n.ToOriginal(1), 3u);  // "S" after the opening quote
  EXPECT_EQ(n.ToOriginal(5), 7u);  // the closing quote
  EXPECT_EQ(n.ToOriginal(n.text.size()), in.size());
}

TEST(NormalizeTest, PaddedDashMapsToDashStart) {
  std::string in = "Seoul\xE2\x80\x93Tokyo";  // en dash
  NormalizedText n = Norm(in);
  ASSERT_EQ(n.text, "Seoul - Tokyo");
  EXPECT_EQ(n.ToOriginal(5), 5u);
  EXPECT_EQ(n.ToOriginal(7), 5u);
  EXPECT_EQ(n.ToOriginal(n.text.find("Tokyo")), in.find("Tokyo"));
}

TEST(NormalizeTest, ComposesDecomposedCharactersToNfc) {
  std::string in = "Caf" "e\xCC\x81 de Paris";  // e + combining acute accent
  NormalizedText n = Norm(in);
  EXPECT_EQ(n.text, "Caf\xC3\xA9 de Paris");
  EXPECT_EQ(n.ToOriginal(n.text.find("de")), in.find("de"));
  EXPECT_EQ(n.ToOriginal(3), 3u);  // the composed é comes from the "e"
}

TEST(NormalizeTest, KeepsPrecomposedNonAsciiWithOffsets) {
  std::string in = "K\xC3\xB6ln und S\xC3\xA3o Paulo";
  NormalizedText n = Norm(in);
  EXPECT_EQ(n.text, in);
  EXPECT_EQ(n.ToOriginal(n.text.find("und")), in.find("und"));
  EXPECT_EQ(n.ToOriginal(2), 1u);  // continuation byte maps to its lead byte
}

TEST(NormalizeTest, InvalidUtf8ReportsByteOffset) {
  NormalizedText n;
  Status s = Normalize("abc\xC3(def", &n);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), "invalid UTF-8 at byte 3");
  EXPECT_EQ(Normalize("ok \xC3\xA9\xFF", &n).message(), "invalid UTF-8 at byte 5");
  EXPECT_FALSE(Normalize("\xC0\xAF", &n).ok());          // overlong
  EXPECT_FALSE(Normalize("x\xED\xA0\x80", &n).ok());     // surrogate
  EXPECT_FALSE(Normalize("truncated \xE2\x80", &n).ok());
}

TEST(NormalizeTest, FindInvalidUtf8) {
  EXPECT_EQ(FindInvalidUtf8("plain \xE2\x80\x9Cquoted\xE2\x80\x9D"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\x80"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
}

// The scans skip plain ASCII eight bytes at a time: every special byte is still seen, at
// every position within and across those blocks.
TEST(NormalizeTest, SpecialBytesAreSeenAtEveryOffset) {
  const std::string plain = "The Security Council met in New York on Tuesday.";
  for (size_t at = 0; at < 24; ++at) {
    std::string in = plain;
    in.insert(at, "\t");
    std::string want = plain;
    want.insert(at, " ");
    EXPECT_EQ(Norm(in).text, want) << at;
    in = plain;
    in.insert(at, "\r\n\xC3\xA9\xE2\x80\x99\x0B");
    want = plain;
    want.insert(at, "\n\xC3\xA9' ");
    NormalizedText n = Norm(in);
    EXPECT_EQ(n.text, want) << at;
    EXPECT_EQ(n.ToOriginal(n.text.size() - 1), in.size() - 1) << at;
    EXPECT_EQ(FindInvalidUtf8(in), std::string_view::npos) << at;
    // After a newline, which the eight-byte test stops at and passes, the test goes on.
    in = plain;
    in.insert(at, "\n");
    in.insert(at + 1 + (at % 11), "\t");
    n = Norm(in);
    want = in;
    want[at + 1 + (at % 11)] = ' ';
    EXPECT_EQ(n.text, want) << at;
    for (size_t k = 0; k <= in.size(); ++k) EXPECT_EQ(n.ToOriginal(k), k) << at;
    in = plain;
    in.insert(at, "\x80");
    EXPECT_EQ(FindInvalidUtf8(in), at);
    EXPECT_EQ(Normalize(in, &n).message(), "invalid UTF-8 at byte " + std::to_string(at));
  }
}

}  // namespace
}  // namespace dyad
