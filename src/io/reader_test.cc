#include "io/reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

class ReaderTest : public ::testing::Test {
 protected:
  Status Json(std::string_view line) { return ParseJsonLine(line, &doc_, &warnings_); }
  Status Txt(std::string_view contents) { return ParseTxt("doc1", contents, &doc_, &warnings_); }
  Document doc_;
  std::vector<std::string> warnings_;
};

TEST_F(ReaderTest, JsonLineWithAllFields) {
  Status s = Json(R"({"id":"a1","text":"Seoul \"said\".\nMore.","date":"2023-10-26",)"
                  R"("title":"T","url":"http://x","outlet":"O","extra":[1,2]})");
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(doc_.id, "a1");
  EXPECT_EQ(doc_.text, "Seoul \"said\".\nMore.");
  EXPECT_EQ(doc_.date, (Date{2023, 10, 26}));
  EXPECT_EQ(doc_.title, "T");
  EXPECT_EQ(doc_.url, "http://x");
  EXPECT_EQ(doc_.outlet, "O");
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(ReaderTest, JsonRequiredFields) {
  Status s = Json(R"({"text":"x"})");
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), "missing required field 'id'");
  s = Json(R"({"id":"a"})");
  EXPECT_EQ(s.message(), "missing required field 'text'");
  s = Json(R"({"id":"a","text":5})");
  EXPECT_EQ(s.message(), "'text' must be a string");
  s = Json(R"({"id":["a"],"text":"x"})");
  EXPECT_EQ(s.message(), "'id' must be a string");
}

TEST_F(ReaderTest, JsonMalformed) {
  for (std::string_view bad : {R"({"id":"a","text":"x")", "not json", "", R"(["a"])"}) {
    Status s = Json(bad);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_EQ(s.message().rfind("malformed JSON", 0), 0u) << s.message();
  }
}

TEST_F(ReaderTest, JsonNumericIdIsKeptAsWritten) {
  ASSERT_TRUE(Json(R"({"id":12345,"text":"x"})").ok());
  EXPECT_EQ(doc_.id, "12345");
  ASSERT_TRUE(Json(R"({"id":"b","text":""})").ok());  // empty text is a valid document
  EXPECT_EQ(doc_.id, "b");  // the previous document was cleared
}

TEST_F(ReaderTest, JsonUnreadableDateIsAWarning) {
  Status s = Json(R"({"id":"a","text":"x","date":"26/10/2023"})");
  ASSERT_TRUE(s.ok());
  EXPECT_FALSE(doc_.date.valid());
  ASSERT_EQ(warnings_.size(), 1u);
  EXPECT_NE(warnings_[0].find("26/10/2023"), std::string::npos);
  ASSERT_TRUE(Json(R"({"id":"a","text":"x","date":"2023-10-26T08:00:00Z"})").ok());
  EXPECT_EQ(doc_.date, (Date{2023, 10, 26}));
}

TEST_F(ReaderTest, JsonInvalidUtf8NamesTheDocument) {
  Status s = Json("{\"id\": \"d7\", \"text\": \"Seoul \xC3\x28 said\"}");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "invalid UTF-8 at byte 28 of the line");
  EXPECT_EQ(doc_.id, "d7");
  EXPECT_TRUE(doc_.text.empty());
}

TEST_F(ReaderTest, TxtWithHeader) {
  ASSERT_TRUE(Txt("URL: https://example.org/a\nTITLE: Talks stall\nDATE: 2023-10-26\n"
                  "LICENSE: CC-BY\nOUTLET: Example News\n\nSeoul said.\nMore.\n")
                  .ok());
  EXPECT_EQ(doc_.id, "doc1");
  EXPECT_EQ(doc_.url, "https://example.org/a");
  EXPECT_EQ(doc_.title, "Talks stall");
  EXPECT_EQ(doc_.date, (Date{2023, 10, 26}));
  EXPECT_EQ(doc_.outlet, "Example News");
  EXPECT_EQ(doc_.text, "Seoul said.\nMore.\n");
}

TEST_F(ReaderTest, TxtWithCrlfAndMonthOnlyDate) {
  ASSERT_TRUE(Txt("\xEF\xBB\xBFTITLE: T\r\nDATE: 2023-06\r\n\r\nBody.").ok());
  EXPECT_EQ(doc_.title, "T");
  EXPECT_EQ(doc_.date, (Date{2023, 6, 0}));
  EXPECT_EQ(doc_.text, "Body.");
}

TEST_F(ReaderTest, TxtWithoutHeaderKeepsWholeText) {
  std::string body = "Note: this is the body.\nTITLE: not a header\n\nMore.";
  ASSERT_TRUE(Txt(body).ok());
  EXPECT_EQ(doc_.text, body);
  EXPECT_TRUE(doc_.title.empty());
  ASSERT_TRUE(Txt("TITLE: T\nSeoul said.\n\nMore.").ok());  // no blank line after it
  EXPECT_EQ(doc_.text, "TITLE: T\nSeoul said.\n\nMore.");
  EXPECT_TRUE(doc_.title.empty());
}

TEST_F(ReaderTest, TxtBadDateWarns) {
  ASSERT_TRUE(Txt("DATE: yesterday\n\nBody.").ok());
  EXPECT_FALSE(doc_.date.valid());
  EXPECT_EQ(warnings_.size(), 1u);
  EXPECT_EQ(doc_.text, "Body.");
}

}  // namespace
}  // namespace dyad
