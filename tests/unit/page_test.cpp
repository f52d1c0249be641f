// A page as parsed: what it says about itself, and hostile markup read without crashing.

#include "indexer/page.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

Page parse_html(std::string html) { return Page::parse({"test.html", std::move(html), 0, {}, {}}); }

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

TEST(Page, TextOfMarkupNestedFarDeeperThanTheStack) {
    // Recursion overflowed the stack at ~50,000 levels (5,000 under AddressSanitizer).
    Page page = parse_html("<html><body><div id=d>a<br>" +
                           nested("<span><i>", "b<br>c", "</i></span>", 300000) +
                           "<script>x</script>d</div></body></html>");
    ASSERT_TRUE(page.usable());
    EXPECT_EQ(page.depth(), 2 * 300000 + 4);  // html, body, div, the nest, the inner <br>
    EXPECT_EQ(text_of(page.first("#d")), "a b cd");
}

}  // namespace
}  // namespace forum
