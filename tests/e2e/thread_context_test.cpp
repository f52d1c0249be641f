// From a hit to its context: the names text output prints for each hit are accepted by show and
// thread; thread pages (--offset, --limit) and the posts around one (--around, --context); URLs
// printed percent-decoded in text and exact in JSON, accepted in both forms. Expected posts come
// from the golden files.

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "golden.hpp"

namespace e2e {
namespace {

class ThreadContext : public FixtureIndex {};

// The posts of thread 745123 by position (1-12).
std::map<int, nlohmann::json> thread_745123() {
    std::map<int, nlohmann::json> out;
    for (const auto& [key, p] : golden_by_key())
        if (same_text(p["thread_id"], "745123")) out[p["position"].get<int>()] = p;
    return out;
}

std::vector<int> positions(const std::string& jsonl) {
    std::vector<int> out;
    for (const auto& line : json_lines(jsonl))
        out.push_back(line["position"].get<int>());
    return out;
}

TEST_F(ThreadContext, EachHitNamesItsPostAndThreadForShowAndThread) {
    Result text = search({"--limit", "100", "summit"});
    ASSERT_EQ(text.code, 0) << text.err;
    Result json = search({"--limit", "100", "--format", "jsonl", "summit"});
    const auto hits = json_lines(json.out);
    ASSERT_FALSE(hits.empty());
    std::istringstream lines(text.out);
    size_t seen = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("    show ", 0) != 0) continue;
        ASSERT_LT(seen, hits.size());
        const nlohmann::json& hit = hits[seen++];
        const std::string site = hit["site"].get<std::string>();
        const std::string expected = "    show " + site + "/" + hit["post_id"].get<std::string>() +
                                     " · thread " + site + "/" +
                                     hit["thread_id"].get<std::string>();
        EXPECT_EQ(line, expected);
        std::string post = line.substr(9, line.find(" · ") - 9);
        std::string thread =
            line.substr(line.find(" · thread ") + std::string(" · thread ").size());
        Result show = search({"show", post, "--format", "json"});
        ASSERT_EQ(show.code, 0) << post << ": " << show.err;
        EXPECT_EQ(nlohmann::json::parse(show.out)["post_id"], hit["post_id"]);
        Result posts = search({"thread", thread, "--format", "jsonl"});
        ASSERT_EQ(posts.code, 0) << thread << ": " << posts.err;
        for (const auto& p : json_lines(posts.out))
            EXPECT_EQ(p["thread_id"], hit["thread_id"]);
    }
    EXPECT_EQ(seen, hits.size());
}

