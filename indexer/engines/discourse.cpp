// Discourse, the server-rendered "crawler" view that clients without JavaScript get: one
// div.topic-body.crawler-post[itemtype=DiscussionForumPosting] per post (a last crawler-post
// with itemtype SiteNavigationElement is navigation, not a post), the poster in
// span.creator [itemprop=name], time.post-time[datetime], meta[itemprop=dateModified], the
// position in [itemprop=position] ("#3", or "3" on newer versions), the body in
// [itemprop=articleBody] (newer: [itemprop=text]). This view has no post ids (newer versions'
// div#post_N holds the post's number, not its id), so post_id stays null and a post is known
// by its thread and position. reaction_score is the post's like count (the LikeAction
// userInteractionCount); Discourse shows no per-user score in this view.
// Quotes are aside.quote[data-username] > div.title + blockquote.

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

std::optional<std::string> quote_author(const Page&, xmlNode* quote) {
    return non_empty(collapse_whitespace(attr(quote, "data-username")));
}

const BodyRules kBody = {
    .drop = {"aside.quote > .title", ".lightbox-wrapper .meta"},
    .quote = "aside.quote",
    .quote_content = "> blockquote",
    .quote_author = quote_author,
};

bool detect(const Page& page) {
    return page.generator().starts_with("Discourse") &&
           page.first("div.crawler-post[itemtype*=DiscussionForumPosting]") != nullptr;
}

// "https://forum.example/t/slug/177814?page=2" → "177814"
std::optional<std::string> topic_id(std::string_view url) {
    size_t at = url.find("/t/");
    if (at == std::string_view::npos) return std::nullopt;
    std::string_view rest = url.substr(at + 3);
    rest = rest.substr(0, rest.find_first_of("?#"));
    size_t slash = rest.find('/');
    if (slash != std::string_view::npos) rest = rest.substr(slash + 1);  // past the slug
    return digits_after(rest, "");
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    t.title = non_empty(text_of(page.first("#topic-title h1")));
    t.thread_id = topic_id(page.url());
    auto cats = page.all(".topic-category [itemprop=name], .topic-category .category-name");
    if (!cats.empty()) t.forum = non_empty(text_of(cats.back()));
    if (!page.url().empty()) t.thread_url = without_param(page.url(), "page");
    t.page = static_cast<int>(parse_count(url_param(page.url(), "page").value_or("")).value_or(1));
    return t;
}

std::vector<xmlNode*> posts(const Page& page) {
    return page.all("div.crawler-post[itemtype*=DiscussionForumPosting]");
}

Post post(const Page& page, xmlNode* node) {
    Post p;
    p.poster = non_empty(text_of(page.first(node, ".creator [itemprop=name]")));
    p.date = element_time(page, page.first(node, "time.post-time, [itemprop=datePublished]"));
    // dateModified equals datePublished on a post never edited.
    if (xmlNode* m = page.first(node, "meta[itemprop=dateModified]")) {
        auto edited = parse_iso8601(attr(m, "content"));
        if (edited && p.date && *edited > *p.date) p.edited = edited;
    }
    std::string pos = text_of(page.first(node, "[itemprop=position]"));
    if (!pos.empty() && pos[0] == '#') pos.erase(0, 1);
    if (auto n = parse_count(pos)) p.position = static_cast<int>(*n);
    for (xmlNode* stat : page.all(node, "[itemprop=interactionStatistic]")) {
        if (attr(page.first(stat, "[itemprop=interactionType]"), "content").ends_with("LikeAction"))
            p.reaction_score =
                parse_count(attr(page.first(stat, "[itemprop=userInteractionCount]"), "content"));
    }
    // Discourse addresses a post as the topic URL followed by its number.
    if (p.position && !page.url().empty()) {
        std::string base = without_param(page.url(), "page");
        if (!base.ends_with("/")) base += '/';
        p.url = base + std::to_string(*p.position);
    }
    Body b = read_body(page, page.first(node, "[itemprop=articleBody], [itemprop=text]"), kBody);
    p.text = std::move(b.text);
    p.quotes = std::move(b.quotes);
    return p;
}

}  // namespace

const Engine discourse_engine{
    .name = "discourse",
    .detect = detect,
    .thread = thread,
    .posts = posts,
    .post = post,
};

}  // namespace forum
