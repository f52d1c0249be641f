#include "indexer/extract/body_text.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

std::optional<std::string> cite_author(const Page& page, xmlNode* quote) {
    std::string a = strip_attribution(text_of(page.first(quote, "> cite")));
    if (a.empty()) return std::nullopt;
    return a;
}

const BodyRules kRules = {
    .drop = {".ad", "blockquote > cite", ".expand"},
    .quote = "blockquote",
    .quote_author = cite_author,
};

Body read(const std::string& body_html) {
    Page page = Page::parse(
        {"t.html", "<html><body><div id=body>" + body_html + "</div></body></html>", 0, {}, {}});
    return read_body(page, page.first("#body"), kRules);
}

TEST(BodyText, BlocksAndBreaksSeparateWords) {
    EXPECT_EQ(read("one<br>two<br /><br />three").text, "one\ntwo\n\nthree");
    EXPECT_EQ(read("<div>a</div><div>b</div>c").text, "a\nb\nc");
    EXPECT_EQ(read("<p>a</p><p>b</p>").text, "a\n\nb");
    EXPECT_EQ(read("<b>bold</b><i>italic</i> <span>x</span>").text, "bolditalic x");
    EXPECT_EQ(read("<ul><li>a</li><li>b</li></ul>tail").text, "a\nb\n\ntail");
    EXPECT_EQ(read("  spaced \n\t out&nbsp;&nbsp;words ").text, "spaced out words");
}

TEST(BodyText, ScriptsStylesAndDroppedElementsAreLeftOut) {
    Body b = read(
        "before<script>var s = '</div>'; document.write(s);</script>"
        "<style>.x{}</style><div class=ad>Buy now</div>after");
    EXPECT_EQ(b.text, "before\nafter");
}

TEST(BodyText, QuotesAreKeptApartWithTheirAuthors) {
    Body b = read(
        "<blockquote><cite>alice said:</cite>quoted words<div class=expand>Click to expand...</div>"
        "</blockquote>my reply");
    EXPECT_EQ(b.text, "my reply");
    ASSERT_EQ(b.quotes.size(), 1u);
    EXPECT_EQ(b.quotes[0].author, "alice");
    EXPECT_EQ(b.quotes[0].text, "quoted words");
}

TEST(BodyText, NestedQuotesAreSeparateEntriesInPageOrder) {
    Body b = read(
        "<blockquote><cite>bob wrote:</cite><blockquote><cite>alice wrote:</cite>inner</blockquote>"
        "outer</blockquote>reply");
    EXPECT_EQ(b.text, "reply");
    ASSERT_EQ(b.quotes.size(), 2u);
    EXPECT_EQ(b.quotes[0].author, "bob");
    EXPECT_EQ(b.quotes[0].text, "outer");
    EXPECT_EQ(b.quotes[1].author, "alice");
    EXPECT_EQ(b.quotes[1].text, "inner");
}

TEST(BodyText, QuoteWithoutAuthor) {
    Body b = read("<blockquote>anonymous</blockquote>");
    ASSERT_EQ(b.quotes.size(), 1u);
    EXPECT_FALSE(b.quotes[0].author);
    EXPECT_EQ(b.text, "");
}

TEST(StripAttribution, Languages) {
    EXPECT_EQ(strip_attribution("catman said:"), "catman");
    EXPECT_EQ(strip_attribution("nemo125 написал(а):"), "nemo125");
    EXPECT_EQ(strip_attribution("  Pinterest Mom   said: "), "Pinterest Mom");
    EXPECT_EQ(strip_attribution("Originally Posted by Higure"), "Higure");
    EXPECT_EQ(strip_attribution("Jürgen Müller schrieb:"), "Jürgen Müller");
    EXPECT_EQ(strip_attribution("said:"), "");
}

// Far deeper than a call stack holds: reading the body recursively overflowed it at ~50,000
// levels (5,000 under AddressSanitizer).
std::string nested(const std::string& open, const std::string& inside, const std::string& close,
                   int depth) {
    std::string out;
    for (int i = 0; i < depth; ++i)
        out += open;
    out += inside;
    for (int i = 0; i < depth; ++i)
        out += close;
    return out;
}

TEST(BodyText, MarkupNestedFarDeeperThanTheStackIsReadInFull) {
    Body b = read("top" + nested("<div><span>", "bottom", "</span></div>", 200000) + "tail");
    EXPECT_EQ(b.text, "top\nbottom\ntail");
}

TEST(BodyText, QuotesNestedFarDeeperThanTheStackAreEachRecorded) {
    const int depth = 100000;
    std::string html;
    for (int i = 0; i < depth; ++i)
        html +=
            "<blockquote><cite>u" + std::to_string(i) + " said:</cite>w" + std::to_string(i) + " ";
    html += "innermost";
    for (int i = 0; i < depth; ++i)
        html += "</blockquote>";
    Body b = read(html + "reply");
    EXPECT_EQ(b.text, "reply");
    ASSERT_EQ(b.quotes.size(), static_cast<size_t>(depth));
    EXPECT_EQ(b.quotes[0].author, "u0");
    EXPECT_EQ(b.quotes[0].text, "w0");
    EXPECT_EQ(b.quotes[depth - 1].author, "u" + std::to_string(depth - 1));
    EXPECT_EQ(b.quotes[depth - 1].text, "w" + std::to_string(depth - 1) + " innermost");
}

}  // namespace
}  // namespace forum
