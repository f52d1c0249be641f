// vBulletin 4 (4.0–4.2): <meta name="generator" content="vBulletin 4.x">, one
// <li class="postbitlegacy postcontainer" id="post_N"> per post inside <ol id="posts">.
// Times are visible only ("06-15-2016, 03:03 PM", "Today, 10:12 AM") in the board's zone.

#include "common/core/numbers.hpp"
#include "common/core/text.hpp"
#include "indexer/engines/all_engines.hpp"
#include "indexer/engines/vbulletin_markup.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/field_text.hpp"
#include "indexer/extract/url_parts.hpp"
#include "indexer/extract/user_extras.hpp"

namespace forum {
namespace {

std::optional<std::string> quote_author(const Page& page, xmlNode* quote) {
    return vb_quote_author(page, page.first(quote, ".bbcode_postedby"));
}

const BodyRules kBody = {
    .drop = {".bbcode_postedby", ".signaturecontainer"},
    .quote = ".bbcode_quote",
    .quote_content = ".message",
    .quote_author = quote_author,
};

bool detect(const Page& page) {
    std::string gen = page.generator();
    if (!gen.empty() && !gen.starts_with("vBulletin 4")) return false;
    return page.first("#posts li.postcontainer[id^=post_]") != nullptr;
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    xmlNode* title = page.first("span.threadtitle a");
    t.thread_id = vb_thread_id(page.url());
    if (!t.thread_id) t.thread_id = vb_thread_id(attr(title, "href"));
    t.title = field_text(title);
    if (!t.title) t.title = field_text(page.first("#breadcrumb li.lastnavbit"));
    auto crumbs = page.all("#breadcrumb li.navbit a");
    if (!crumbs.empty()) t.forum = field_text(crumbs.back());
    std::string self =
        page.url().empty() ? absolute_url(page, attr(title, "href")).value_or("") : page.url();
    if (!self.empty()) t.thread_url = drop_page(self, "page", "/page");
    auto n = path_page(self, "/page");
    if (!n) n = parse_count(text_of(page.first(".pagination span.selected")));
    if (!n) n = parse_count(url_param(self, "page").value_or(""));
    t.page = n ? static_cast<int>(*n) : 1;
    return t;
}

std::vector<xmlNode*> posts(const Page& page) {
    return page.all("#posts > li.postcontainer[id^=post_]");
}

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.post_id = digits_after(attr(node, "id"), "post_");
    if (xmlNode* counter = page.first(node, ".posthead a.postcounter")) {
        std::string label = text_of(counter);
        if (label.starts_with("#")) {
            if (auto n = parse_count(label.substr(1))) p.position = static_cast<int>(*n);
        }
        p.url = absolute_url(page, attr(counter, "href"));
    }
    p.date =
        parse_visible_time(text_of(page.first(node, ".posthead .postdate .date")), page.dates());
    p.poster = field_text(page.first(node, ".userinfo .username"));  // a guest's is a <span>
    p.user_title = field_text(page.first(node, ".userinfo .usertitle"));
    for (xmlNode* dt : page.all(node, "dl.userinfo_extra dt")) {
        xmlNode* dd = xmlNextElementSibling(dt);
        if (is_element(dd, "dd")) apply_user_extra(p, text_of(dt), extra_value(dd), page.dates());
    }
    p.edited = vb_edit_time(page, page.first(node, ".postbody .lastedited"));
    Body b = read_body(page, page.first(node, "div[id^=post_message_]"), kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine vbulletin4_engine{
    .name = "vbulletin4",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
