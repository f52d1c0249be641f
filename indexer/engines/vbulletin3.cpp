// vBulletin 3 (3.0–3.8): <meta name="generator" content="vBulletin 3.x">, one
// <table id="postN" class="tborder"> per post, table layout throughout. No machine-readable
// times: the post's header cell shows "2016-02-01, 02:29" or "Today, 10:12" in the board's
// zone (--timezone). Quotes have no classes: a <div style="margin:20px"> holding "Quote:" and
// a table whose cell has "Originally Posted by <strong>NAME</strong>" and the quoted text.

#include "common/core/numbers.hpp"
#include "common/core/text.hpp"
#include "indexer/engines/all_engines.hpp"
#include "indexer/engines/vbulletin_markup.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/element_time.hpp"
#include "indexer/extract/field_text.hpp"
#include "indexer/extract/url_parts.hpp"
#include "indexer/extract/user_extras.hpp"

namespace forum {
namespace {

// The quote's header: the first <div> of its cell that is not the quoted text itself.
std::optional<std::string> quote_author(const Page& page, xmlNode* quote) {
    for (xmlNode* div : page.all(quote, "td.alt2 > div")) {
        if (attr(div, "style").find("italic") == std::string::npos)
            return vb_quote_author(page, div);
    }
    return std::nullopt;
}

const BodyRules kBody = {
    .drop = {"div[style*=\"margin:20px\"] > div.smallfont"},  // the "Quote:" label
    .quote = "div[style*=\"margin:20px\"]",
    .quote_content = "td.alt2 > div[style*=italic]",
    .quote_author = quote_author,
};

bool is_post_table(const xmlNode* table) {
    return digits_after(attr(table, "id"), "post").has_value();
}

bool detect(const Page& page) {
    std::string gen = page.generator();
    if (!gen.empty() && !gen.starts_with("vBulletin 3")) return false;
    return page.first("table[id^=post] div[id^=post_message_]") != nullptr;
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    // The navbar's "Reload this Page" link names thread and page when the saved URL does not.
    std::string reload = attr(page.first("td.navbar a[href*=\"showthread.php\"]"), "href");
    t.thread_id = vb_thread_id(page.url());
    if (!t.thread_id) t.thread_id = vb_thread_id(reload);
    t.title = field_text(page.first("td.navbar strong"));
    auto crumbs = page.all("span.navbar a");
    if (!crumbs.empty()) t.forum = field_text(crumbs.back());
    std::string self = page.url().empty() ? absolute_url(page, reload).value_or("") : page.url();
    if (!self.empty()) t.thread_url = drop_page(self, "page", "");
    auto n = parse_count(text_of(page.first(".pagenav td.alt2 strong")));
    if (!n) n = parse_count(url_param(self, "page").value_or(""));
    t.page = n ? static_cast<int>(*n) : 1;
    return t;
}

std::vector<xmlNode*> posts(const Page& page) {
    std::vector<xmlNode*> out;
    for (xmlNode* table : page.all("table[id^=post]")) {
        if (is_post_table(table)) out.push_back(table);
    }
    return out;
}

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.post_id = digits_after(attr(node, "id"), "post");
    if (xmlNode* count = page.first(node, "a[id^=postcount]")) {
        if (auto n = parse_count(text_of(count))) p.position = static_cast<int>(*n);
        p.url = absolute_url(page, attr(count, "href"));
    }
    // The first header cell holds the date, after a status icon.
    p.date = parse_visible_time(text_of(page.first(node, "td.thead")), page.dates());
    xmlNode* menu = page.first(node, "div[id^=postmenu_]");
    p.poster = field_text(page.first(menu, "a.bigusername"));
    if (!p.poster) p.poster = field_text(menu);  // a guest's name is plain text
    xmlNode* title = menu ? xmlNextElementSibling(menu) : nullptr;
    if (has_class(title, "smallfont") && !page.first(title, "div, img"))
        p.user_title = field_text(title);
    // "Join Date: Dec 2005", "Posts: 1,234" lines under the avatar.
    for (xmlNode* line : page.all(node, "td.alt2 div.smallfont > div")) {
        std::string text = text_of(line);
        size_t colon = text.find(':');
        if (colon != std::string::npos)
            apply_user_extra(p, text.substr(0, colon), text.substr(colon + 1), page.dates());
    }
    for (xmlNode* note : page.all(node, "td[id^=td_post_] div.smallfont em")) {
        if (auto t = vb_edit_time(page, note)) p.edited = t;
    }
    Body b = read_body(page, page.first(node, "div[id^=post_message_]"), kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine vbulletin3_engine{
    .name = "vbulletin3",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
