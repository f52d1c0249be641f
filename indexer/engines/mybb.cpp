// MyBB 1.8: one div.post#post_N per post, the poster in div.author_information, "Posts:/
// Threads:/Joined:/Reputation:" lines in div.author_statistics, the date in span.post_date
// ("09-30-2023, 07:05 PM", "Today, 07:05 PM", or a relative phrase in a <span title="full
// date">), the message in div.post_body#pid_N. reaction_score is the poster's Reputation.
// Quotes are blockquote.mycode_quote > cite ("<span>(date)</span>NAME Wrote:") and nest.

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
    xmlNode* cite = page.first(quote, "> cite");
    if (!cite) return std::nullopt;
    std::string text = text_of(cite);
    std::string date = text_of(page.first(cite, "> span"));  // " (09-30-2023, 06:55 PM)"
    if (!date.empty() && text.starts_with(date)) text = text.substr(date.size());
    return non_empty(strip_attribution(text));
}

const BodyRules kBody = {
    .drop = {"blockquote.mycode_quote > cite", ".signature", ".post_edit"},
    .quote = "blockquote.mycode_quote",
    .quote_author = quote_author,
};

// A date cell's own text (not the edit note nested in it). Relative days are printed as
// "<span title="10-01-2023">Yesterday</span>, 11:40 PM": the title has the date, the text the time.
std::optional<std::int64_t> shown_time(const Page& page, xmlNode* el) {
    if (!el) return std::nullopt;
    std::string own;
    for (xmlNode* c = el->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE) own += text_of(c) + " ";
    }
    if (xmlNode* day = page.first(el, "span[title]")) own = attr(day, "title") + " " + own;
    return parse_visible_time(own, page.dates());
}

bool detect(const Page& page) { return page.first("div.post div.post_body[id^=pid_]") != nullptr; }

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    xmlNode* nav = page.first(".navigation, .breadcrumb, #breadcrumb");
    t.title = non_empty(text_of(page.first(nav, ".active")));
    std::vector<xmlNode*> crumbs;
    for (xmlNode* a : page.all(nav, "a[href]")) {
        if (!has_class(a, "active")) crumbs.push_back(a);
    }
    if (crumbs.size() > 1) t.forum = non_empty(text_of(crumbs.back()));
    t.thread_id = url_param(page.url(), "tid");
    if (!t.thread_id) {
        if (xmlNode* reply = page.first("a[href*=\"newreply.php\"]"))
            t.thread_id = url_param(attr(reply, "href"), "tid");
    }
    if (!page.url().empty()) t.thread_url = without_param(page.url(), "page");
    if (auto n = parse_count(text_of(page.first(".pagination .pagination_current")))) {
        t.page = static_cast<int>(*n);
    } else {
        t.page =
            static_cast<int>(parse_count(url_param(page.url(), "page").value_or("1")).value_or(1));
    }
    return t;
}

std::vector<xmlNode*> posts(const Page& page) { return page.all("div.post[id^=post_]"); }

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.post_id = digits_after(attr(node, "id"), "post_");
    xmlNode* info = page.first(node, ".author_information");
    p.poster = non_empty(text_of(page.first(info, ".largetext")));
    xmlNode* title = page.first(info, ".postbit_usertitle");
    if (!title) title = page.first(info, "> .smalltext");
    p.user_title = non_empty(text_of(title));
    apply_labelled_lines(page, p, page.first(node, ".author_statistics"));
    p.date = shown_time(page, page.first(node, ".post_date"));
    // "(This post was last modified: 09-30-2023, 07:25 PM by NAME.)"
    if (xmlNode* edit = page.first(node, ".edited_post")) {
        if (auto when = text_between(text_of(edit), "modified:", " by ")) {
            // A relative day keeps its date in a title, as in the post date.
            if (xmlNode* day = page.first(edit, "span[title]"))
                when = attr(day, "title") + " " + when->substr(when->find(',') + 1);
            p.edited = parse_visible_time(*when, page.dates());
        }
    }
    for (xmlNode* a : page.all(node, ".post_head a[href]")) {
        std::string label = text_of(a);
        if (label.size() > 1 && label[0] == '#') {
            if (auto n = parse_count(label.substr(1))) p.position = static_cast<int>(*n);
            p.url = absolute_url(page, attr(a, "href"));
        }
    }
    Body b = read_body(page, page.first(node, ".post_body"), kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine mybb_engine{
    .name = "mybb",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
