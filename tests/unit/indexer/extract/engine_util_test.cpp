// What engines share: URL parameters, ids, text between markers, "Label: value" lines.

#include <gtest/gtest.h>

#include "indexer/extract/engine_util.hpp"

namespace forum {
namespace {

TEST(EngineUtil, UrlParameters) {
    EXPECT_EQ(url_param("./viewtopic.php?f=1&t=194998&start=25", "t"), "194998");
    EXPECT_EQ(url_param("index.php?topic=618.20;all", "topic"), "618.20");  // SMF's ';'
    EXPECT_EQ(url_param("showthread.php?tid=5#pid7", "pid"), std::nullopt);
    EXPECT_EQ(url_param("viewtopic.php?st=3", "t"), std::nullopt);
    EXPECT_EQ(without_param("https://x/viewtopic.php?t=4411&start=20", "start"),
              "https://x/viewtopic.php?t=4411");
    EXPECT_EQ(without_param("https://x/viewtopic.php?start=20&t=4411", "start"),
              "https://x/viewtopic.php?t=4411");
    EXPECT_EQ(without_param("https://x/t/slug/9?page=2", "page"), "https://x/t/slug/9");
    EXPECT_EQ(without_param("https://x/a?b=1", "page"), "https://x/a?b=1");
}

TEST(EngineUtil, IdsAndMarkers) {
    EXPECT_EQ(digits_after("post_595784", "post_"), "595784");
    EXPECT_EQ(digits_after("p2729870", "p"), "2729870");
    EXPECT_EQ(digits_after("profile2729870", "p"), std::nullopt);
    EXPECT_EQ(digits_after("618.0", ""), "618");
    EXPECT_EQ(text_between("Last edited by X on Sat Sep 30, 2023 8:12 pm, edited 1 time", " on ",
                           ", edited"),
              "Sat Sep 30, 2023 8:12 pm");
    EXPECT_EQ(text_between("no marker", "Posted:", ""), std::nullopt);
}

TEST(EngineUtil, LabelledLines) {
    Page page = Page::parse({"x.html",
                             "<html><body><div id='s'>Posts: 2,716<br/>Threads: 88<br/>"
                             "Joined: Sep 3, 2016<br/>Reputation: <b>-4</b><br/>"
                             "Location: Lagos, Nigeria</div></body></html>",
                             0,
                             {},
                             {}});
    Post p;
    apply_labelled_lines(page, p, page.first("#s"));
    EXPECT_EQ(p.messages, 2716);
    EXPECT_EQ(p.joined, "2016-09-03");
    EXPECT_EQ(p.reaction_score, -4);
    EXPECT_EQ(p.location, "Lagos, Nigeria");
}

}  // namespace
}  // namespace forum
