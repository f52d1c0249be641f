// What engines read from URLs: query parameters.

#include "indexer/extract/url_parts.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

TEST(UrlParts, UrlParameters) {
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

}  // namespace
}  // namespace forum
