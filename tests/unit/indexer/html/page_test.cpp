// A page as parsed: what it says about itself, and hostile markup read without crashing.

#include "indexer/html/page.hpp"

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

TEST(Page, NulBytesAreTakenOutNotWhereTheTextEnds) {
    // libxml2 ended the document at the first NUL: everything after it was lost, silently.
    Page page = parse_html(std::string("<html><body><div id=a title=\"x\0y\">one</div>", 43) +
                           std::string("<div id=b>t\0wo</div></body></html>", 34));
    EXPECT_EQ(page.nul_bytes(), 2u);
    EXPECT_EQ(attr(page.first("#a"), "title"), "xy");
    EXPECT_EQ(text_of(page.first("#b")), "two");
    EXPECT_FALSE(page.truncated());
}

TEST(Page, TruncatedMeansNoEndTagNotSomethingAfterIt) {
    const std::string page = "<html><body><div id=x>post</div></body></html>";
    EXPECT_FALSE(parse_html(page).truncated());
    // What hosts and tools put after </html>: whitespace, comments, scripts, junk (more than the
    // 4 KB tail that was looked at).
    EXPECT_FALSE(parse_html(page + std::string(5000, ' ') + "<!-- " + std::string(6000, 'x') +
                            " -->\n<script>track()</script>junk<p>more")
                     .truncated());
    EXPECT_FALSE(parse_html("<html><body><div>post</div></BODY >").truncated());
    EXPECT_FALSE(parse_html("<html><body><div>post</div></HTML>\n").truncated());
    // A pasted document's <html><body> makes libxml2 ignore the page's own end tags; they are
    // still its end.
    EXPECT_FALSE(parse_html("<html><body><div>a</div><div><html><body><p>ad</p></div><div>b</div>"
                            "</body></html>")
                     .truncated());
    EXPECT_TRUE(
        parse_html("<html><body><div>a</div><div><html><body><p>ad</p></div><div>b").truncated());
    // Cut short, even just after a script that writes the end tags.
    EXPECT_TRUE(parse_html("<html><body><div>post</div>").truncated());
    EXPECT_TRUE(parse_html("<html><body><script>document.write('</body></html>')</script><div>po")
                    .truncated());
    EXPECT_TRUE(parse_html("<html><body><!-- </html> --><div>post</div></bodyx>").truncated());
}

TEST(Page, MarkupOverTheNodeBudgetIsRefused) {
    // A node costs libxml2 some 130 bytes: a 30 MB page of tiny elements took 1.2 GB.
    auto page_of = [](int elements) {
        std::string html = "<html><body>";  // html, body: 2 nodes
        for (int i = 0; i < elements; ++i)
            html += "<i a=1 b></i>";      // 4 nodes: the element, two attributes, a value
        return html + "x</body></html>";  // the text: 1
    };
    ParseOptions budget;
    budget.max_nodes = 403;
    Page fits = Page::parse({"fits.html", page_of(100), 0, {}, {}}, budget);
    EXPECT_TRUE(fits.usable());
    EXPECT_FALSE(fits.over_node_budget());
    EXPECT_EQ(fits.all("i").size(), 100u);
    Page over = Page::parse({"over.html", page_of(101), 0, {}, {}}, budget);
    EXPECT_TRUE(over.over_node_budget());
    EXPECT_FALSE(over.usable());
}

TEST(Page, Utf16PagesByTheirBomOrTheirBytes) {
    const std::string html =
        "<html><head><meta charset=\"utf-16\"></head><body><p id=p>naïve “café” "
        "𝄞</p></body></html>";
    auto utf16 = [&](bool big_endian, bool bom) {
        std::string out = bom ? (big_endian ? "\xFE\xFF" : "\xFF\xFE") : "";
        for (size_t i = 0; i < html.size();) {
            // Decode one UTF-8 sequence, write it as UTF-16.
            auto b = static_cast<unsigned char>(html[i]);
            int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            unsigned cp = len == 1 ? b : b & (0x3F >> (len - 1));
            for (int k = 1; k < len; ++k)
                cp = cp << 6 | (static_cast<unsigned char>(html[i + k]) & 0x3F);
            i += static_cast<size_t>(len);
            auto put = [&](unsigned u) {
                char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
                out += big_endian ? hi : lo;
                out += big_endian ? lo : hi;
            };
            if (cp >= 0x10000) {
                put(0xD800 + ((cp - 0x10000) >> 10));
                put(0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                put(cp);
            }
        }
        return out;
    };
    for (bool big_endian : {false, true}) {
        for (bool bom : {true, false}) {
            Page page = parse_html(utf16(big_endian, bom));
            EXPECT_EQ(page.encoding(), big_endian ? "utf-16be" : "utf-16le") << bom;
            EXPECT_EQ(text_of(page.first("#p")), "naïve “café” 𝄞") << big_endian << bom;
            EXPECT_EQ(page.nul_bytes(), 0u);
            EXPECT_FALSE(page.truncated());
        }
    }
    // Declared UTF-16 on bytes that are not: UTF-8, as the HTML standard reads such a <meta>.
    Page declared = parse_html(html);
    EXPECT_EQ(declared.encoding(), "utf-8");
    EXPECT_FALSE(declared.charset_fallback());
    EXPECT_EQ(text_of(declared.first("#p")), "naïve “café” 𝄞");
}

}  // namespace
}  // namespace forum
