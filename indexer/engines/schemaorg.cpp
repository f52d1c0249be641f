// Generic fallback for forums no other engine knows, from the schema.org data many modern
// forums emit: a DiscussionForumPosting with its replies as "comment" (Comment or
// DiscussionForumPosting), in JSON-LD or as microdata (itemscope/itemprop). Asked last, and
// only pages with a DiscussionForumPosting are claimed: a WebPage, Article or blog comments are
// not a forum thread. reaction_score is the post's like count (interactionStatistic with a
// LikeAction), the one "how well received" count schema.org has. JSON-LD text is plain, so
// quotes cannot be told apart there; microdata bodies are read like any other (blockquote).

#include <string>

#include <nlohmann/json.hpp>

#include "common/core/numbers.hpp"
#include "common/core/text.hpp"
#include "indexer/engines/all_engines.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/element_time.hpp"
#include "indexer/extract/field_text.hpp"
#include "indexer/extract/url_parts.hpp"

namespace forum {
namespace {

using nlohmann::json;

bool has_type(const json& j, std::string_view type) {
    if (!j.is_object() || !j.contains("@type")) return false;
    const json& t = j["@type"];
    if (t.is_string()) return t.get<std::string>() == type;
    if (t.is_array()) {
        for (const auto& x : t) {
            if (x.is_string() && x.get<std::string>() == type) return true;
        }
    }
    return false;
}

// The page's JSON-LD blocks, parsed. Their values are read in place and never copied:
// nlohmann's parser and destructor are iterative, but its copy recurses, and a hostile block may
// nest arrays a million levels deep.
std::vector<json> ld_documents(const Page& page) {
    std::vector<json> docs;
    for (xmlNode* script : page.all("script[type=\"application/ld+json\"]"))
        docs.push_back(json::parse(text_of(script), nullptr, false));
    return docs;
}

// Every object of `type` in the blocks (top level, arrays, @graph), in document order.
std::vector<const json*> ld_objects(const std::vector<json>& docs, std::string_view type) {
    std::vector<const json*> out;
    for (const json& doc : docs) {
        std::vector<const json*> todo{&doc};
        while (!todo.empty()) {
            const json* j = todo.back();
            todo.pop_back();
            if (j->is_array()) {
                for (auto it = j->rbegin(); it != j->rend(); ++it)
                    todo.push_back(&*it);
            } else if (has_type(*j, type)) {
                out.push_back(j);
            } else if (j->is_object() && j->contains("@graph")) {
                todo.push_back(&(*j)["@graph"]);
            }
        }
    }
    return out;
}

std::optional<std::string> ld_string(const json& j, const char* key) {
    if (!j.is_object() || !j.contains(key)) return std::nullopt;
    const json& v = j[key];
    if (v.is_string()) return non_empty(collapse_whitespace(v.get<std::string>()));
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return std::nullopt;
}

std::optional<std::int64_t> likes(const json& j) {
    if (!j.is_object() || !j.contains("interactionStatistic")) return std::nullopt;
    const json& stats = j["interactionStatistic"];
    auto like_count = [](const json& s) -> std::optional<std::int64_t> {
        auto type = ld_string(s, "interactionType");
        if (!type && s.is_object() && s.contains("interactionType"))
            type = ld_string(s["interactionType"], "@type");
        if (type && type->ends_with("LikeAction")) {
            if (auto n = ld_string(s, "userInteractionCount")) return parse_count(*n);
        }
        return std::nullopt;
    };
    if (!stats.is_array()) return like_count(stats);
    for (const auto& s : stats) {
        if (auto n = like_count(s)) return n;
    }
    return std::nullopt;
}

// Plain text as a body reads: each line trimmed and collapsed, at most one blank line in a row.
std::string plain_text(std::string_view s) {
    std::string out;
    bool blank = false;
    for (size_t start = 0; start <= s.size();) {
        size_t nl = std::min(s.find('\n', start), s.size());
        std::string line = collapse_whitespace(s.substr(start, nl - start));
        if (line.empty()) {
            blank = !out.empty();
        } else {
            if (!out.empty()) out += blank ? "\n\n" : "\n";
            out += line;
            blank = false;
        }
        start = nl + 1;
    }
    return out;
}

// One posting or comment.
Post ld_post(const json& j) {
    Post p;
    p.post_id = ld_string(j, "identifier");
    if (j.contains("author")) {
        const json& a =
            j["author"].is_array() && !j["author"].empty() ? j["author"][0] : j["author"];
        p.poster = a.is_string() ? non_empty(collapse_whitespace(a.get<std::string>()))
                                 : ld_string(a, "name");
    }
    if (auto d = ld_string(j, "datePublished")) p.date = parse_iso8601(*d);
    if (auto d = ld_string(j, "dateModified")) {
        auto edited = parse_iso8601(*d);
        if (edited && p.date && *edited > *p.date) p.edited = edited;
    }
    if (auto n = ld_string(j, "position")) {
        if (auto v = parse_count(*n)) p.position = static_cast<int>(*v);
    }
    p.reaction_score = likes(j);
    p.url = ld_string(j, "url");
    for (const char* key : {"text", "articleBody"}) {
        if (p.text.empty() && j.contains(key) && j[key].is_string())
            p.text = plain_text(j[key].get<std::string>());
    }
    return p;
}

// A posting, then its replies ("comment", which may have their own), depth first: page order.
// An explicit stack, as replies may nest as deep as a hostile page likes.
void add_ld_posts(const json& posting, std::vector<Post>& out) {
    std::vector<const json*> todo{&posting};
    while (!todo.empty()) {
        const json& j = *todo.back();
        todo.pop_back();
        out.push_back(ld_post(j));
        if (!j.contains("comment")) continue;
        const json& replies = j["comment"];
        if (!replies.is_array()) {
            todo.push_back(&replies);
            continue;
        }
        for (auto it = replies.rbegin(); it != replies.rend(); ++it)
            todo.push_back(&*it);
    }
}

// Microdata: an item's own property (not one of a nested item's).
xmlNode* own_prop(const Page& page, xmlNode* item, std::string_view names) {
    for (xmlNode* n : page.all(item, names)) {
        xmlNode* owner = n->parent;
        while (owner && owner != item && !has_attr(owner, "itemscope"))
            owner = owner->parent;
        if (owner == item) return n;
    }
    return nullptr;
}

std::string prop_value(const xmlNode* n) {
    for (const char* a : {"content", "datetime", "href"}) {
        if (has_attr(n, a)) return collapse_whitespace(attr(n, a));
    }
    return text_of(n);
}

std::optional<std::string> quote_author(const Page& page, xmlNode* quote) {
    return non_empty(strip_attribution(text_of(page.first(quote, "> cite"))));
}

const BodyRules kBody = {
    .drop = {"blockquote > cite", ".signature"},
    .quote = "blockquote",
    .quote_author = quote_author,
};

constexpr std::string_view kMicroItems =
    "[itemtype*=DiscussionForumPosting], [itemtype*=\"schema.org/Comment\"]";

std::vector<Post> page_posts(const Page& page) {
    std::vector<Post> out;
    std::vector<json> docs = ld_documents(page);
    for (const json* posting : ld_objects(docs, "DiscussionForumPosting"))
        add_ld_posts(*posting, out);
    if (!out.empty()) return out;
    for (xmlNode* item : page.all(kMicroItems)) {
        Post p;
        xmlNode* author = own_prop(page, item, "[itemprop=author]");
        xmlNode* name = author ? page.first(author, "[itemprop=name]") : nullptr;
        p.poster = non_empty(name ? prop_value(name) : text_of(author));
        if (xmlNode* d = own_prop(page, item, "[itemprop=datePublished]"))
            p.date = parse_iso8601(prop_value(d));
        if (xmlNode* d = own_prop(page, item, "[itemprop=dateModified]")) {
            auto edited = parse_iso8601(prop_value(d));
            if (edited && p.date && *edited > *p.date) p.edited = edited;
        }
        if (xmlNode* u = own_prop(page, item, "[itemprop=url]")) p.url = non_empty(prop_value(u));
        if (xmlNode* id = own_prop(page, item, "[itemprop=identifier]"))
            p.post_id = non_empty(prop_value(id));
        Body b =
            read_body(page, own_prop(page, item, "[itemprop=text], [itemprop=articleBody]"), kBody);
        p.text = std::move(b.text);
        p.quotes = std::move(b.quotes);
        out.push_back(std::move(p));
    }
    return out;
}

bool detect(const Page& page) {
    return page.first("[itemtype*=DiscussionForumPosting]") != nullptr ||
           !ld_objects(ld_documents(page), "DiscussionForumPosting").empty();
}

ThreadInfo thread(const Page& page) {
    ThreadInfo t;
    std::vector<json> docs = ld_documents(page);
    auto postings = ld_objects(docs, "DiscussionForumPosting");
    if (!postings.empty()) {
        t.title = ld_string(*postings.front(), "headline");
        if (!t.title) t.title = ld_string(*postings.front(), "name");
    } else if (xmlNode* item = page.first("[itemtype*=DiscussionForumPosting]")) {
        if (xmlNode* h = own_prop(page, item, "[itemprop=headline], [itemprop=name]"))
            t.title = non_empty(prop_value(h));
    }
    // The forum: the last breadcrumb that is not the thread itself.
    for (const json* list : ld_objects(docs, "BreadcrumbList")) {
        if (!list->contains("itemListElement") || !(*list)["itemListElement"].is_array()) continue;
        for (const auto& item : (*list)["itemListElement"]) {
            auto name = ld_string(item, "name");
            if (!name && item.contains("item")) name = ld_string(item["item"], "name");
            if (name && name != t.title) t.forum = name;
        }
    }
    if (!page.url().empty()) t.thread_url = without_param(page.url(), "page");
    t.page = static_cast<int>(parse_count(url_param(page.url(), "page").value_or("")).value_or(1));
    return t;
}

}  // namespace

const Engine schemaorg_engine{
    .name = "schemaorg",
    .detect = detect,
    .thread = thread,
    .page_posts = page_posts,
};

}  // namespace forum
