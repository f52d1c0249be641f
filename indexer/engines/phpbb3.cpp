// phpBB 3 (3.0–3.3), prosilver and styles built on it: one <div class="post bg1|bg2" id="pN">
// per post, "by NAME » DATE" in p.author (3.1+ adds <time datetime>), the poster's rank and
// "Posts:/Joined:/Location:" in dl.postprofile. phpBB shows no post number and, by default, no
// reaction count, so position and reaction_score stay null.

#include <string>

#include "common/core/numbers.hpp"
#include "common/core/text.hpp"
#include "indexer/engines/all_engines.hpp"
#include "indexer/engines/phpbb_markup.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/element_time.hpp"
#include "indexer/extract/field_text.hpp"
#include "indexer/extract/url_parts.hpp"
#include "indexer/extract/user_extras.hpp"

namespace forum {
namespace {

// "<cite><a>NAME</a> wrote: …date…</cite>" (3.2+) or "<cite>NAME wrote:</cite>" (3.0).
std::optional<std::string> quote_author(const Page& page, xmlNode* quote) {
    xmlNode* cite = page.first(quote, "> cite, > div > cite");
    if (!cite) return std::nullopt;  // blockquote.uncited
    if (xmlNode* a = page.first(cite, "a[href*=memberlist]")) return non_empty(text_of(a));
    std::string text = text_of(cite);
    return non_empty(strip_attribution(text.substr(0, text.find(':') + 1)));
}

const BodyRules kBody = {
    .drop = {"blockquote cite", ".signature", ".codebox > p", ".notice", "div.inline-attachment"},
    .quote = "blockquote",
    .quote_author = quote_author,
};

bool detect(const Page& page) {
    return page.first("div.post[id^=p] div.postbody") != nullptr &&
           page.first("div.post[id^=p] .author") != nullptr;
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    xmlNode* title = page.first("h2.topic-title, #page-body > h2");
    t.title = non_empty(text_of(title));
    t.thread_id = phpbb_topic_id(page, title);
    // 3.1+: span.crumb[data-forum-id]; 3.0: "Board index ‹ Forum ‹ Sub-forum" in li.icon-home.
    auto crumbs = page.all(".crumb[data-forum-id] > a");
    if (crumbs.empty()) {
        if (xmlNode* home = page.first("li.icon-home")) crumbs = page.all(home, "> a");
        if (crumbs.size() < 2) crumbs.clear();  // only "Board index"
    }
    if (!crumbs.empty()) t.forum = non_empty(text_of(crumbs.back()));
    if (!page.url().empty()) t.thread_url = without_param(page.url(), "start");
    xmlNode* current = page.first(".pagination li.active, .pagination strong");
    t.page = static_cast<int>(parse_count(text_of(current)).value_or(1));
    return t;
}

std::vector<xmlNode*> posts(const Page& page) { return page.all("div.post[id^=p]"); }

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.post_id = digits_after(attr(node, "id"), "p");
    xmlNode* author = page.first(node, "p.author");
    p.poster = non_empty(text_of(page.first(author, "strong")));
    if (xmlNode* time = page.first(author, "time")) {
        p.date = element_time(page, time);
    } else if (auto when = text_between(text_of(author), "»", "")) {
        p.date = parse_visible_time(*when, page.dates());
    }
    if (xmlNode* link = page.first(author, "a[href*=\"p=\"]"))
        p.url = absolute_url(page, attr(link, "href"));
    xmlNode* profile = page.first(node, "dl.postprofile");
    p.user_title = non_empty(text_of(page.first(profile, "dd.profile-rank")));
    for (xmlNode* dd : page.all(profile, "> dd")) {
        xmlNode* label = page.first(dd, "> strong");
        if (!label) {
            if (!p.user_title) p.user_title = non_empty(text_of(dd));  // 3.0: the rank's <dd>
            continue;
        }
        std::string all = text_of(dd), name = text_of(label);
        apply_user_extra(p, name, all.substr(std::min(all.size(), name.size())), page.dates());
    }
    // "Last edited by NAME on Sat Sep 30, 2023 8:12 pm, edited 1 time in total."
    for (xmlNode* notice : page.all(node, ".notice")) {
        if (xmlNode* time = page.first(notice, "time")) {
            p.edited = element_time(page, time);
        } else if (auto when = text_between(text_of(notice), " on ", ", edited")) {
            p.edited = parse_visible_time(*when, page.dates());
        }
    }
    Body b = read_body(page, page.first(node, "div.content"), kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine phpbb3_engine{
    .name = "phpbb3",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
