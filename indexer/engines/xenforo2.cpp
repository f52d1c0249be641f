// XenForo 2 (2.0–2.3): <html id="XF" data-template="thread_view...">, one
// <article class="message message--post" data-content="post-N"> per post.
// 2.2+ puts the epoch in data-timestamp (data-time is then visible text) and data-quote/
// data-source on quotes; some themes render the poster's name and title twice.

#include <string>

#include "common/core/numbers.hpp"
#include "common/core/text.hpp"
#include "indexer/engines/all_engines.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/element_time.hpp"
#include "indexer/extract/field_text.hpp"
#include "indexer/extract/url_parts.hpp"
#include "indexer/extract/user_extras.hpp"

namespace forum {
namespace {

// Drops a trailing "page-N" path segment: the thread's own URL is that of its first page.
std::string first_page_url(const std::string& url) {
    size_t at = url.rfind("/page-");
    if (at == std::string::npos) return url;
    std::string_view rest = std::string_view(url).substr(at + 6);
    if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
    if (rest.empty() || rest.find_first_not_of("0123456789") != std::string_view::npos) return url;
    return url.substr(0, at + 1);
}

std::optional<std::string> quote_author(const Page& page, xmlNode* quote) {
    std::string name = collapse_whitespace(attr(quote, "data-quote"));
    if (name.empty()) name = strip_attribution(text_of(page.first(quote, "> .bbCodeBlock-title")));
    return non_empty(name);
}

const BodyRules kBody = {
    .drop = {".bbCodeBlock--quote > .bbCodeBlock-title", ".bbCodeBlock-expandLink",
             ".bbCodeBlock--unfurl", ".samCodeUnit", ".samBannerUnit", ".adsbygoogle",
             ".js-selectToQuoteEnd", ".message-signature"},
    .quote = ".bbCodeBlock--quote",
    .quote_content = "> .bbCodeBlock-content",
    .quote_author = quote_author,
};

const BodyRules kTitle = {.drop = {".label", ".label-append"}};

bool detect(const Page& page) {
    xmlNode* root = page.root();
    if (attr(root, "id") != "XF") return false;
    std::string tmpl = attr(root, "data-template");
    if (!tmpl.empty()) return tmpl.starts_with("thread_view");
    return page.first("article.message--post") != nullptr;
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    t.thread_id = digits_after(attr(page.root(), "data-content-key"), "thread-");
    if (!t.thread_id) t.thread_id = slug_id(page.url(), "/threads/");
    if (xmlNode* h1 = page.first("h1.p-title-value"))
        t.title = non_empty(read_body(page, h1, kTitle).text);
    if (xmlNode* crumbs = page.first("ul.p-breadcrumbs")) {
        auto items = page.all(crumbs, "> li");
        if (!items.empty()) t.forum = non_empty(text_of(items.back()));
    }
    if (!page.url().empty()) t.thread_url = first_page_url(page.url());
    if (auto n = parse_count(text_of(page.first(".pageNav-page--current")))) {
        t.page = static_cast<int>(*n);
    } else {
        t.page = 1;
    }
    return t;
}

std::vector<xmlNode*> posts(const Page& page) { return page.all(".message--post"); }

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.post_id = digits_after(attr(node, "data-content"), "post-");
    if (!p.post_id) p.post_id = digits_after(attr(node, "id"), "js-post-");
    p.poster = non_empty(text_of(page.first(node, ".message-name")));
    if (!p.poster) p.poster = non_empty(collapse_whitespace(attr(node, "data-author")));
    p.user_title = non_empty(text_of(page.first(node, ".message-userTitle")));
    for (xmlNode* pair : page.all(node, ".message-userExtras dl")) {
        apply_user_extra(p, text_of(page.first(pair, "dt")), extra_value(page.first(pair, "dd")),
                         page.dates());
    }
    p.date = element_time(page, page.first(node, ".message-attribution-main time"));
    p.edited = element_time(page, page.first(node, ".message-lastEdit time"));
    for (xmlNode* a : page.all(node, ".message-attribution-opposite a")) {
        std::string label = text_of(a);
        if (label.size() > 1 && label[0] == '#') {
            if (auto n = parse_count(label.substr(1))) p.position = static_cast<int>(*n);
        }
    }
    if (xmlNode* link = page.first(node, ".message-attribution-main a[href]")) {
        p.url = absolute_url(page, attr(link, "href"));
    }
    xmlNode* body = page.first(node, ".message-body .bbWrapper");
    if (!body) body = page.first(node, ".message-body");
    Body b = read_body(page, body, kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine xenforo2_engine{
    .name = "xenforo2",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
