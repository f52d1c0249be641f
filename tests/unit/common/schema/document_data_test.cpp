#include "common/schema/document_data.hpp"

#include <gtest/gtest.h>

#include <limits>

#include "common/core/json_text.hpp"

namespace forum::schema {
namespace {

Post full_post() {
    Post p;
    p.post_id = "4180";
    p.position = 17;
    p.poster = "Pinterest Mom";
    p.user_title = "Senior Member";
    p.joined = "2015-03-01";
    p.messages = std::numeric_limits<std::int64_t>::max();
    p.reaction_score = -3;
    p.country = "Pakistan";
    p.location = "Lahore";
    p.date = -86400;  // before 1970
    p.edited = 1696400000;
    p.text = "Line one.\n\nМясо и \"quotes\" {json} \x01 — 한국어";
    p.quotes = {{"sevastopol_obs", "quoted text"}, {std::nullopt, ""}};
    p.thread_id = "745123";
    p.thread_title = "Trilateral summit";
    p.forum = "Strategic Affairs";
    p.site = "defence.pk";
    p.thread_url = "https://defence.pk/threads/745123/";
    p.url = "https://defence.pk/threads/745123/post-4180";
    p.page = 3;
    p.lang = "en";
    p.engine = "xenforo2";
    p.source = "defence.pk/threads/745123/page-3";
    return p;
}

// Equal as the program shows posts: every JSON field.
void expect_same(const Post& a, const Post& b) { EXPECT_EQ(to_json(a, true), to_json(b, true)); }

TEST(DocumentData, EveryFieldComesBack) {
    Post p = full_post();
    std::string data = encode_document_data(p);
    EXPECT_EQ(data.front(), '\x01');
    expect_same(decode_document_data(data), p);
}

TEST(DocumentData, AbsentFieldsStayAbsent) {
    Post p;
    p.text = "";
    expect_same(decode_document_data(encode_document_data(p)), p);
    EXPECT_FALSE(decode_document_data(encode_document_data(p)).post_id);
    p.position = 0;  // present and zero is not absent
    EXPECT_EQ(decode_document_data(encode_document_data(p)).position, 0);
}

TEST(DocumentData, IsSmallerThanTheJson) {
    Post p = full_post();
    EXPECT_LT(encode_document_data(p).size(), json_text(to_json(p)).size() * 3 / 4);
}

TEST(DocumentData, JsonOfOlderIndexesIsStillRead) {
    Post p = full_post();
    expect_same(decode_document_data(json_text(to_json(p))), p);
}

TEST(DocumentData, BytesThatAreNotUtf8AreReplacedAsTheJsonReplacedThem) {
    Post p;
    p.text = "caf\xe9 ok \xff\xfe end";
    p.poster = std::string("bad\x80name");
    Post from_json = decode_document_data(json_text(to_json(p)));
    Post from_record = decode_document_data(encode_document_data(p));
    expect_same(from_record, from_json);
    EXPECT_NE(from_record.text.find("\xef\xbf\xbd"), std::string::npos);  // U+FFFD
}

TEST(DocumentData, DamagedDataIsAnErrorNeverAPost) {
    std::string data = encode_document_data(full_post());
    // Every cut of the record is refused: nothing reads past its end.
    for (size_t n = 0; n < data.size(); ++n)
        EXPECT_THROW(decode_document_data(data.substr(0, n)), std::exception) << n;
    EXPECT_THROW(decode_document_data(data + "x"), DamagedDocumentData);
    EXPECT_THROW(decode_document_data("\x02whatever"), DamagedDocumentData);
    EXPECT_THROW(
        decode_document_data(std::string("\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 11)),
        DamagedDocumentData);
}

}  // namespace
}  // namespace forum::schema
