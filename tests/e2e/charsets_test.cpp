// Pages in the charsets forums were saved in, read as a browser reads them: a page that declares
// nothing and is not UTF-8 is detected (windows-1251, KOI8-R, Shift_JIS), a declaration is kept
// when one byte does not fit it (that byte becomes U+FFFD and is counted), GBK text declared
// gb2312 and Shift_JIS text with NEC symbols read in the supersets browsers use, UTF-16 from its
// BOM. Each page is a small XenForo 2 thread written for this test (tests/fixtures/charsets/).

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

const fs::path kCharsets = fs::path(kFixtures).parent_path() / "tests/fixtures/charsets";

struct Expected {
    std::string dir;      // under tests/fixtures/charsets/
    std::string warning;  // the one warning's reason, "" for none
    std::string detail;   // its detail
    std::string poster;   // post #2's
    std::string title;    // the thread's
    std::string text;     // post #2's
};

const std::vector<Expected> kPages = {
    {"windows-1251-undeclared", "charset_detected", "not UTF-8; read as windows-1251", "Ольга",
     "Где купить мясо для шашлыка",
     "Мы берём свинину на Даниловском рынке. Мясо всегда свежее, а продавцы честно говорят, что "
     "сегодня лучше взять."},
    {"koi8-r-undeclared", "charset_detected", "not UTF-8; read as koi8-r", "Сергей Иванов",
     "Машина плохо заводится зимой",
     "Проверьте свечи и масло: густое масло на морозе мешает стартеру провернуть двигатель."},
    {"windows-1251-declared-bad-byte", "charset_replaced",
     "1 byte not in windows-1251 replaced with U+FFFD", "Виктор Петрович",
     "Желтеют листья у томатов",
     "Скорее всего, не хватает азота. Подкормите раствором моч\uFFFDвины, и через неделю листья "
     "позеленеют."},
    {"shift_jis-undeclared", "charset_detected", "not UTF-8; read as shift_jis", "佐藤花子",
     "京都旅行の相談",
     "京都駅の近くなら東寺がおすすめです。①清水寺②伏見稲荷の順に回ると、午後はゆっくり抹茶を楽しめ"
     "ますよ。"},
    {"gb18030-declared-gb2312", "", "", "王喆", "北京哪里滑雪好",
     "推荐南山滑雪场，初级道很多，教练也很耐心。记得带好手套和护目镜，祝你玩得开心。"},
    {"utf-16-bom", "", "", "Chen Wei", "Как перевести summit meeting",
     "In Russian it is «встреча на высшем уровне»; in Chinese, 峰会."},
};

TEST(Charsets, EachPageIsReadInItsCharsetWithTheExactText) {
    for (const Expected& e : kPages) {
        SCOPED_TRACE(e.dir);
        const fs::path dir = kCharsets / e.dir;
        Result r = forum_index({"extract", dir.string()});
        EXPECT_EQ(r.code, 0) << r.err;
        auto posts = json_lines(r.out);
        ASSERT_EQ(posts.size(), 2u) << r.err;
        EXPECT_EQ(posts[1]["position"], 2);
        EXPECT_EQ(posts[1]["poster"], e.poster);
        EXPECT_EQ(posts[1]["thread_title"], e.title);
        EXPECT_EQ(posts[1]["text"], e.text);
        if (e.warning.empty()) {
            EXPECT_EQ(r.err.find("warning: "), std::string::npos) << r.err;
        } else {
            EXPECT_NE(r.err.find("warning: "), std::string::npos) << r.err;
            EXPECT_NE(r.err.find("(" + e.detail + ")"), std::string::npos) << r.err;
        }
    }
}