TEST_F(ThreadContext, ThreadLimitAndOffsetPage) {
    EXPECT_EQ(positions(search({"thread", "745123", "--limit", "3", "--format", "jsonl"}).out),
              (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(positions(search({"thread", "745123", "--offset", "10", "--format", "jsonl"}).out),
              (std::vector<int>{11, 12}));
    EXPECT_EQ(positions(search({"thread", "defence.pk/745123", "--offset", "4", "--limit", "2",
                                "--format", "jsonl"})
                            .out),
              (std::vector<int>{5, 6}));
    auto array =
        nlohmann::json::parse(search({"thread", "745123", "--limit", "2", "--format", "json"}).out);
    ASSERT_EQ(array.size(), 2u);
    EXPECT_EQ(array[1]["position"], 2);
    Result text = search({"thread", "745123", "--offset", "3", "--limit", "3"});
    ASSERT_EQ(text.code, 0) << text.err;
    const auto posts = thread_745123();
    EXPECT_NE(text.out.find(posts.at(4)["text"].get<std::string>()), std::string::npos);
    EXPECT_EQ(text.out.find(posts.at(7)["text"].get<std::string>()), std::string::npos);
    EXPECT_TRUE(text.out.ends_with("\nposts 4–6 of 12 in thread defence.pk/745123\n")) << text.out;
    // The whole thread says nothing of slices; past the end is found, and empty.
    EXPECT_EQ(search({"thread", "745123"}).out.find("posts 1–12 of"), std::string::npos);
    Result past = search({"thread", "745123", "--offset", "12"});
    EXPECT_EQ(past.code, 0);
    EXPECT_EQ(past.out, "no posts past 12 (the thread has 12)\n");
    EXPECT_EQ(search({"thread", "745123", "--limit", "x"}).code, 2);
}

TEST_F(ThreadContext, AroundAPostWithItMarked) {
    const auto posts = thread_745123();
    const std::string fifth = posts.at(5)["post_id"].get<std::string>();
    for (const std::vector<std::string>& named :
         {std::vector<std::string>{"thread", "745123"}, std::vector<std::string>{"thread"}}) {
        std::vector<std::string> args = named;
        args.insert(args.end(),
                    {"--around", "defence.pk/" + fifth, "--context", "2", "--format", "jsonl"});
        Result r = search(args);
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_EQ(positions(r.out), (std::vector<int>{3, 4, 5, 6, 7}));
        for (const auto& line : json_lines(r.out))
            EXPECT_EQ(line.contains("around"), line["position"] == 5) << line["position"];
        EXPECT_EQ(json_lines(r.out)[2]["around"], true);
    }
    // By the post's URL, near the start of the thread: cut, not moved; three on each side by
    // default.
    Result start = search({"thread", "745123", "--around", posts.at(2)["url"].get<std::string>(),
                           "--format", "jsonl"});
    ASSERT_EQ(start.code, 0) << start.err;
    EXPECT_EQ(positions(start.out), (std::vector<int>{1, 2, 3, 4, 5}));
    Result text = search({"thread", "--around", fifth, "--context", "1"});
    ASSERT_EQ(text.code, 0) << text.err;
    const std::string title = posts.at(5)["thread_title"].get<std::string>();
    EXPECT_NE(text.out.find(">> " + title + "  #5\n"), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find(">> " + title + "  #4\n"), std::string::npos);
    EXPECT_NE(text.out.find(title + "  #4\n"), std::string::npos);
    EXPECT_TRUE(text.out.ends_with("\nposts 4–6 of 12 in thread defence.pk/745123\n")) << text.out;

    Result elsewhere = search({"thread", "745890", "--around", fifth});
    EXPECT_EQ(elsewhere.code, 2);
    EXPECT_EQ(elsewhere.err, "forum-search: post " + fifth +
                                 " is not in thread 745890 (its thread: defence.pk/745123)\n");
    Result missing = search({"thread", "745123", "--around", "999"});
    EXPECT_EQ(missing.code, 1);
    EXPECT_NE(missing.err.find("no post 999"), std::string::npos) << missing.err;
    EXPECT_EQ(search({"thread", "745123", "--around", fifth, "--limit", "2"}).code, 2);
    EXPECT_EQ(search({"thread", "745123", "--context", "2"}).code, 2);
    EXPECT_EQ(search({"thread"}).code, 2);
}

// A thread whose URL has Cyrillic words, as pages give it: percent-encoded.
TEST(ThreadContextUrls, TextDecodesUrlsJsonKeepsThemAndBothAreAccepted) {
    TempDir dir;
    const std::string slug = "type-055-destroyer-spotted-near-tsushima-strait";
    const std::string encoded = "%D1%8D%D1%81%D0%BC%D0%B8%D0%BD%D0%B5%D1%86-055";  // эсминец-055
    const auto from = std::filesystem::path(kFixtures) / "defence.pk/pdf/threads" /
                      (slug + ".745890") / "index.html";
    std::string page = read_file(from);
    for (size_t at = page.find(slug); at != std::string::npos; at = page.find(slug, at))
        page.replace(at, slug.size(), encoded);
    const auto to = dir.path() / "defence.pk/pdf/threads" / (encoded + ".745890") / "index.html";
    std::filesystem::create_directories(to.parent_path());
    { std::ofstream(to) << page; }
    const std::string db = (dir.path() / "forum.db").string();
    Result indexed = forum_index({"--db", db, "defence.pk"}, dir.str());
    ASSERT_EQ(indexed.code, 0) << indexed.err;

    const std::string exact = "https://defence.pk/pdf/threads/" + encoded + ".745890/post-14860100";
    const std::string readable = "https://defence.pk/pdf/threads/эсминец-055.745890/post-14860100";
    Result text = forum_search({"--db", db, "Tsushima", "in:first"});
    ASSERT_EQ(text.code, 0) << text.err;
    EXPECT_NE(text.out.find("\n    " + readable + "\n"), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find("%D1"), std::string::npos) << text.out;
    Result json = forum_search({"--db", db, "--format", "json", "Tsushima", "in:first"});
    auto hit = nlohmann::json::parse(json.out)["hits"].at(0);
    EXPECT_EQ(hit["url"], exact);
    EXPECT_EQ(hit["thread_url"], "https://defence.pk/pdf/threads/" + encoded + ".745890/");
    for (const std::string& url : {exact, readable}) {
        Result show = forum_search({"--db", db, "show", url, "--format", "json"});
        ASSERT_EQ(show.code, 0) << url << ": " << show.err;
        EXPECT_EQ(nlohmann::json::parse(show.out)["url"], exact);
        Result thread = forum_search({"--db", db, "thread", url, "--format", "jsonl"});
        ASSERT_EQ(thread.code, 0) << url << ": " << thread.err;
        EXPECT_EQ(json_lines(thread.out).size(), 5u);
    }
    Result shown = forum_search({"--db", db, "show", readable});
    EXPECT_NE(shown.out.find("\nurl:       " + readable + "\n"), std::string::npos) << shown.out;
    Result thread =
        forum_search({"--db", db, "thread", "https://defence.pk/pdf/threads/эсминец-055.745890/"});
    EXPECT_EQ(thread.code, 0) << thread.err;
}

}  // namespace
}  // namespace e2e
