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

#include "common/post.hpp"

namespace forum {

struct OpenOptions {
    std::string language;               // the stemmer's (empty: the index's own, else english)
    std::chrono::seconds wait_lock{0};  // how long to wait for another writer to finish
};

// Opens the index for writing (creating it), waiting up to `wait` for another writer's lock.
// Throws Xapian::DatabaseLockError when it is still held then.
Xapian::WritableDatabase open_locked(const std::string& path, std::chrono::seconds wait);

// Xapian's stemmer for a language; std::invalid_argument naming the available ones if none.
Xapian::Stem stemmer_for(const std::string& language);

// Where a parallel first build keeps its shards (shard_writers.hpp) until they are merged.
std::string shards_path(const std::string& index_path);

// Swaps two directories atomically (Linux renameat2 RENAME_EXCHANGE); where the file system
// cannot, renames one after the other, leaving a moment with nothing at `live`.
void swap_directories(const std::string& fresh, const std::string& live);

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
    // Opens the index at `path`, creating it if needed. Throws Xapian::DatabaseLockError when
    // another writer holds it past `wait_lock`, std::invalid_argument for a language Xapian has
    // no stemmer for or that differs from the index's, other Xapian errors when it cannot be
    // opened.
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

    // Folds the shards a parallel build left in shards_path() into the index by compaction
    // (swapped in whole, so readers see the index before or after), then reopens it. Returns
    // whether there were any. Commits first.
    bool merge_shards();

    // After a run that met every page: the index is of the current schema (see the constructor).
    void mark_schema_current();

    void set_metadata(std::string_view key, const std::string& value);
    std::string metadata(std::string_view key) const;
    // Makes everything since the last commit permanent at once. Nothing in between is: the
    // writer works inside a transaction, so Xapian's own flush every 10,000 changes does not
    // commit half a batch (and not the posts without their spelling data).
    void commit();
    Xapian::WritableDatabase& db() { return db_; }
    const std::string& language() const { return language_; }

private:
    // Adds (sign +1) or removes (-1) the words of a post to or from the spelling data.
    void change_spelling(const Xapian::Document& doc, int sign);

    std::string path_;
    Xapian::WritableDatabase db_;
    std::string language_;
    bool rewrite_ = false;  // the index is of an older schema: rewrite every post put
    // Spelling changes since the last commit, handed to Xapian just before it. Xapian keeps its
    // own in an ordered map, and a call per word of every post cost ~5% of a build (words
    // mostly repeat from post to post; bench/PROFILE.md).
    std::unordered_map<std::string, std::int64_t> spelling_changes_;
};

}  // namespace forum