TEST(Charsets, TheWarningsAreCountedByReason) {
    TempDir tmp;
    Result r = forum_index({"--db", (tmp.path() / "db").string(), "--json", kCharsets.string()});
    EXPECT_EQ(r.code, 0) << r.err;
    auto report = nlohmann::json::parse(r.out);
    EXPECT_EQ(report["posts_indexed"], 12);
    EXPECT_TRUE(report["failed"].empty()) << report["failed"];
    std::map<std::string, std::string> warnings;  // directory → reason: detail
    for (const auto& w : report["warnings"]) {
        std::string source = w["source"];
        for (const Expected& e : kPages) {
            if (source.find("/" + e.dir + "/") != std::string::npos)
                warnings[e.dir] = std::string(w["reason"]) + ": " + std::string(w["detail"]);
        }
    }
    std::map<std::string, std::string> expected;
    for (const Expected& e : kPages) {
        if (!e.warning.empty()) expected[e.dir] = e.warning + ": " + e.detail;
    }
    EXPECT_EQ(warnings, expected);
    EXPECT_EQ(report["warnings"].size(), expected.size());
    EXPECT_NE(r.err.find("\nwarnings: 3 charset detected (none declared), 1 invalid bytes replaced "
                         "(U+FFFD)\n"),
              std::string::npos)
        << r.err;
}

TEST(Charsets, DetectedPagesAreSearchableInTheirOwnWords) {
    TempDir tmp;
    const std::string db = (tmp.path() / "db").string();
    ASSERT_EQ(forum_index({"--db", db, "--quiet", kCharsets.string()}).code, 0);
    for (const auto& [query, poster] :
         std::vector<std::pair<std::string, std::string>>{{"Даниловском", "Ольга"},
                                                          {"провернуть", "Сергей Иванов"},
                                                          {"мочевины", "Виктор Петрович"},
                                                          {"伏見稲荷", "佐藤花子"}}) {
        Result r = forum_search({"--db", db, "--format", "json", query});
        auto hits = nlohmann::json::parse(r.out)["hits"];
        if (query == "мочевины") {
            // The word with the replaced byte is not that word any more.
            EXPECT_EQ(r.code, 1) << query;
            continue;
        }
        EXPECT_EQ(r.code, 0) << query << r.err;
        ASSERT_EQ(hits.size(), 1u) << query;
        EXPECT_EQ(hits[0]["poster"], poster) << query;
    }
}

// The posts `extract` prints, without `source`.
std::vector<nlohmann::json> posts_of(const fs::path& page) {
    auto posts = json_lines(forum_index({"extract", page.string()}).out);
    for (auto& p : posts)
        p.erase("source");
    return posts;
}

TEST(Charsets, ARealRussianPageSavedWithoutItsDeclarationReadsAsInUtf8) {
    // A real XenForo 2 page (tophope.ru), converted to windows-1251 and KOI8-R with its
    // <meta charset="utf-8"> taken out, must give exactly the posts of the same text in UTF-8
    // (characters the legacy charset lacks are dropped from both).
    const fs::path real = fs::path(kRealCorpus) / "xenforo2/tophope-ru-qa-p18.html";
    if (!fs::exists(real)) GTEST_SKIP() << real << " is absent";
    TempDir tmp;
    for (const std::string charset : {"WINDOWS-1251", "KOI8-R"}) {
        SCOPED_TRACE(charset);
        Result legacy = run({"/usr/bin/iconv", "-c", "-f", "UTF-8", "-t", charset, real.string()});
        ASSERT_FALSE(legacy.out.empty()) << legacy.err;
        std::string undeclared = legacy.out;
        const std::string meta = "<meta charset=\"utf-8\" />";
        size_t at = undeclared.find(meta);
        ASSERT_NE(at, std::string::npos);
        undeclared.erase(at, meta.size());
        fs::path legacy_file = tmp.path() / (charset + ".html");
        std::ofstream(legacy_file, std::ios::binary) << undeclared;
        Result back = run({"/usr/bin/iconv", "-f", charset, "-t", "UTF-8", legacy_file.string()});
        ASSERT_EQ(back.code, 0) << back.err;
        fs::path utf8_file = tmp.path() / (charset + "-utf8.html");
        std::ofstream(utf8_file, std::ios::binary) << back.out;

        const auto expected = posts_of(utf8_file);
        ASSERT_EQ(expected.size(), 20u);
        EXPECT_EQ(posts_of(legacy_file), expected);
        Result r = forum_index({"extract", legacy_file.string()});
        std::string lower = charset == "KOI8-R" ? "koi8-r" : "windows-1251";
        EXPECT_NE(r.err.find("warning: charset detected (none declared) (not UTF-8; read as " +
                             lower + ")"),
                  std::string::npos)
            << r.err;
    }
}

}  // namespace
}  // namespace e2e
