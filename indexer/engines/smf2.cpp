// Simple Machines Forum 2.0/2.1: posts in #forumposts, each a div.post_wrapper with the
// poster in div.poster (h4 name, ul of li: membergroup, postgroup, "Posts: 1,234",
// "Karma: 12", custom fields "Location: …"), "« Reply #3 on: September 30, 2023, 07:05:00 PM »"
// in div.keyinfo, the message in div.inner#msg_N and "« Last Edit: DATE by NAME »" in
// div.modified. reaction_score is the poster's Karma when the forum shows it as one number
// (karma shown as "+12/-3" is not one score and stays null). Quotes: 2.0 puts a div.quoteheader
// ("Quote from: NAME on DATE") before blockquote.bbc_standard_quote (bbc_alternate_quote when
// nested); 2.1 puts a <cite> inside the blockquote.

#include <string>

#include "common/core/numbers.hpp"
#include "common/core/text.hpp"
#include "indexer/engines/all_engines.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/field_text.hpp"
#include "indexer/extract/url_parts.hpp"
#include "indexer/extract/user_extras.hpp"

namespace forum {
namespace {

std::optional<std::string> quote_author(const Page& page, xmlNode* quote) {
    std::string header = text_of(page.first(quote, "> cite"));
    if (header.empty()) {
        xmlNode* s = quote->prev;
        while (s && s->type != XML_ELEMENT_NODE)
            s = s->prev;
        if (s && has_class(s, "quoteheader")) header = text_of(s);
    }
    if (header.empty()) return std::nullopt;
    size_t on = header.find(" on ");  // "Quote from: NAME on DATE"
    return non_empty(strip_attribution(header.substr(0, on)));
}

const BodyRules kBody = {
    .drop = {".quoteheader", ".quotefooter", "blockquote > cite", ".codeheader"},
    .quote = "blockquote.bbc_standard_quote, blockquote.bbc_alternate_quote",
    .quote_author = quote_author,
};

bool detect(const Page& page) {
    return page.first("#forumposts .post_wrapper div.inner[id^=msg_]") != nullptr;
}

// "…index.php?topic=4411.20" → "4411"
std::optional<std::string> topic_of(std::string_view url) {
    auto topic = url_param(url, "topic");
    return topic ? digits_after(*topic, "") : std::nullopt;
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    auto crumbs = page.all(".navigate_section li, #linktree li");
    if (!crumbs.empty()) {
        xmlNode* last = page.first(crumbs.back(), "a[href]");
        t.title = non_empty(text_of(page.first(crumbs.back(), "span")));
        if (!t.title) t.title = non_empty(text_of(crumbs.back()));
        if (last) t.thread_url = absolute_url(page, attr(last, "href"));
        if (crumbs.size() > 2)
            t.forum = non_empty(text_of(page.first(crumbs[crumbs.size() - 2], "a")));
    }
    t.thread_id = topic_of(page.url());
    if (!t.thread_id && t.thread_url) t.thread_id = topic_of(*t.thread_url);
    if (!t.thread_url && !page.url().empty()) t.thread_url = page.url();
    // "Pages: 1 [2] 3" (2.0: strong; 2.1: span.current_page)
    xmlNode* current = page.first(".pagelinks strong, .pagelinks .current_page");
    t.page = static_cast<int>(parse_count(text_of(current)).value_or(1));
    return t;
}

std::vector<xmlNode*> posts(const Page& page) { return page.all("#forumposts .post_wrapper"); }

Post post(const Page& page, xmlNode* node) {
    Post p;
    xmlNode* inner = page.first(node, "div.inner[id^=msg_]");
    p.post_id = digits_after(attr(inner, "id"), "msg_");
    xmlNode* poster = page.first(node, ".poster");
    p.poster = non_empty(text_of(page.first(poster, "h4")));
    p.user_title = non_empty(text_of(page.first(poster, "li.membergroup")));
    if (!p.user_title) p.user_title = non_empty(text_of(page.first(poster, "li.postgroup")));
    for (xmlNode* li : page.all(poster, "ul > li"))
        apply_labelled_lines(page, p, li);
    xmlNode* keyinfo = page.first(node, ".keyinfo");
    // 2.0: div.smalltext "« Reply #3 on: DATE »" ("« on: DATE »" for a thread's first post);
    // 2.1: a.smalltext "DATE »" titled "Reply #3 - subject", and span.page_number "#4".
    xmlNode* when = page.first(keyinfo, "div.smalltext, .postinfo a.smalltext");
    std::string line = text_of(when);
    if (auto date = text_between(line, "on:", "»")) {
        p.date = parse_visible_time(*date, page.dates());
    } else if (is_element(when, "a")) {
        p.date = parse_visible_time(line.substr(0, line.find("»")), page.dates());
    }
    std::string number = text_of(page.first(keyinfo, ".page_number"));  // "#4"
    if (number.starts_with("#") && parse_count(number.substr(1))) {
        p.position = static_cast<int>(*parse_count(number.substr(1)));
    } else if (auto reply = text_between(line, "Reply #", " ")) {
        if (auto n = parse_count(*reply)) p.position = static_cast<int>(*n) + 1;
    } else if (line.find("on:") != std::string::npos) {
        p.position = 1;
    }
    if (xmlNode* link = page.first(keyinfo, "h5 a[href], .subject_title a[href]"))
        p.url = absolute_url(page, attr(link, "href"));
    if (auto edit = text_between(text_of(page.first(node, ".modified")), "Last Edit:", " by "))
        p.edited = parse_visible_time(*edit, page.dates());
    Body b = read_body(page, inner, kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine smf2_engine{
    .name = "smf2",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
