// forum-search serve over HTTP: every endpoint against what the command line prints for the
// same options (the same bytes), every error status, the limits, the security headers, the web
// page with a hostile post, and an index that changes under a running server.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <thread>

#include <gtest/gtest.h>

#include "golden.hpp"
#include "http_server.hpp"

namespace e2e {
namespace {

const std::string kServeFixtures = SERVE_FIXTURES_DIR;

// The fixtures and the hostile page, in one index, served once for the whole suite.
class Serve : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        std::vector<std::string> args = index_sites_args(db());
        args.push_back(kServeFixtures);
        Result indexed = forum_index(args, kFixtures);
        ASSERT_LE(indexed.code, 1) << indexed.err;
        server_ = new ServeProcess({"--db", db(), "--threads", "2"});
    }
    static void TearDownTestSuite() {
        delete server_;
        delete dir_;
        server_ = nullptr;
        dir_ = nullptr;
    }
    static std::string db() { return (dir_->path() / "forum.db").string(); }

    static httplib::Result get(const std::string& path, const httplib::Params& params = {}) {
        httplib::Client c = server_->client();
        return c.Get(path, params, httplib::Headers{});
    }
    static Result cli(std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", db()});
        return forum_search(args);
    }

    inline static TempDir* dir_ = nullptr;
    inline static ServeProcess* server_ = nullptr;
};

nlohmann::json json_of(const httplib::Result& r) { return nlohmann::json::parse(r->body); }

TEST_F(Serve, FirstLineNamesThePort) {
    ASSERT_GT(server_->port(), 0) << server_->first_line();
    EXPECT_EQ(server_->first_line(),
              "listening on http://127.0.0.1:" + std::to_string(server_->port()) + "/");
}

TEST_F(Serve, SearchIsTheCommandLinesJsonByteForByte) {
    struct Case {
        httplib::Params params;
        std::vector<std::string> args;
    };
    const std::vector<Case> cases = {
        {{{"q", "trilateral summit"}}, {"trilateral summit"}},
        {{{"q", "thread:745123"}, {"limit", "3"}, {"offset", "2"}, {"sort", "newest"}},
         {"--limit", "3", "--offset", "2", "--sort", "newest", "thread:745123"}},
        {{{"q", "anchor"}, {"sort", "oldest"}, {"with_text", "1"}},
         {"--sort", "oldest", "--with-text", "anchor"}},
        {{{"q", ""},
          {"facet", "country"},
          {"facet", "year:period"},
          {"histogram", "month"},
          {"per_thread", "1"},
          {"limit", "5"}},
         {"--facet", "country", "--facet", "year:period", "--histogram", "month", "--per-thread",
          "1", "--limit", "5", "--"}},
        {{{"q", "navy"}, {"since", "2023-01-01"}, {"until", "2024-12-31"}},
         {"--since", "2023-01-01", "--until", "2024-12-31", "navy"}},
        {{{"q", "xyzzy-nothing-matches"}}, {"xyzzy-nothing-matches"}},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args = {"--format", "json"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        Result expected = cli(args);
        ASSERT_LE(expected.code, 1) << expected.err;
        auto r = get("/api/search", c.params);
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, 200);
        EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
        EXPECT_EQ(r->body, expected.out) << c.args.back();
    }
    // Not vacuous: the first case found posts.
    EXPECT_GT(json_of(get("/api/search", cases[0].params))["total_posts"].get<int>(), 0);
}

TEST_F(Serve, DownloadsAreEveryHitAsTheCommandLinePrintsThem) {
    auto csv = get("/api/search.csv", {{"q", ""}, {"limit", "2"}});
    ASSERT_TRUE(csv);
    EXPECT_EQ(csv->status, 200);
    EXPECT_EQ(csv->body, cli({"--format", "csv", "--limit", "0", "--"}).out);
    EXPECT_EQ(csv->get_header_value("Content-Disposition"),
              "attachment; filename=\"forum-search.csv\"");
    auto jsonl = get("/api/search.jsonl", {{"q", "summit OR anchor"}, {"sort", "newest"}});
    ASSERT_TRUE(jsonl);
    Result expected = cli({"--format", "jsonl", "--all", "--sort", "newest", "summit OR anchor"});
    EXPECT_EQ(jsonl->body, expected.out);
    EXPECT_GT(json_lines(jsonl->body).size(), 2u);
    // Every post of the index, more than one page of /api/search could hold.
    EXPECT_EQ(json_lines(get("/api/search.jsonl", {{"q", ""}})->body).size(),
              json_of(get("/api/stats"))["posts"].get<size_t>());
}

