// Export and counting for scripts: --with-text carries each hit's text and quotes, --limit 0 and
// --all stream every hit page by page, --count prints an object in JSON. Expected posts come
// from the golden files, or from an index these tests write post by post.

#include <xapian.h>

#include <sstream>

#include <gtest/gtest.h>

#include "common/core/post.hpp"
#include "common/schema/schema.hpp"
#include "golden.hpp"

namespace e2e {
namespace {

class Export : public FixtureIndex {};

TEST_F(Export, WithTextCarriesTheTextAndQuotesInEveryFormat) {
    const auto golden = golden_by_key();
    auto expected = [&](const nlohmann::json& hit) {
        return golden.at(hit["site"].get<std::string>() + "/" + hit["post_id"].get<std::string>());
    };
    auto with = hits("thread:745123", {"--with-text"});
    ASSERT_EQ(with.size(), 12u);
    for (const auto& hit : with) {
        EXPECT_EQ(hit["text"], expected(hit)["text"]) << hit["post_id"];
        EXPECT_EQ(hit["quotes"], expected(hit)["quotes"]) << hit["post_id"];
        EXPECT_TRUE(hit.contains("snippet"));
    }
    for (const auto& hit : hits("thread:745123")) {
        EXPECT_FALSE(hit.contains("text"));
        EXPECT_FALSE(hit.contains("quotes"));
    }
    auto json = nlohmann::json::parse(
        search({"--format", "json", "--with-text", "--limit", "100", "thread:745123"}).out);
    ASSERT_EQ(json["hits"].size(), 12u);
    for (const auto& hit : json["hits"])
        EXPECT_EQ(hit["text"], expected(hit)["text"]);
    // CSV: the text as a column, the quotes as a JSON array in one.
    Result csv = search({"--format", "csv", "--with-text", "--limit", "100", "thread:745123"});
    ASSERT_EQ(csv.code, 0) << csv.err;
    const auto p = golden.at("defence.pk/14856245");
    ASSERT_FALSE(p["quotes"].empty());
    const std::string header = csv.out.substr(0, csv.out.find("\r\n"));
    EXPECT_NE(header.find(",text,quotes,"), std::string::npos) << header;
    // RFC 4180, written out here: quoted when it holds a comma, quote or line end.
    auto csv_field = [](const std::string& v) {
        if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
        std::string out = "\"";
        for (char c : v) {
            if (c == '"') out += '"';
            out += c;
        }
        return out + "\"";
    };
    EXPECT_NE(csv.out.find("," + csv_field(p["text"].get<std::string>()) + "," +
                           csv_field(p["quotes"].dump()) + ","),
              std::string::npos)
        << csv.out;
    // Text output prints the whole text in place of the snippet.
    Result text = search({"--with-text", "--limit", "100", "thread:745123"});
    std::string first_line = p["text"].get<std::string>();
    first_line = first_line.substr(0, first_line.find('\n'));
    EXPECT_NE(text.out.find("\n    " + first_line + "\n"), std::string::npos) << text.out;
}

TEST_F(Export, LimitZeroAndAllPrintEveryHit) {
    const size_t all = golden_by_key().size();
    for (const char* flag : {"--all", "--limit=0"}) {
        SCOPED_TRACE(flag);
        Result jsonl = search({"--format", "jsonl", flag, "--"});
        ASSERT_EQ(jsonl.code, 0) << jsonl.err;
        EXPECT_EQ(json_lines(jsonl.out).size(), all);
        Result text = search({flag, "--"});
        EXPECT_TRUE(text.out.ends_with(std::to_string(all) + " posts matched; showing 1–" +
                                       std::to_string(all) + "\n"))
            << text.out.substr(text.out.size() - 200);
    }
    EXPECT_EQ(search({"--all", "xylophone"}).code, 1);
}

// forum-index writes these fields; the searcher reads no others for these queries.
void add_post(Xapian::WritableDatabase& db, int n) {
    namespace schema = forum::schema;
    forum::Post p;
    p.post_id = std::to_string(n);
    p.thread_id = std::to_string(n / 10);
    p.position = n % 10 + 1;
    p.site = "many.example";
    p.text = "alpha " + std::string(n % 3 == 0 ? "beta" : "gamma") + " post " + p.post_id.value();
    Xapian::Document doc;
    // The word and its stem, as the indexer's term generator writes them.
    for (const std::string word : {"alpha", n % 3 == 0 ? "beta" : "gamma"}) {
        doc.add_term(word);
        doc.add_term("Z" + word);
    }
    doc.add_boolean_term(schema::boolean_term(schema::kPostId, *p.post_id));
    doc.add_value(schema::kThreadKey, schema::thread_key(p));
    doc.add_value(schema::kDateSortable, Xapian::sortable_serialise(n));
    std::string id = schema::unique_term(p);
    doc.add_boolean_term(id);
    doc.set_data(forum::to_json(p).dump());
    db.replace_document(id, doc);
}

// More hits than one page of the stream (1,000): every one comes out once, in rank order.
TEST(ExportStream, EveryHitOnceAcrossPages) {
    TempDir dir;
    const std::string db = (dir.path() / "many.db").string();
    constexpr int kPosts = 2345;
    {
        Xapian::WritableDatabase w(db, Xapian::DB_CREATE);
        for (int n = 0; n < kPosts; ++n)
            add_post(w, n);
        w.commit();
    }
    Result r =
        forum_search({"--db", db, "--all", "--format", "jsonl", "--sort", "oldest", "alpha"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto lines = json_lines(r.out);
    ASSERT_EQ(lines.size(), static_cast<size_t>(kPosts));
    for (int i = 0; i < kPosts; ++i) {
        EXPECT_EQ(lines[i]["rank"], i + 1);
        EXPECT_EQ(lines[i]["post_id"], std::to_string(i));  // oldest first: n is the date
    }
    // One JSON object, the same hits; from an offset; CSV rows; relevance order.
    Result json = forum_search({"--db", db, "--limit", "0", "--format", "json", "--sort", "oldest",
                                "--offset", "1500", "alpha"});
    auto j = nlohmann::json::parse(json.out);
    EXPECT_EQ(j["total_posts"], kPosts);
    EXPECT_EQ(j["offset"], 1500);
    ASSERT_EQ(j["hits"].size(), static_cast<size_t>(kPosts - 1500));
    EXPECT_EQ(j["hits"][0]["rank"], 1501);
    EXPECT_EQ(j["hits"][0]["post_id"], "1500");
    EXPECT_EQ(j["hits"].back()["post_id"], std::to_string(kPosts - 1));
    Result csv = forum_search({"--db", db, "--all", "--format", "csv", "beta"});
    size_t rows = 0;
    for (char c : csv.out)
        rows += c == '\n';
    EXPECT_EQ(rows, 1u + (kPosts + 2) / 3);  // the header, then n = 0, 3, 6, ...
    Result ids = forum_search({"--db", db, "--all", "--format", "ids", "alpha"});
    std::set<std::string> seen;
    std::istringstream in(ids.out);
    for (std::string line; std::getline(in, line);)
        EXPECT_TRUE(seen.insert(line).second) << line;
    EXPECT_EQ(seen.size(), static_cast<size_t>(kPosts));
}

TEST_F(Export, CountIsAnObjectInJson) {
    const size_t all = golden_by_key().size();
    Result json = search({"--count", "--format", "json", "--"});
    ASSERT_EQ(json.code, 0) << json.err;
    EXPECT_EQ(json.out, "{\"format_version\":1,\"count\":" + std::to_string(all) + "}\n");
    Result jsonl = search({"--count", "--format", "jsonl", "xylophone"});
    EXPECT_EQ(jsonl.code, 1);
    EXPECT_EQ(jsonl.out, "{\"format_version\":1,\"count\":0}\n");
    const size_t october = days_between_count("2023-10-01", "2023-10-31");
    EXPECT_EQ(search({"--count", "--format", "csv", "date:2023-10"}).out,
              "count\r\n" + std::to_string(october) + "\r\n");
    EXPECT_EQ(search({"--count", "date:2023-10"}).out, std::to_string(october) + "\n");
}

}  // namespace
}  // namespace e2e
