#include "searcher/lookup.hpp"

#include <cctype>
#include <map>
#include <set>

#include "common/core/text.hpp"
#include "common/schema/schema.hpp"
#include "searcher/display_url.hpp"

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

// A URL as the page gave it or as text output prints it (percent-decoded).
bool same_url(const std::optional<std::string>& stored, const std::string& url) {
    return stored && (*stored == url || display_url(*stored) == display_url(url));
}

// The URL text output prints for a post: its own, else its thread's.
bool has_post_url(const Post& p, const std::string& url) {
    return p.url ? same_url(p.url, url) : same_url(p.thread_url, url);
}

bool has_thread_url(const Post& p, const std::string& url) { return same_url(p.thread_url, url); }

std::string site_id(const Post& p, const std::string& id) {
    return p.site.value_or("?") + "/" + id;
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

// A thread's posts in position order, found by one of its terms; or the threads the term is in.
struct ThreadDocs {
    LookupStatus status = LookupStatus::kNotFound;
    LookupKey key = LookupKey::kId;
    DocIds docs;
    std::vector<Candidate> candidates;
};

ThreadDocs thread_docs(const Xapian::Database& db, const std::string& term, LookupKey key) {
    ThreadDocs out;
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
        out.docs.push_back(*it);
    return out;
}

ThreadDocs thread_docs_named(const Xapian::Database& db, const std::string& text) {
    // SITE/THREAD_ID, or a thread URL when the pages show no thread id (the thread key).
    bool keyed = text.find('/') != std::string::npos;
    ThreadDocs by_id =
        thread_docs(db, schema::boolean_term(keyed ? schema::kThreadTerm : schema::kThread, text),
                    LookupKey::kId);
    if (by_id.status != LookupStatus::kNotFound || !is_url(text)) return by_id;
    // A thread's URL, else the URL of one of its posts.
    DocIds docs = posts_by_url(db, text, schema::kThread, has_thread_url);
    if (docs.empty()) docs = posts_by_url(db, text, schema::kPostId, has_post_url);
    std::set<std::string> keys;
    for (Xapian::docid d : docs)
        keys.insert(db.get_document(d).get_value(schema::kThreadKey));
    ThreadDocs out;
    out.key = LookupKey::kUrl;
    if (keys.size() > 1) {
        out.status = LookupStatus::kAmbiguous;
        for (const std::string& key : keys)
            out.candidates.push_back(
                {key, db.get_termfreq(schema::boolean_term(schema::kThreadTerm, key))});
        return out;
    }
    if (keys.empty()) return out;
    return thread_docs(db, schema::boolean_term(schema::kThreadTerm, *keys.begin()),
                       LookupKey::kUrl);
}

// The thread's posts [begin, end) by position; only those are read.
Lookup thread_slice(const Xapian::Database& db, const ThreadDocs& thread, Xapian::doccount begin,
                    Xapian::doccount end) {
    Lookup out;
    out.status = thread.status;
    out.key = thread.key;
    out.candidates = thread.candidates;
    out.thread_posts = static_cast<Xapian::doccount>(thread.docs.size());
    out.first = std::min(begin, out.thread_posts);
    for (Xapian::doccount i = out.first; i < std::min(end, out.thread_posts); ++i)
        out.posts.push_back(post_at(db, thread.docs[i]));
    return out;
}

Lookup post_named(const Xapian::Database& db, const std::string& text) {
    // SITE/POST_ID (or the unique identity of a post without an id) names one post.
    DocIds docs = postings(db, std::string(schema::kUnique) + text);
    if (docs.empty()) docs = postings(db, schema::boolean_term(schema::kPostId, text));
    if (!docs.empty() || !is_url(text)) return post_lookup(db, docs, LookupKey::kId, text);
    return post_lookup(db, posts_by_url(db, text, schema::kPostId, has_post_url), LookupKey::kUrl,
                       text);
}

ThreadLookup thread_named(const Xapian::Database& db, const std::string& text,
                          const ThreadSlice& slice) {
    ThreadLookup out;
    std::string thread_text = text;
    if (slice.around) {
        out.around = post_named(db, *slice.around);
        if (out.around->status != LookupStatus::kFound) return out;
        if (thread_text.empty()) thread_text = thread_name(out.around->posts.front());
    }
    ThreadDocs thread = thread_docs_named(db, thread_text);
    if (!slice.around) {
        Xapian::doccount end = slice.limit ? slice.offset + *slice.limit : thread.docs.size();
        out.thread = thread_slice(db, thread, slice.offset, end);
        return out;
    }
    const DocIds wanted = postings(db, schema::unique_term(out.around->posts.front()));
    for (Xapian::doccount i = 0; i < thread.docs.size(); ++i) {
        if (wanted.empty() || thread.docs[i] != wanted.front()) continue;
        Xapian::doccount begin = i - std::min(i, slice.context);
        out.thread = thread_slice(db, thread, begin, i + slice.context + 1);
        out.marked = i - begin;
        return out;
    }
    out.thread = thread_slice(db, thread, 0, 0);
    out.around_elsewhere = thread.status == LookupStatus::kFound;
    return out;
}

}  // namespace

std::string display_id(const Post& post) {
    if (post.post_id) return *post.post_id;
    std::string unique = schema::unique_term(post);
    return unique.empty() ? post.source : unique.substr(schema::kUnique.size());
}

std::string post_name(const Post& p) {
    return p.post_id && p.site ? site_id(p, *p.post_id) : display_id(p);
}

std::string thread_name(const Post& p) { return schema::thread_key(p); }

Lookup find_post(SearchIndex& index, const std::string& text) {
    return with_retry(index, [&](SearchIndex& i) { return post_named(i.db, text); });
}

Lookup find_thread(SearchIndex& index, const std::string& text) {
    return find_thread(index, text, ThreadSlice{}).thread;
}

ThreadLookup find_thread(SearchIndex& index, const std::string& thread_text,
                         const ThreadSlice& slice) {
    return with_retry(index,
                      [&](SearchIndex& i) { return thread_named(i.db, thread_text, slice); });
}

}  // namespace forum
