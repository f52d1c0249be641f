#include "indexer/page_url.hpp"

#include <gtest/gtest.h>

#include "indexer/page.hpp"

namespace forum {
namespace {

TEST(PageUrl, HostNames) {
    for (const char* host : {"defence.pk", "forum.example.com", "www.animesuki.com", "a-b.co.uk"}) {
        EXPECT_TRUE(looks_like_host(host)) << host;
    }
    for (const char* not_host : {"index.html", "page-2", "slug.745123", "viewtopic.php@t=1", "v1.2",
                                 "fixtures", ".hidden", "x.gz", "a..b"}) {
        EXPECT_FALSE(looks_like_host(not_host)) << not_host;
    }
}

TEST(PageUrl, MirrorLayout) {
    EXPECT_EQ(mirror_url("crawl/forum.example.com/viewtopic.php@t=5"),
              "http://forum.example.com/viewtopic.php?t=5");
    EXPECT_EQ(mirror_url("/home/me.name/crawl/defence.pk/pdf/threads/x.745123/page-2"),
              "http://defence.pk/pdf/threads/x.745123/page-2");
    EXPECT_EQ(mirror_url("saved/thread.html"), "");
}

TEST(PageUrl, HttrackComment) {
    EXPECT_EQ(httrack_url("<html>\n<!-- Mirrored from forum.example.com/t/5?page=2 by HTTrack "
                          "Website Copier/3.x [XR&CO'2014], Sat, 01 Jan 2022 10:00:00 GMT -->"),
              "http://forum.example.com/t/5?page=2");
    EXPECT_EQ(httrack_url("<html><!-- an ordinary comment -->"), "");
}

TEST(PageUrl, PagesWithoutCanonicalUseTheirMirrorLocation) {
    Page page =
        Page::parse({"crawl/forum.example.com/topic/7/index.html",
                     "<html><head><title>t</title></head><body><a href='../8/'>x</a></body></html>",
                     0,
                     {},
                     {}});
    EXPECT_EQ(page.url(), "http://forum.example.com/topic/7/index.html");
    EXPECT_EQ(page.resolve("../8/"), "http://forum.example.com/topic/8/");
    Page canonical =
        Page::parse({"crawl/forum.example.com/topic/7/index.html",
                     "<html><head><link rel=canonical href='https://forum.example.com/t/7'>"
                     "</head></html>",
                     0,
                     {},
                     {}});
    EXPECT_EQ(canonical.url(), "https://forum.example.com/t/7");
}

}  // namespace
}  // namespace forum
