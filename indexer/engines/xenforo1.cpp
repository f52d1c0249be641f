// XenForo 1 (1.0–1.5): <html id="XenForo">, one <li id="post-N" class="message"
// data-author="NAME"> per post inside <ol id="messageList">. Old posts carry their time only as
// <span class="DateTime" title="Oct 30, 2014 at 10:48 PM"> (read in --timezone); recent ones as
// <abbr class="DateTime" data-time="EPOCH">.

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

std::optional<std::string> quote_author(const Page& page, xmlNode* quote) {
    std::string name = collapse_whitespace(attr(quote, "data-author"));
    if (name.empty()) name = strip_attribution(text_of(page.first(quote, ".attribution")));
    return non_empty(name);
}

const BodyRules kBody = {
    .drop = {".attribution", ".quoteExpand", ".messageTextEndMarker", ".signature"},
    .quote = ".bbCodeQuote",
    .quote_content = "blockquote.quoteContainer",
    .quote_author = quote_author,
};

const BodyRules kTitle = {.drop = {".prefix"}};

bool detect(const Page& page) {
    return attr(page.root(), "id") == "XenForo" && page.first("#messageList li.message");
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    t.thread_id = slug_id(page.url(), "/threads/");
    if (xmlNode* h1 = page.first(".titleBar h1"))
        t.title = non_empty(read_body(page, h1, kTitle).text);
    auto crumbs = page.all(".crumbs a.crumb");
    if (!crumbs.empty()) t.forum = field_text(crumbs.back());
    if (!page.url().empty()) {
        t.thread_url = drop_page(page.url(), "", "/page");
        if (!t.thread_url->ends_with('/')) *t.thread_url += '/';  // XenForo's URLs end so
    }
    auto n = parse_count(attr(page.first(".PageNav[data-page]"), "data-page"));
    t.page = n ? static_cast<int>(*n) : 1;
    return t;
}

std::vector<xmlNode*> posts(const Page& page) { return page.all("#messageList > li.message"); }

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.post_id = digits_after(attr(node, "id"), "post-");
    p.poster = field_text(page.first(node, ".messageUserBlock .username"));
    if (!p.poster) p.poster = non_empty(collapse_whitespace(attr(node, "data-author")));
    p.user_title = field_text(page.first(node, ".messageUserBlock .userTitle"));
    for (xmlNode* dt : page.all(node, ".extraUserInfo dt")) {
        xmlNode* dd = xmlNextElementSibling(dt);
        if (is_element(dd, "dd")) apply_user_extra(p, text_of(dt), extra_value(dd), page.dates());
    }
    p.date = element_time(page, page.first(node, ".messageMeta .DateTime"));
    p.edited = element_time(page, page.first(node, ".editDate .DateTime"));
    std::string number = text_of(page.first(node, ".messageMeta .postNumber"));
    if (number.starts_with("#")) {
        if (auto n = parse_count(number.substr(1))) p.position = static_cast<int>(*n);
    }
    if (xmlNode* link = page.first(node, ".messageMeta a.datePermalink[href]"))
        p.url = absolute_url(page, attr(link, "href"));
    Body b = read_body(page, page.first(node, ".messageContent .messageText"), kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine xenforo1_engine{
    .name = "xenforo1",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
