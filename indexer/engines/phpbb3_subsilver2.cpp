// phpBB 3 with subsilver2 and the table styles built on it: each post is a table.tablebg with
// <a name="pN"> and b.postauthor, "Posted: DATE" in a td.gensmall, "Joined:/Posts:/Location:"
// in span.postdetails (the rank in a td.postdetails), the message in the first div.postbody (a
// span.postbody after it holds the signature), the edit note in a span.gensmall after it. Quotes
// are div.quotetitle ("NAME wrote:") + div.quotecontent. No post number and no reaction count are
// shown: position and reaction_score stay null.

#include <string>

#include "common/core/numbers.hpp"
#include "common/core/text.hpp"
#include "indexer/engines/all_engines.hpp"
#include "indexer/engines/phpbb_markup.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/field_text.hpp"
#include "indexer/extract/url_parts.hpp"
#include "indexer/extract/user_extras.hpp"

namespace forum {
namespace {

std::optional<std::string> quote_author(const Page&, xmlNode* quote) {
    for (xmlNode* s = quote->prev; s; s = s->prev) {
        if (s->type != XML_ELEMENT_NODE) continue;
        if (!has_class(s, "quotetitle")) return std::nullopt;
        return non_empty(strip_attribution(text_of(s)));
    }
    return std::nullopt;
}

const BodyRules kBody = {
    .drop = {".quotetitle", ".attachtitle", ".codetitle"},
    .quote = ".quotecontent",
    .quote_author = quote_author,
};

bool detect(const Page& page) {
    return page.first("table.tablebg b.postauthor") != nullptr &&
           page.first("table.tablebg div.postbody") != nullptr;
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    xmlNode* title = page.first("#pageheader h2");
    t.title = non_empty(text_of(title));
    t.thread_id = phpbb_topic_id(page, title);
    auto crumbs = page.all("p.breadcrumbs a");
    if (crumbs.size() > 1) t.forum = non_empty(text_of(crumbs.back()));
    if (!page.url().empty()) t.thread_url = without_param(page.url(), "start");
    // "Page <strong>2</strong> of <strong>2</strong>"
    t.page = static_cast<int>(parse_count(text_of(page.first("td.nav strong"))).value_or(1));
    return t;
}

std::vector<xmlNode*> posts(const Page& page) {
    std::vector<xmlNode*> out;
    for (xmlNode* name : page.all("table.tablebg b.postauthor")) {
        xmlNode* n = name->parent;
        while (n && !(is_element(n, "table") && has_class(n, "tablebg")))
            n = n->parent;
        if (n && (out.empty() || out.back() != n)) out.push_back(n);
    }
    return out;
}

Post post(const Page& page, xmlNode* node) {
    Post p;
    if (xmlNode* anchor = page.first(node, "a[name^=p]"))
        p.post_id = digits_after(attr(anchor, "name"), "p");
    p.poster = non_empty(text_of(page.first(node, "b.postauthor")));
    for (xmlNode* cell : page.all(node, "td.gensmall")) {
        if (auto when = text_between(text_of(cell), "Posted:", "")) {
            p.date = parse_visible_time(*when, page.dates());
            if (xmlNode* link = page.first(cell, "a[href]"))
                p.url = absolute_url(page, attr(link, "href"));
            break;
        }
    }
    // The rank sits alone in a td.postdetails above the "Joined:/Posts:" lines.
    p.user_title = non_empty(text_of(page.first(node, "td.profile td.postdetails")));
    for (xmlNode* details : page.all(node, "span.postdetails"))
        apply_labelled_lines(page, p, details);
    // "Last edited by NAME on Tue Nov 14, 2023 4:20 pm, edited 1 time in total."
    for (xmlNode* note : page.all(node, "span.gensmall")) {
        if (auto when = text_between(text_of(note), "Last edited by", "")) {
            if (auto on = text_between(*when, " on ", ", edited"))
                p.edited = parse_visible_time(*on, page.dates());
        }
    }
    Body b = read_body(page, page.first(node, "div.postbody"), kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine phpbb3_subsilver2_engine{
    .name = "phpbb3-subsilver2",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
