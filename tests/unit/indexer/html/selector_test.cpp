#include "indexer/html/selector.hpp"

#include <gtest/gtest.h>

#include "indexer/html/page.hpp"

namespace forum {
namespace {

Page parse_html(const std::string& html) { return Page::parse({"test.html", html, 0, {}, {}}); }

std::vector<std::string> ids(const Page& page, std::string_view selector) {
    std::vector<std::string> out;
    for (xmlNode* n : page.all(selector))
        out.push_back(attr(n, "id"));
    return out;
}

TEST(Selector, ClassesMatchOnTheWhitespaceSeparatedList) {
    Page page = parse_html(
        "<html><body><div id=a class='message    message--post  js-post'></div>"
        "<div id=b class=\"postcontainer\"></div><div id=c class='post\todd'></div></body></html>");
    EXPECT_EQ(ids(page, ".message--post"), std::vector<std::string>{"a"});
    EXPECT_EQ(ids(page, "div.post"), std::vector<std::string>{"c"});
    EXPECT_EQ(ids(page, ".message.js-post"), std::vector<std::string>{"a"});
}

TEST(Selector, CombinatorsAttributesAndGroups) {
    Page page = parse_html(
        "<html><body><ul id=u><li id=l1><a id=x1 href='/threads/a.1/post-5'>#1</a></li></ul>"
        "<div id=d><span><a id=x2 href='/members/b.2/'>b</a></span></div>"
        "<article id=p data-content='post-7'></article></body></html>");
    EXPECT_EQ(ids(page, "ul a"), std::vector<std::string>{"x1"});
    EXPECT_EQ(ids(page, "ul > li > a"), std::vector<std::string>{"x1"});
    EXPECT_TRUE(ids(page, "div > a").empty());
    EXPECT_EQ(ids(page, "a[href*='/post-']"), std::vector<std::string>{"x1"});
    EXPECT_EQ(ids(page, "a[href^=\"/members/\"]"), std::vector<std::string>{"x2"});
    EXPECT_EQ(ids(page, "a[href$='/']"), std::vector<std::string>{"x2"});
    EXPECT_EQ(ids(page, "[data-content]"), std::vector<std::string>{"p"});
    EXPECT_EQ(ids(page, "#d a, ul a"), (std::vector<std::string>{"x1", "x2"}));
}

TEST(Selector, ChildOfScope) {
    Page page =
        parse_html("<html><body><ul id=u><li id=a><ul><li id=b></li></ul></li></ul></body></html>");
    xmlNode* ul = page.first("#u");
    std::vector<std::string> got;
    for (xmlNode* n : page.all(ul, "> li"))
        got.push_back(attr(n, "id"));
    EXPECT_EQ(got, std::vector<std::string>{"a"});
    EXPECT_EQ(page.all(ul, "li").size(), 2u);
}

TEST(Selector, RawXPathForWhatCssCannotSay) {
    EXPECT_TRUE(Selector("./following-sibling::dd[1]").is_xpath());
    EXPECT_FALSE(Selector(".message").is_xpath());
    Page page = parse_html(
        "<html><body><dl><dt id=t>Joined</dt><dd id=v>Nov 4, 2011</dd></dl></body></html>");
    xmlNode* dt = page.first("#t");
    ASSERT_NE(dt, nullptr);
    EXPECT_EQ(attr(page.first(dt, "./following-sibling::dd[1]"), "id"), "v");
}

TEST(Selector, FirstStopsAtTheFirstMatchInDocumentOrder) {
    Page page = parse_html(
        "<html><body><p id=a class=x><span id=b class=x></span></p><i id=c "
        "class=x></i></body></html>");
    EXPECT_EQ(attr(page.first(".x"), "id"), "a");
    EXPECT_EQ(ids(page, ".x"), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(page.first(".missing"), nullptr);
}

TEST(Selector, ChildAndDescendantCombinatorsMixed) {
    // The nearest .y above the <i> is not a child of .x, a farther one is: "X > Y Z" still matches.
    Page page = parse_html(
        "<html><body><div class=x><div class=y><div><div class=y><i id=z></i></div></div></div>"
        "</div></body></html>");
    EXPECT_EQ(ids(page, ".x > .y i"), std::vector<std::string>{"z"});
    EXPECT_TRUE(ids(page, ".x > .y > i").empty());
    EXPECT_EQ(ids(page, ".x .y > i"), std::vector<std::string>{"z"});
    EXPECT_EQ(ids(page, "body > .x > .y"), std::vector<std::string>{""});
}

TEST(Selector, MatchesAcrossMarkupNestedFarDeeperThanTheStack) {
    const int depth = 300000;
    std::string html = "<html><body><div id=top class=a><cite id=c1></cite>";
    for (int i = 0; i < depth; ++i)
        html += "<div><cite></cite>";
    html += "<p id=x><b id=y></b></p>";
    for (int i = 0; i < depth; ++i)
        html += "</div>";
    html += "</div></body></html>";
    Page page = parse_html(html);
    EXPECT_EQ(ids(page, ".a p"), std::vector<std::string>{"x"});
    EXPECT_EQ(ids(page, ".a b, #top > div > div"), (std::vector<std::string>{"", "y"}));
    EXPECT_EQ(ids(page, "div > p > b"), std::vector<std::string>{"y"});
    EXPECT_TRUE(ids(page, "span p").empty());
    xmlNode* top = page.first("#top");
    EXPECT_EQ(page.all(top, "cite").size(), static_cast<size_t>(depth + 1));
    std::vector<std::string> children;
    for (xmlNode* n : page.all(top, "> cite, > p"))
        children.push_back(attr(n, "id"));
    EXPECT_EQ(children, std::vector<std::string>{"c1"});
}

TEST(Selector, BadSyntaxThrows) {
    EXPECT_THROW(Selector("a[href"), std::invalid_argument);
    EXPECT_THROW(Selector("a[=x]"), std::invalid_argument);
    EXPECT_THROW(Selector("a !b"), std::invalid_argument);
    EXPECT_THROW(Selector(""), std::invalid_argument);
}

}  // namespace
}  // namespace forum
