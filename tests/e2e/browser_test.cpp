// The web page in a real browser: headless Chromium (Debian `chromium`) loads the pages a user
// goes through — the query typed in the box (the form's GET), a facet clicked, a timeline bar
// followed, a thread opened — each link taken from the DOM Chromium built, and saves
// screenshots of them at laptop and phone width under the build folder (screenshots/). The
// hostile post proves that nothing executes: its scripts would change the document's title.
// Without a WebDriver in Debian 12's packages the "clicks" are the links' hrefs loaded in turn;
// the page has no JavaScript, so a click does nothing else.

#include <filesystem>

#include <gtest/gtest.h>

#include "golden.hpp"
#include "http_server.hpp"

namespace e2e {
namespace {

const std::string kServeFixtures = SERVE_FIXTURES_DIR;
const std::string kScreenshots = SCREENSHOT_DIR;

class Browser : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        std::vector<std::string> args = index_sites_args(db());
        args.push_back(kServeFixtures);
        forum_index(args, kFixtures);
        server_ = new ServeProcess({"--db", db(), "--threads", "2"});
        std::filesystem::create_directories(kScreenshots);
    }
    static void TearDownTestSuite() {
        delete server_;
        delete dir_;
    }
    static std::string db() { return (dir_->path() / "forum.db").string(); }
    static std::string url(const std::string& path) {
        return "http://127.0.0.1:" + std::to_string(server_->port()) + path;
    }
    static std::vector<std::string> chromium(const std::string& profile) {
        return {"/usr/bin/chromium",       "--headless",        "--no-sandbox",
                "--disable-gpu",           "--no-first-run",    "--disable-extensions",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile};
    }
    // The DOM after the page loaded (and after any script would have run).
    static std::string dom(const std::string& path) {
        TempDir profile;
        auto args = chromium(profile.str());
        args.insert(args.end(), {"--virtual-time-budget=2000", "--dump-dom", url(path)});
        Result r = run(args);
        EXPECT_EQ(r.code, 0) << r.err;
        return r.out;
    }
    static void screenshot(const std::string& path, const std::string& name, int width,
                           int height) {
        TempDir profile;
        std::string file = kScreenshots + "/" + name + ".png";
        std::filesystem::remove(file);
        auto args = chromium(profile.str());
        args.insert(
            args.end(),
            {"--screenshot=" + file,
             "--window-size=" + std::to_string(width) + "," + std::to_string(height), url(path)});
        Result r = run(args);
        EXPECT_EQ(r.code, 0) << r.err;
        EXPECT_GT(std::filesystem::exists(file) ? std::filesystem::file_size(file) : 0, 5000u)
            << file;
    }
    // The first href that follows `before` and starts with `start`, entities undone as the
    // browser does; "" if none. (Plain string search: std::regex trips g++ 12's
    // maybe-uninitialized warning under the sanitizers.)
    static std::string link(const std::string& dom, const std::string& before,
                            const std::string& start) {
        size_t at = dom.find(before + start);
        if (at == std::string::npos) return "";
        at += before.size();
        std::string href = dom.substr(at, dom.find('"', at) - at);
        for (size_t amp; (amp = href.find("&amp;")) != std::string::npos;)
            href.replace(amp, 5, "&");
        return href;
    }
    // The text of the document's <title>.
    static std::string title(const std::string& dom) {
        size_t open = dom.find("<title>");
        if (open == std::string::npos) return "";
        open += 7;
        return dom.substr(open, dom.find("</title>", open) - open);
    }

    inline static TempDir* dir_ = nullptr;
    inline static ServeProcess* server_ = nullptr;
};

TEST_F(Browser, SearchFacetTimelineThreadAndNothingExecutes) {
    ASSERT_GT(server_->port(), 0);
    // The form: <form action="/" method="get"> with the box named q.
    std::string home = dom("/");
    ASSERT_NE(home.find("<form class=\"search\" action=\"/\" method=\"get\""), std::string::npos);
    ASSERT_NE(home.find("name=\"q\""), std::string::npos);

    // The hostile post: its title, poster and text hold scripts that would set the title.
    std::string results = dom("/?q=zanzibarquux");
    EXPECT_NE(results.find("<title>zanzibarquux – forum-search</title>"), std::string::npos)
        << results.substr(0, 600);
    EXPECT_EQ(results.find("pwned-title</title>"), std::string::npos);
    ASSERT_FALSE(title(results).empty());
    EXPECT_EQ(title(results).find("pwned"), std::string::npos) << title(results);
    EXPECT_EQ(results.find("<img"), std::string::npos) << "markup escaped into the DOM";
    EXPECT_EQ(results.find("<script"), std::string::npos);
    EXPECT_NE(results.find("<li class=\"hit\">"), std::string::npos);

    // A facet adds its filter: one post of "plain reader" is left.
    std::string facet = link(results, "<a href=\"", "/?q=zanzibarquux+poster");
    ASSERT_FALSE(facet.empty());
    std::string narrowed = dom(facet);
    EXPECT_NE(narrowed.find("<strong>1</strong> post matched"), std::string::npos);

    // The timeline's November bar narrows to that month.
    std::string month = link(results, "<a href=\"", "/?q=zanzibarquux+date%3A2023-11\"");
    ASSERT_FALSE(month.empty());
    EXPECT_NE(dom(month).find("<strong>1</strong> post matched"), std::string::npos);

    // The thread, the hit marked.
    std::string thread = link(results, "<h2><a href=\"", "/thread");
    ASSERT_FALSE(thread.empty());
    std::string thread_dom = dom(thread);
    EXPECT_NE(thread_dom.find("class=\"post hit\""), std::string::npos);
    ASSERT_FALSE(title(thread_dom).empty());
    EXPECT_EQ(title(thread_dom).find("pwned"), std::string::npos);

    // Screenshots to look at: a laptop and a phone.
    screenshot("/?q=summit+OR+navy+OR+anchor", "results-laptop", 1280, 1000);
    screenshot("/?q=summit+OR+navy+OR+anchor", "results-phone", 390, 1400);
    screenshot("/?q=zanzibarquux", "hostile-laptop", 1280, 800);
    screenshot(thread, "thread-laptop", 1280, 900);
}

}  // namespace
}  // namespace e2e
