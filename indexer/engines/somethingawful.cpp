// The Something Awful Forums: a much-customised vBulletin 3 with no generator meta.
// <body id="something_awful" data-thread="N">, one <table class="post" id="postN" data-idx="I">
// per post (I is the post's number in the thread). Times are visible only ("Sep 20, 2012 11:47"),
// in the board's zone; edits are "NAME fucked around with this message at DATE around TIME".

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
    auto name = vb_quote_author(page, page.first(quote, "> h4"));
    // Broken [quote="NAME" post="N"] bbcode prints 'NAME" post="N posted:'.
    if (name && name->find('"') != std::string::npos)
        name = non_empty(name->substr(0, name->find('"')));
    return name;
}

// A .bbc-block with an <h4> header is a quote; code blocks are .bbc-block too, with an <h5>
// "code:" label (dropped; the code is kept).
const BodyRules kBody = {
    .drop = {".bbc-block > h4", ".bbc-block > h5", "p.editedby", ".signature"},
    .quote =
        "./descendant::div[contains(concat(' ', normalize-space(@class), ' '), "
        "' bbc-block ')][h4]",
    .quote_content = "> blockquote",
    .quote_author = quote_author,
};

bool detect(const Page& page) {
    xmlNode* body = page.first("body");
    bool sa = attr(body, "id") == "something_awful";
    return (sa || page.first("dl.userinfo dt.author")) && page.first("table.post[id^=post]");
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    t.thread_id = digits_after(attr(page.first("body[data-thread]"), "data-thread"), "");
    if (!t.thread_id) t.thread_id = vb_thread_id(page.url());
    // libxml2 drops <body>'s attributes when stray markup opened an implied body before it.
    if (!t.thread_id)
        t.thread_id =
            vb_thread_id(attr(page.first("a.lastseen_icon[href], .pages a[href]"), "href"));
    // "The Something Awful Forums > Discussion > Debate & Discussion > THREAD"
    auto crumbs = page.all(".breadcrumbs a");
    if (!crumbs.empty()) t.title = field_text(crumbs.back());
    if (crumbs.size() >= 2) t.forum = field_text(crumbs[crumbs.size() - 2]);
    if (!page.url().empty()) t.thread_url = drop_page(page.url(), "pagenumber", "");
    auto n = parse_count(text_of(page.first(".pages option[selected]")));
    if (!n) n = parse_count(url_param(page.url(), "pagenumber").value_or(""));
    t.page = n ? static_cast<int>(*n) : 1;
    return t;
}

std::vector<xmlNode*> posts(const Page& page) { return page.all("table.post[id^=post]"); }

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.post_id = digits_after(attr(node, "id"), "post");
    if (auto n = parse_count(attr(node, "data-idx"))) p.position = static_cast<int>(*n);
    p.poster = field_text(page.first(node, "dt.author"));
    p.user_title = field_text(page.first(node, "dd.title"));
    apply_user_extra(p, "Registered", text_of(page.first(node, "dd.registered")), page.dates());
    // "# ? Sep 20, 2012 11:47": the '#' and '?' are links.
    xmlNode* date = page.first(node, "td.postdate");
    p.date = parse_visible_time(text_of(date), page.dates());
    if (xmlNode* link = page.first(date, "a[href^=\"#post\"]"))
        p.url = absolute_url(page, attr(link, "href"));
    p.edited = vb_edit_time(page, page.first(node, "p.editedby"));
    Body b = read_body(page, page.first(node, "td.postbody"), kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine somethingawful_engine{
    .name = "somethingawful",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
