// NodeBB, server-rendered topic pages (what a crawler without JavaScript gets): one
// [component="post"] element per post with data-pid, data-index (0-based), data-username and
// data-timestamp (epoch milliseconds); the body in [component="post/content"]; the last edit
// in [component="post/editor"] .timeago[title=ISO]. NodeBB shows no per-user count beside a
// post, so reaction_score is the post's own vote count ([component="post/vote-count"]
// data-votes, upvotes minus downvotes). A quote is a <blockquote> preceded by a paragraph
// "@NAME said in TOPIC:", which gives the author and is left out of the text.

#include <string>

#include "common/core/numbers.hpp"
#include "common/core/text.hpp"
#include "indexer/engines/all_engines.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/element_time.hpp"
#include "indexer/extract/field_text.hpp"
#include "indexer/extract/url_parts.hpp"

namespace forum {
namespace {

bool is_attribution_text(const xmlNode* p) {
    return is_element(p, "p") && text_of(p).find(" said in ") != std::string::npos;
}

// The "@NAME said in …:" paragraph right before a quote, if that is what precedes it.
xmlNode* attribution_of(xmlNode* quote) {
    xmlNode* s = quote->prev;
    while (s && s->type != XML_ELEMENT_NODE)
        s = s->prev;
    return is_attribution_text(s) ? s : nullptr;
}

// That paragraph, seen from itself: left out of the text. A check on each element, as CSS cannot
// say "followed by" and the XPath that can takes quadratic time on a page of many paragraphs.
bool is_attribution(const xmlNode* n) {
    if (!is_element(n, "p")) return false;
    const xmlNode* next = n->next;
    while (next && next->type != XML_ELEMENT_NODE)
        next = next->next;
    return is_element(next, "blockquote") && is_attribution_text(n);
}

std::optional<std::string> quote_author(const Page&, xmlNode* quote) {
    xmlNode* p = attribution_of(quote);
    if (!p) return std::nullopt;
    std::string text = text_of(p);
    std::string name = text.substr(0, text.find(" said in "));
    if (!name.empty() && name[0] == '@') name.erase(0, 1);
    return non_empty(collapse_whitespace(name));
}

const BodyRules kBody = {
    .drop = {".post-signature"},
    .drop_if = is_attribution,
    .quote = "blockquote",
    .quote_author = quote_author,
};

bool detect(const Page& page) { return page.first("[component=post][data-pid]") != nullptr; }

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    t.title = non_empty(text_of(page.first("[component=\"topic/title\"]")));
    t.thread_id = non_empty(attr(page.first("[component=topic][data-tid]"), "data-tid"));
    std::vector<xmlNode*> crumbs;
    for (xmlNode* li : page.all(".breadcrumb > li")) {
        if (attr(li, "component") != "breadcrumb/current") crumbs.push_back(li);
    }
    if (crumbs.size() > 1) t.forum = non_empty(text_of(crumbs.back()));
    if (!page.url().empty()) t.thread_url = without_param(page.url(), "page");
    auto n = parse_count(url_param(page.url(), "page").value_or(""));
    t.page = static_cast<int>(n.value_or(1));
    return t;
}

std::vector<xmlNode*> posts(const Page& page) { return page.all("[component=post][data-pid]"); }

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.post_id = non_empty(attr(node, "data-pid"));
    if (auto index = parse_count(attr(node, "data-index")))
        p.position = static_cast<int>(*index) + 1;
    p.poster = non_empty(collapse_whitespace(attr(node, "data-username")));
    if (!p.poster) p.poster = non_empty(text_of(page.first(node, "[itemprop=author]")));
    p.date = element_time(page, node);
    if (!p.date) {
        if (xmlNode* ago = page.first(node, "a.permalink .timeago[title]"))
            p.date = parse_iso8601(attr(ago, "title"));
    }
    if (xmlNode* ago = page.first(node, "[component=\"post/editor\"] .timeago[title]"))
        p.edited = parse_iso8601(attr(ago, "title"));
    if (xmlNode* votes = page.first(node, "[component=\"post/vote-count\"]")) {
        std::string v = attr(votes, "data-votes");
        p.reaction_score = parse_count(v.empty() ? text_of(votes) : v);
    }
    if (xmlNode* link = page.first(node, "a.permalink[href]"))
        p.url = absolute_url(page, attr(link, "href"));
    xmlNode* body = page.first(node, "[component=\"post/content\"]");
    Body b = read_body(page, body, kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine nodebb_engine{
    .name = "nodebb",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
