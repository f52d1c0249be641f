#include "indexer/html/page_url.hpp"

#include <gtest/gtest.h>

#include "indexer/html/page.hpp"
#include "indexer/html/url.hpp"
#include "indexer/input/percent_encode.hpp"

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

// Bytes that are not UTF-8 (a latin-1 file name, a raw byte in a comment or a WARC header) are
// percent-encoded, as a browser would send them; UTF-8 is left as it is.
TEST(PageUrl, BytesThatAreNotUtf8ArePercentEncoded) {
    EXPECT_EQ(percent_encode_non_utf8("http://f.example/caf\xe9?q=\xff"),
              "http://f.example/caf%E9?q=%FF");
    EXPECT_EQ(percent_encode_non_utf8("http://f.example/caf\xc3\xa9/\xd0\x9c\xd0\xb8\xd1\x80"),
              "http://f.example/caf\xc3\xa9/\xd0\x9c\xd0\xb8\xd1\x80");
    // A sequence cut short, an overlong form, a surrogate: each byte on its own.
    EXPECT_EQ(percent_encode_non_utf8("a\xe2\x82"), "a%E2%82");
    EXPECT_EQ(percent_encode_non_utf8("\xc0\xaf"
                                      "b"),
              "%C0%AFb");
    EXPECT_EQ(percent_encode_non_utf8("\xed\xa0\x80\xe2\x82\xac"), "%ED%A0%80\xe2\x82\xac");
    EXPECT_EQ(mirror_url("crawl/forum.example.com/threads/caf\xe9.5/page-2"),
              "http://forum.example.com/threads/caf%E9.5/page-2");
    EXPECT_EQ(httrack_url("<!-- Mirrored from forum.example.com/t/caf\xe9 by HTTrack Website "
                          "Copier/3.x -->"),
              "http://forum.example.com/t/caf%E9");
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
