// Invision Community 4 (IPS 4.x) topic pages: one article.cPost#elComment_N per post, the
// poster in aside.cAuthorPane (h3.cAuthorPane_author, li[data-role=group] for the title,
// "1,234 posts", li[data-role=reputation-badge], custom fields "Location: …"), the date in
// .ipsComment_meta time[datetime], the message in [data-role=commentContent] with the edit
// note ("Edited <time> by NAME") in a span[data-excludequote]. reaction_score is the poster's
// reputation (the reputation badge, "reputation points"). Quotes are
// blockquote.ipsQuote[data-ipsquote-username] with div.ipsQuote_citation + .ipsQuote_contents.

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

std::optional<std::string> quote_author(const Page& page, xmlNode* quote) {
    std::string name = collapse_whitespace(attr(quote, "data-ipsquote-username"));
    if (name.empty()) name = strip_attribution(text_of(page.first(quote, "> .ipsQuote_citation")));
    return non_empty(name);
}

const BodyRules kBody = {
    .drop = {".ipsQuote_citation", "[data-excludequote]", "[data-role=memberSignature]"},
    .quote = "blockquote.ipsQuote",
    .quote_content = "> .ipsQuote_contents",
    .quote_author = quote_author,
};

bool detect(const Page& page) {
    return page.first("article.cPost[id^=elComment_] [data-role=commentContent]") != nullptr;
}

// ".../topic/4411-slug/page/2/" → "4411"
std::optional<std::string> topic_of(std::string_view url) {
    size_t at = url.find("/topic/");
    if (at == std::string_view::npos) return url_param(url, "showtopic");
    return digits_after(url.substr(at + 7), "");
}

// Drops a "page/N/" path segment: the thread's own URL is that of its first page.
std::string first_page_url(const std::string& url) {
    size_t at = url.find("/page/");
    if (at == std::string::npos) return url;
    size_t end = url.find('/', at + 6);
    return url.substr(0, at + 1) + (end == std::string::npos ? "" : url.substr(end + 1));
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    t.title = non_empty(text_of(page.first("h1.ipsType_pageTitle")));
    t.thread_id = topic_of(page.url());
    // The last crumb is the topic itself (no link); the forum is the last linked one.
    auto crumbs = page.all("[data-role=breadcrumbList] > li > a");
    if (crumbs.size() > 1) t.forum = non_empty(text_of(crumbs.back()));
    if (!page.url().empty()) t.thread_url = first_page_url(page.url());
    xmlNode* current = page.first(".ipsPagination_active");
    t.page = static_cast<int>(parse_count(text_of(current)).value_or(1));
    return t;
}

std::vector<xmlNode*> posts(const Page& page) { return page.all("article.cPost[id^=elComment_]"); }

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.post_id = digits_after(attr(node, "id"), "elComment_");
    xmlNode* pane = page.first(node, ".cAuthorPane");
    p.poster = non_empty(text_of(page.first(pane, ".cAuthorPane_author")));
    p.user_title = non_empty(text_of(page.first(pane, "[data-role=group]")));
    if (xmlNode* rep = page.first(pane, "[data-role=reputation-badge], .ipsRepBadge"))
        p.reaction_score = parse_count(text_of(rep));
    for (xmlNode* li : page.all(pane, "li")) {
        std::string text = text_of(li);  // "1,234 posts"
        if (text.ends_with(" posts") && !page.first(li, "li"))
            p.messages = parse_count(text.substr(0, text.size() - 6));
    }
    for (xmlNode* field : page.all(pane, "[data-role=custom-field]"))
        apply_labelled_lines(page, p, field);
    xmlNode* meta = page.first(node, ".ipsComment_meta");
    p.date = element_time(page, page.first(meta, "time"));
    if (xmlNode* link = page.first(meta, "a[href]")) p.url = absolute_url(page, attr(link, "href"));
    xmlNode* content = page.first(node, "[data-role=commentContent]");
    p.edited = element_time(page, page.first(content, "[data-excludequote] time"));
    Body b = read_body(page, content, kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine ips4_engine{
    .name = "ips4",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
