#pragma once
// The only part of forum-index that writes to Xapian: one document per post, identified by its
// unique term, holding a reference (an XSRC term) to every source it was found in. A post's
// stored copy comes from its "winner": the source crawled last, and on a tie the one whose name
// sorts first, so the result depends only on which sources hold the post, never on the order
// they were read in. That is what makes an incremental update converge to a clean build.

#include <chrono>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "common/core/post.hpp"

namespace forum {

struct OpenOptions {
    std::string language;  // --lang: every post is in it (a name or code; empty: detect each)
    std::chrono::seconds wait_lock{0};  // how long to wait for another writer to finish
};

// Sets the index's list of languages (kMetaLanguages) to those its posts are in, and `also`.
void record_languages(Xapian::WritableDatabase& db, const std::string& also);

enum class PutResult { kAdded, kReplaced, kUnchanged, kAlsoElsewhere };

// Counts a put's result in `added`, `replaced` or `duplicate_posts` (plain or atomic counters).
// Returns whether the post is also held by another source.
template <typename Count>
bool tally(PutResult result, Count& added, Count& replaced, Count& duplicate_posts) {
    switch (result) {
        case PutResult::kAdded:
            ++added;
            return false;
        case PutResult::kReplaced:
            ++replaced;
            return false;
        case PutResult::kUnchanged:
            return false;
        case PutResult::kAlsoElsewhere:
            ++duplicate_posts;
            return true;
    }
    return false;
}

class IndexWriter {
public:
    // Opens the index at `path`, creating it if needed. Throws what open_locked throws (another
    // writer holds it past `wait_lock`, it cannot be written), std::invalid_argument for a
    // language that is neither a stemmer's name nor a language code, other Xapian errors
    // when it cannot be opened.
    IndexWriter(const std::string& path, const OpenOptions& options);

    // Stores a post's document (made by make_document, on any thread) as found in source
    // `source_name` (key `source_key`) crawled at `crawl_time`.
    PutResult put(const std::string& id, Xapian::Document doc, const std::string& source_key,
                  const std::string& source_name, std::int64_t crawl_time);

    struct Unref {
        bool deleted = false;            // the post had no other source and is gone
        std::vector<std::string> heirs;  // when its stored copy came from this source: the keys
                                         // of the other sources, one of which must supply it
    };
    // Source `source_key` no longer holds the post `id`.
    Unref unref(const std::string& id, const std::string& source_key);

    // Folds the shards of this run's parallel first build (in shards_path()) into the index.
    // Commits first. The writer then only holds the lock of the index now at its path: nothing
    // more can be written through it (see merge()).
    void merge_shards();

    // Folds into the index the shards that a parallel first build that died left behind and
    // that the index does not hold yet, marking their sources to be checked
    // (sources_to_check()); removes the others. Then takes the index again, which another
    // forum-index may have taken first (IndexBusy).
    void recover_shards();

    // --full: the shards in `dir` that a first build of the index it replaces left (it died)
    // count as merged in this one, which reads every page anew; once it is swapped in, no run
    // merges them into it, whenever they are removed.
    void supersede_shards(const std::string& dir);

    // Sources may hold references their state does not record (recover_shards); the caller
    // drops those, then clear_sources_to_check() in the same commit.
    bool sources_to_check() const;
    void clear_sources_to_check();

    // After a run that met every page: the index is of the current schema (see the constructor).
    void mark_schema_current();

    void set_metadata(std::string_view key, const std::string& value);
    std::string metadata(std::string_view key) const;
    // Makes everything since the last commit permanent at once. Nothing in between is: the
    // writer works inside a transaction, so Xapian's own flush every 10,000 changes does not
    // commit half a batch (and not the posts without their spelling data).
    void commit();
    Xapian::WritableDatabase& db();
    // The language code every post is stored in (--lang); empty: each post's detected.
    const std::string& language() const { return language_; }

private:
    // Merges the shards in shards_path() that the index does not hold yet, if any, and removes
    // the shards; returns whether it merged any.
    bool merge(bool leftovers);
    // `merged_shards`: the UUIDs of all shards the merged index holds, one a line.
    void swap_in_merge(const std::vector<std::string>& shards, const std::string& merged_shards,
                       bool leftovers);
    // Throws std::logic_error once the writer only holds the index's lock (after a merge).
    void refuse_if_lock_only() const;

    // Adds (sign +1) or removes (-1) the words of a post to or from the spelling data.
    void change_spelling(const Xapian::Document& doc, int sign);

    std::string path_;
    std::chrono::seconds wait_lock_;
    Xapian::WritableDatabase db_;
    bool lock_only_ = false;  // after a merge: db_ was opened under another name (merge())
    std::string language_;
    bool rewrite_ = false;         // the index is of an older schema: rewrite every post put
    std::string legacy_language_;  // while rewrite_: the language its older posts were stemmed in
    // Spelling changes since the last commit, handed to Xapian just before it. Xapian keeps its
    // own in an ordered map, and a call per word of every post cost ~5% of a build (words
    // mostly repeat from post to post; bench/PROFILE.md).
    std::unordered_map<std::string, std::int64_t> spelling_changes_;
};

}  // namespace forum