TEST_F(Serve, PostThreadExplainAndStatsAreTheCommandLines) {
    auto first = json_of(get("/api/search", {{"q", "trilateral summit"}}))["hits"][0];
    std::string post = first["site"].get<std::string>() + "/" + first["post_id"].get<std::string>();
    std::string thread =
        first["site"].get<std::string>() + "/" + first["thread_id"].get<std::string>();
    auto r = get("/api/post", {{"id", post}});
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, cli({"show", "--format", "json", "--", post}).out);
    r = get("/api/thread", {{"id", thread}, {"limit", "2"}, {"offset", "1"}});
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(
        r->body,
        cli({"thread", "--format", "json", "--limit", "2", "--offset", "1", "--", thread}).out);
    EXPECT_EQ(json_of(r).size(), 2u);
    r = get("/api/thread", {{"id", thread}, {"around", post}, {"context", "1"}});
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(
        r->body,
        cli({"thread", "--format", "json", "--around", post, "--context", "1", "--", thread}).out);
    EXPECT_EQ(get("/api/thread", {{"around", post}, {"context", "1"}})->body, r->body);
    r = get("/api/explain", {{"q", "poster:\"Pinterest Mom\" summit*"}});
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body,
              cli({"explain", "--format", "json", "poster:\"Pinterest Mom\" summit*"}).out);
    r = get("/api/stats");
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, cli({"stats", "--format", "json"}).out);
}

TEST_F(Serve, BadQueriesAndParametersAre400WithTheCommandLinesMessage) {
    auto r = get("/api/search", {{"q", "summit AND"}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400);
    Result expected = cli({"summit AND"});
    EXPECT_EQ(expected.code, 2);
    EXPECT_EQ("forum-search: " + json_of(r)["detail"].get<std::string>() + "\n", expected.err);
    EXPECT_EQ(json_of(r)["error"], "bad query");
    r = get("/api/search", {{"q", "date:2023-13-45"}});
    EXPECT_EQ(r->status, 400);
    EXPECT_EQ("forum-search: " + json_of(r)["detail"].get<std::string>() + "\n",
              cli({"date:2023-13-45"}).err);
    const std::vector<httplib::Params> bad = {
        {{"q", "x"}, {"limit", "abc"}},
        {{"q", "x"}, {"limit", "0"}},
        {{"q", "x"}, {"limit", "1001"}},
        {{"q", "x"}, {"offset", "-1"}},
        {{"q", "x"}, {"sort", "sideways"}},
        {{"q", "x"}, {"facet", "shoe_size"}},
        {{"q", "x"}, {"histogram", "decade"}},
        {{"q", "x"}, {"with_text", "maybe"}},
        {{"q", "x"}, {"q", "y"}},
    };
    for (const auto& params : bad) {
        r = get("/api/search", params);
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, 400) << params.rbegin()->first;
        EXPECT_EQ(json_of(r)["error"], "bad parameter") << r->body;
        EXPECT_FALSE(json_of(r)["detail"].get<std::string>().empty());
    }
    EXPECT_EQ(get("/api/post")->status, 400);
    EXPECT_EQ(get("/api/thread")->status, 400);
    EXPECT_EQ(get("/api/thread", {{"around", "x"}, {"limit", "2"}})->status, 400);
}

TEST_F(Serve, UnknownPostsThreadsAndPathsAre404) {
    for (auto [path, id] : {std::pair{"/api/post", "no-such-site/424242"},
                            std::pair{"/api/thread", "no-such-site/424242"}}) {
        auto r = get(path, {{"id", id}});
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, 404) << path;
        EXPECT_EQ(json_of(r)["error"], "not found");
    }
    auto r = get("/api/nothing-here");
    EXPECT_EQ(r->status, 404);
    EXPECT_EQ(json_of(r)["error"], "not found");
    r = get("/no/such/page");
    EXPECT_EQ(r->status, 404);
    EXPECT_NE(r->get_header_value("Content-Type").find("text/html"), std::string::npos);
}

