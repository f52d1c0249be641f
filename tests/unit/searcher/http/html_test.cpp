// What the web page writes into HTML: text escaped for text and attributes, URLs encoded, only
// http(s) URLs as links, snippets with their matches marked and the rest escaped.

#include "searcher/http/html.hpp"

#include <gtest/gtest.h>

namespace forum::http {
namespace {

TEST(Html, EscapesEveryCharacterThatEndsTextOrAnAttribute) {
    EXPECT_EQ(escape("<script>alert('x')</script>"),
              "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    EXPECT_EQ(escape("\"><img src=x onerror=\"y\">"),
              "&quot;&gt;&lt;img src=x onerror=&quot;y&quot;&gt;");
    EXPECT_EQ(escape("a & b &amp;"), "a &amp; b &amp;amp;");
    EXPECT_EQ(escape("café – ok"), "café – ok");
}

TEST(Html, QueryStringsAreEncodedAndLeaveOutEmptyValues) {
    EXPECT_EQ(
        query_string({{"q", "poster:\"Pinterest Mom\" café"}, {"sort", ""}, {"offset", "20"}}),
        "?q=poster%3A%22Pinterest+Mom%22+caf%C3%A9&offset=20");
    EXPECT_EQ(query_string({{"q", "a&b=c#d"}}), "?q=a%26b%3Dc%23d");
    EXPECT_EQ(query_string({}), "");
}

TEST(Html, OnlyHttpUrlsAreLinks) {
    EXPECT_TRUE(linkable("https://forum.example/t/1"));
    EXPECT_TRUE(linkable("HTTP://forum.example/"));
    EXPECT_FALSE(linkable("javascript:alert(1)"));
    EXPECT_FALSE(linkable(" javascript:alert(1)"));
    EXPECT_FALSE(linkable("data:text/html,<script>"));
    EXPECT_FALSE(linkable("//evil.example/"));
    EXPECT_FALSE(linkable("http://"));
}

TEST(Html, SnippetsMarkTheMatchesAndEscapeTheRest) {
    Snippet s{"<b>summit</b> & the summit", {{3, 9}, {20, 26}}};
    EXPECT_EQ(snippet_html(s),
              "&lt;b&gt;<mark>summit</mark>&lt;/b&gt; &amp; the <mark>summit</mark>");
    // Offsets outside the text or out of order are left out, never read past the end.
    Snippet bad{"abc", {{2, 1}, {1, 9}}};
    EXPECT_EQ(snippet_html(bad), "abc");
}

}  // namespace
}  // namespace forum::http
