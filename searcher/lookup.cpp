#include "searcher/lookup.hpp"

#include <cctype>
#include <map>
#include <set>

#include "common/core/text.hpp"
#include "common/schema/schema.hpp"

namespace forum {
namespace {

using DocIds = std::vector<Xapian::docid>;

// A URL's words that may be an id (a run of letters and digits), at most this many.
constexpr size_t kMaxUrlTokens = 32;

DocIds postings(const Xapian::Database& db, const std::string& term) {
    DocIds ids;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
        ids.push_back(*it);
    return ids;
}

Post post_at(const Xapian::Database& db, Xapian::docid id) {
    return schema::post_from_document(db.get_document(id));
}

bool is_url(const std::string& text) {
    std::string lower = utf8_lower(text.substr(0, 8));
    return lower.starts_with("http://") || lower.starts_with("https://");
}

// The host of a URL, lower-cased: the site of the posts its pages hold (the usual case; a site
// named after a crawl directory is not found this way).
std::string url_host(const std::string& url) {
    size_t begin = url.find("://") + 3;
    size_t end = url.find_first_of("/?#:", begin);
    return utf8_lower(url.substr(begin, end == std::string::npos ? end : end - begin));
}

std::vector<std::string> url_tokens(const std::string& url) {
    std::set<std::string> out;
    std::string token;
    for (char c : url + " ") {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            token += c;
        } else if (!token.empty()) {
            if (out.size() < kMaxUrlTokens) out.insert(token);
            token.clear();
        }
    }
    return {out.begin(), out.end()};
}

// Posts for which `wanted` holds, among those with a term `prefix` + a token of the URL (their
// ids are usually in it), else among the posts of the URL's site.
DocIds posts_by_url(const Xapian::Database& db, const std::string& url, std::string_view prefix,
                    bool (*wanted)(const Post&, const std::string&)) {
    std::set<Xapian::docid> found;
    for (const std::string& token : url_tokens(url)) {
        for (Xapian::docid id : postings(db, schema::boolean_term(prefix, token)))
            if (wanted(post_at(db, id), url)) found.insert(id);
    }
    if (found.empty()) {
        for (Xapian::docid id : postings(db, schema::boolean_term(schema::kSite, url_host(url))))
            if (wanted(post_at(db, id), url)) found.insert(id);
    }
    return {found.begin(), found.end()};
}

// The URL text output prints for a post: its own, else its thread's.
bool has_post_url(const Post& p, const std::string& url) {
    return p.url ? *p.url == url : p.thread_url == url;
}

bool has_thread_url(const Post& p, const std::string& url) { return p.thread_url == url; }

std::string site_id(const Post& p, const std::string& id) {
    return p.site.value_or("?") + "/" + id;
}

// How `show` names one post alone.
std::string post_name(const Post& p) {
    return p.post_id && p.site ? site_id(p, *p.post_id) : display_id(p);
}

Lookup post_lookup(const Xapian::Database& db, const DocIds& docs, LookupKey key,
                   const std::string& text) {
    Lookup out;
    out.key = key;
    if (docs.empty()) return out;
    if (docs.size() == 1) {
        out.status = LookupStatus::kFound;
        out.posts.push_back(post_at(db, docs[0]));
        return out;
    }
    out.status = LookupStatus::kAmbiguous;
    for (Xapian::docid d : docs) {
        Post p = post_at(db, d);
        out.candidates.push_back({key == LookupKey::kId ? site_id(p, text) : post_name(p)});
    }
    return out;
}

// The posts of the threads holding these posts' keys.
Lookup thread_lookup(const Xapian::Database& db, const std::string& term, LookupKey key) {
    Lookup out;
    out.key = key;
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(term));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_sort_by_value(schema::kPosition, false);
    Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    if (mset.empty()) return out;
    std::map<std::string, Xapian::doccount> threads;
    for (auto it = mset.begin(); it != mset.end(); ++it)
        ++threads[it.get_document().get_value(schema::kThreadKey)];
    if (threads.size() > 1) {
        out.status = LookupStatus::kAmbiguous;
        for (const auto& [thread, n] : threads)
            out.candidates.push_back({thread, n});
        return out;
    }
    out.status = LookupStatus::kFound;
    for (auto it = mset.begin(); it != mset.end(); ++it)
        out.posts.push_back(schema::post_from_document(it.get_document()));
    return out;
}

}  // namespace

std::string display_id(const Post& post) {
    if (post.post_id) return *post.post_id;
    std::string unique = schema::unique_term(post);
    return unique.empty() ? post.source : unique.substr(schema::kUnique.size());
}

Lookup find_post(SearchIndex& index, const std::string& text) {
    return with_retry(index, [&](SearchIndex& i) {
        // SITE/POST_ID (or the unique identity of a post without an id) names one post.
        DocIds docs = postings(i.db, std::string(schema::kUnique) + text);
        if (docs.empty()) docs = postings(i.db, schema::boolean_term(schema::kPostId, text));
        if (!docs.empty() || !is_url(text)) return post_lookup(i.db, docs, LookupKey::kId, text);
        return post_lookup(i.db, posts_by_url(i.db, text, schema::kPostId, has_post_url),
                           LookupKey::kUrl, text);
    });
}

Lookup find_thread(SearchIndex& index, const std::string& text) {
    return with_retry(index, [&](SearchIndex& i) {
        // SITE/THREAD_ID, or a thread URL when the pages show no thread id (the thread key).
        bool keyed = text.find('/') != std::string::npos;
        Lookup by_id = thread_lookup(
            i.db, schema::boolean_term(keyed ? schema::kThreadTerm : schema::kThread, text),
            LookupKey::kId);
        if (by_id.status != LookupStatus::kNotFound || !is_url(text)) return by_id;
        // A thread's URL, else the URL of one of its posts.
        DocIds docs = posts_by_url(i.db, text, schema::kThread, has_thread_url);
        if (docs.empty()) docs = posts_by_url(i.db, text, schema::kPostId, has_post_url);
        std::set<std::string> keys;
        for (Xapian::docid d : docs)
            keys.insert(i.db.get_document(d).get_value(schema::kThreadKey));
        Lookup out;
        out.key = LookupKey::kUrl;
        if (keys.size() > 1) {
            out.status = LookupStatus::kAmbiguous;
            for (const std::string& key : keys)
                out.candidates.push_back(
                    {key, i.db.get_termfreq(schema::boolean_term(schema::kThreadTerm, key))});
            return out;
        }
        if (keys.empty()) return out;
        return thread_lookup(i.db, schema::boolean_term(schema::kThreadTerm, *keys.begin()),
                             LookupKey::kUrl);
    });
}

}  // namespace forum