TEST_F(Serve, OverlongRequestsAreRefusedAsJson) {
    auto r = get("/api/search", {{"q", std::string(9000, 'a')}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 414);
    EXPECT_EQ(json_of(r)["error"], "request URI too long");
}

TEST_F(Serve, SecurityHeadersAndNoCors) {
    for (const char* path : {"/", "/api/search", "/api/nothing-here", "/style.css"}) {
        auto r = get(path, {{"q", "summit"}});
        ASSERT_TRUE(r);
        EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff") << path;
        const std::string csp = r->get_header_value("Content-Security-Policy");
        EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << path;
        EXPECT_EQ(csp.find("script-src"), std::string::npos) << "no scripts at all: " << csp;
        EXPECT_FALSE(r->has_header("Access-Control-Allow-Origin")) << path;
    }
}

// Every place a hostile post's text shows up: its markup is text, its javascript: URL no link.
TEST_F(Serve, HostilePostShowsAsTextOnEveryPage) {
    auto hit = json_of(get("/api/search", {{"q", "zanzibarquux"}, {"sort", "oldest"}}))["hits"][0];
    ASSERT_EQ(hit["post_id"], "666");
    // The API returns the text as it is: JSON has no markup to escape.
    EXPECT_NE(hit["thread_title"].get<std::string>().find("<script>"), std::string::npos);
    const std::string site = hit["site"];
    std::vector<std::string> pages = {
        get("/", {{"q", "zanzibarquux"}})->body, get("/", {{"q", "zanzibarquux <script>"}})->body,
        get("/thread", {{"id", hit["thread_url"].get<std::string>()}, {"hit", site + "/666"}})
            ->body};
    EXPECT_NE(pages[2].find("class=\"post hit\""), std::string::npos) << pages[2];
    for (const std::string& page : pages) {
        // Nothing the post holds is markup: no element, no attribute, no link.
        EXPECT_EQ(page.find("<script"), std::string::npos);
        EXPECT_EQ(page.find("<img"), std::string::npos);
        EXPECT_EQ(page.find("onerror=\""), std::string::npos);
        EXPECT_EQ(page.find("href=\"javascript:"), std::string::npos);
        EXPECT_EQ(page.find("<b>broken"), std::string::npos);
        EXPECT_NE(page.find("&lt;script&gt;document.title=&#39;pwned-title&#39;&lt;/script&gt;"),
                  std::string::npos);
    }
    EXPECT_NE(pages[0].find("&quot;&gt;&lt;img src=x onerror=&quot;"), std::string::npos);
    EXPECT_NE(pages[0].find("<span class=\"original\">javascript:"), std::string::npos);
    EXPECT_NE(pages[2].find("&quot;&gt;&lt;b&gt;broken&lt;/b&gt; &amp; done"), std::string::npos);
    EXPECT_NE(pages[1].find("value=\"zanzibarquux &lt;script&gt;\""), std::string::npos);
}

TEST_F(Serve, ResultPageHasFacetsTimelineDownloadsAndThreadLinks) {
    auto r = get("/", {{"q", "zanzibarquux"}});
    ASSERT_EQ(r->status, 200);
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
    const std::string& page = r->body;
    EXPECT_NE(page.find("<strong>2</strong> posts matched"), std::string::npos);
    // A facet value adds its filter to the query; the link finds that poster's post only.
    EXPECT_NE(page.find("href=\"/?q=zanzibarquux+poster%3A%22plain+reader%22\""),
              std::string::npos);
    auto narrowed = json_of(get("/api/search", {{"q", "zanzibarquux poster:\"plain reader\""}}));
    EXPECT_EQ(narrowed["total_posts"], 1);
    // The timeline: one bar per month from October to November 2023, each narrowing the dates.
    EXPECT_NE(page.find("<svg class=\"timeline\""), std::string::npos);
    EXPECT_NE(page.find("href=\"/?q=zanzibarquux+date%3A2023-10\""), std::string::npos);
    EXPECT_NE(page.find("href=\"/?q=zanzibarquux+date%3A2023-11\""), std::string::npos);
    EXPECT_NE(page.find("<title>2023-10: 1 post</title>"), std::string::npos);
    EXPECT_NE(page.find("href=\"/api/search.csv?q=zanzibarquux\""), std::string::npos);
    EXPECT_NE(page.find("href=\"/api/search.jsonl?q=zanzibarquux\""), std::string::npos);
    EXPECT_NE(page.find("href=\"/?q=zanzibarquux&amp;sort=newest\""), std::string::npos);
    // The thread link opens the thread with the hit marked and its anchor in the URL.
    std::smatch m;
    ASSERT_TRUE(std::regex_search(page, m, std::regex("href=\"(/thread\\?[^\"#]*)#id-667\"")));
    std::string link = std::regex_replace(m[1].str(), std::regex("&amp;"), "&");
    httplib::Client c = server_->client();
    auto thread = c.Get(link.c_str());
    ASSERT_TRUE(thread);
    EXPECT_EQ(thread->status, 200);
    EXPECT_NE(thread->body.find("<article id=\"id-667\" class=\"post hit\">"), std::string::npos)
        << thread->body;
    EXPECT_NE(thread->body.find("<article id=\"id-666\" class=\"post\">"), std::string::npos);
    // A bad query is the page again, its reason shown, with status 400.
    auto bad = get("/", {{"q", "summit AND"}});
    EXPECT_EQ(bad->status, 400);
    EXPECT_NE(bad->body.find("bad query: Syntax: &lt;expression&gt; AND &lt;expression&gt;"),
              std::string::npos)
        << bad->body;
}

TEST_F(Serve, QuotesShowAsQuotesInTheThreadView) {
    auto hit =
        json_of(get("/api/search", {{"q", "thread:745123"}, {"with_text", "1"}, {"limit", "100"}}));
    const nlohmann::json* quoted = nullptr;
    for (const auto& h : hit["hits"])
        if (!h["quotes"].empty()) quoted = &h;
    ASSERT_NE(quoted, nullptr);
    auto page = get("/thread", {{"id", (*quoted)["site"].get<std::string>() + "/" +
                                           (*quoted)["thread_id"].get<std::string>()}});
    ASSERT_EQ(page->status, 200);
    EXPECT_NE(page->body.find("<blockquote>"), std::string::npos);
    if ((*quoted)["quotes"][0].contains("author") && !(*quoted)["quotes"][0]["author"].is_null()) {
        EXPECT_NE(page->body.find("<cite>" + (*quoted)["quotes"][0]["author"].get<std::string>() +
                                  " wrote:</cite>"),
                  std::string::npos);
    }
}

TEST(ServeAlone, MatchTimeLimitMarksTheAnswerPartial) {
    TempDir dir;
    std::string db = (dir.path() / "forum.db").string();
    forum_index({"--db", db, kServeFixtures});
    ServeProcess slow({"--db", db, "--match-time-limit", "0.000000001"});
    httplib::Client c = slow.client();
    auto r = c.Get("/api/search?q=zanzibarquux");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(nlohmann::json::parse(r->body)["partial"], true);
    ServeProcess normal({"--db", db});
    auto full = normal.client().Get("/api/search?q=zanzibarquux");
    EXPECT_FALSE(nlohmann::json::parse(full->body).contains("partial"));
    EXPECT_EQ(nlohmann::json::parse(full->body)["total_posts"], 2);
}

// An index that does not exist yet is 503, then served once forum-index builds it, and a
// --full rebuild swapped in under the running server is what it answers next: no restart.
TEST(ServeAlone, FollowsTheIndexWithoutARestart) {
    TempDir dir;
    std::string db = (dir.path() / "forum.db").string();
    ServeProcess server({"--db", db, "--threads", "1"});
    ASSERT_GT(server.port(), 0);
    httplib::Client c = server.client();
    auto r = c.Get("/api/search?q=zanzibarquux");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 503);
    EXPECT_EQ(nlohmann::json::parse(r->body)["error"], "index unavailable");
    EXPECT_EQ(c.Get("/")->status, 503);

    ASSERT_EQ(forum_index({"--db", db, kServeFixtures}).code, 0);
    r = c.Get("/api/search?q=zanzibarquux");
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(nlohmann::json::parse(r->body)["total_posts"], 2);

    const std::string baltic = kFixtures + "/debate.strategicaffairs.example";
    Result full = forum_index({"--db", db, "--full", baltic});
    ASSERT_EQ(full.code, 0) << full.err;
    r = c.Get("/api/search?q=zanzibarquux");
    EXPECT_EQ(nlohmann::json::parse(r->body)["total_posts"], 0);
    r = c.Get("/api/search?q=Balticconnector");
    EXPECT_GT(nlohmann::json::parse(r->body)["total_posts"].get<int>(), 0);
}

