// vBulletin 5 (5.x, "vB Connect"): <meta name="generator" content="vBulletin 5.x">, one
// <li class="b-post" data-node-id="N" data-node-publishdate="EPOCH"> per post. The epoch is
// the only exact time: <time datetime> has no zone and is in the server's, its text in the
// viewer's.

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

std::optional<std::string> quote_author(const Page& page, xmlNode* quote) {
    return vb_quote_author(page, page.first(quote, ".bbcode_postedby"));
}

const BodyRules kBody = {
    .drop = {".bbcode_postedby", ".post-signature"},
    .quote = ".bbcode_quote",
    .quote_content = ".message",
    .quote_author = quote_author,
};

bool detect(const Page& page) {
    std::string gen = page.generator();
    if (!gen.empty() && !gen.starts_with("vBulletin 5")) return false;
    return page.first("li.b-post[data-node-id]") != nullptr;
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    t.thread_id = vb_thread_id(page.url());
    t.title = field_text(page.first("h1.main-title"));
    auto crumbs = page.all("#breadcrumbs a.crumb-link");
    if (!crumbs.empty()) t.forum = field_text(crumbs.back());
    if (!page.url().empty()) t.thread_url = drop_page(page.url(), "", "/page");
    auto n = path_page(page.url(), "/page");
    if (!n) n = parse_count(attr(page.first("input.js-pagenum[value]"), "value"));
    t.page = n ? static_cast<int>(*n) : 1;
    return t;
}

std::vector<xmlNode*> posts(const Page& page) { return page.all("li.b-post[data-node-id]"); }

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.post_id = digits_after(attr(node, "data-node-id"), "");
    if (auto epoch = digits_after(attr(node, "data-node-publishdate"), "");
        epoch && epoch->size() < 13)
        p.date = std::stoll(*epoch);
    if (!p.date) p.date = element_time(page, page.first(node, ".b-post__timestamp time"));
    if (xmlNode* count = page.first(node, "a.b-post__count")) {
        std::string label = text_of(count);
        if (label.starts_with("#")) {
            if (auto n = parse_count(label.substr(1))) p.position = static_cast<int>(*n);
        }
        p.url = absolute_url(page, attr(count, "href"));
    }
    p.poster = field_text(page.first(node, ".b-userinfo .author"));
    p.user_title = field_text(page.first(node, ".b-userinfo .usertitle"));
    for (xmlNode* item : page.all(node, "li.b-userinfo__additional-info")) {
        apply_user_extra(p, text_of(page.first(item, "label")),
                         extra_value(page.first(item, "span")), page.dates());
    }
    p.edited = vb_edit_time(page, page.first(node, ".b-post__edit"));
    Body b = read_body(page, page.first(node, ".js-post__content-text"), kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine vbulletin5_engine{
    .name = "vbulletin5",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