// A language the index did not hold when the server started is searched in once forum-index adds
// it: the Russian forms of a word find the Russian posts (stale, a query was stemmed in English
// only and found none).
TEST(ServeAlone, ALanguageAddedUnderItIsSearchedInIt) {
    TempDir dir;
    std::string db = (dir.path() / "forum.db").string();
    const std::string languages = kFixtures + "/../tests/fixtures/languages/";
    ASSERT_EQ(forum_index({"--db", db, languages + "forum.summit.example"}).code, 0);
    ServeProcess server({"--db", db, "--threads", "1"});
    ASSERT_GT(server.port(), 0);
    httplib::Client c = server.client();
    auto total = [&](const std::string& q) {
        auto r = c.Get("/api/search", httplib::Params{{"q", q}}, httplib::Headers{});
        EXPECT_TRUE(r);
        return r ? nlohmann::json::parse(r->body)["total_posts"].get<int>() : -1;
    };
    EXPECT_EQ(total("summits"), 1);
    EXPECT_EQ(total("мясом"), 0);

    Result added = forum_index({"--db", db, languages + "forum.shashlyk.example"});
    ASSERT_EQ(added.code, 0) << added.err;
    EXPECT_EQ(total("мясом"), 2);  // мясо, мяса: stemmed мяс in Russian
    EXPECT_EQ(total("summits"), 1);
}

// Connections past the workers and the queue are answered 503 at once, not queued without end.
TEST(ServeAlone, AFullQueueIs503) {
    TempDir dir;
    std::string db = (dir.path() / "forum.db").string();
    forum_index({"--db", db, kServeFixtures});
    ServeProcess server({"--db", db, "--threads", "1", "--queue", "1"});
    // Two silent connections: the first holds the worker (it waits for a request line), the
    // second the one place in the queue.
    auto silent = [&] {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(server.port()));
        inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
        EXPECT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        return fd;
    };
    int held = silent(), queued = silent();
    httplib::Client c = server.client();
    auto r = c.Get("/api/search?q=zanzibarquux");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 503);
    EXPECT_EQ(nlohmann::json::parse(r->body)["error"], "busy");
    EXPECT_EQ(r->get_header_value("Retry-After"), "1");
    close(held);
    close(queued);
    // Once the silent connections are gone the worker answers again (as soon as it has seen
    // them close: tried for up to 10 s).
    for (int i = 0; i < 100; ++i) {
        r = c.Get("/api/search?q=zanzibarquux");
        if (r && r->status == 200) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
}

TEST(ServeAlone, SigtermAndSigintExitZero) {
    TempDir dir;
    std::string db = (dir.path() / "forum.db").string();
    forum_index({"--db", db, kServeFixtures});
    for (int sig : {SIGTERM, SIGINT}) {
        ServeProcess server({"--db", db});
        ASSERT_GT(server.port(), 0);
        EXPECT_EQ(server.client().Get("/api/stats")->status, 200);
        EXPECT_EQ(server.stop(sig), 0) << sig;
    }
}

// The port is printed before the server begins to accept: a signal sent at once must still stop it
// (it once ran on, and hung the suite that stopped it).
TEST(ServeAlone, ASignalTheMomentThePortIsPrintedStopsIt) {
    TempDir dir;
    std::string db = (dir.path() / "forum.db").string();
    forum_index({"--db", db, kServeFixtures});
    for (int i = 0; i < 20; ++i) {
        ServeProcess server({"--db", db});
        ASSERT_GT(server.port(), 0);
        ASSERT_EQ(server.stop(i % 2 ? SIGINT : SIGTERM), 0) << "attempt " << i;
    }
}

TEST(ServeAlone, APortInUseIsAUsageError) {
    TempDir dir;
    ServeProcess first({"--db", (dir.path() / "db").string()});
    ASSERT_GT(first.port(), 0);
    Result second = forum_search(
        {"serve", "--db", (dir.path() / "db").string(), "--port", std::to_string(first.port())});
    EXPECT_EQ(second.code, 2);
    EXPECT_NE(second.err.find("cannot listen on 127.0.0.1:" + std::to_string(first.port())),
              std::string::npos)
        << second.err;
}

}  // namespace
}  // namespace e2e
