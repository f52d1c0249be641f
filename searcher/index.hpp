#pragma once
// An index opened for searching: one index, or several searched as one (shards: local
// directories, stub files, indexes served by xapian-tcpsrv), with the languages their posts are
// in (each stemmed in its own; searcher/query_stems.hpp). Xapian merges the shards' statistics, so
// ranking is as over one index holding them all.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/shard_list.hpp"

namespace forum {

struct OpenOptions {
    unsigned timeout_ms = 10000;  // per operation on a remote shard, and to connect to it
    bool allow_partial = false;   // leave out remote shards that cannot be reached
};

struct OpenShard {
    Shard shard;
    Xapian::Database db;
};

struct MissingShard {
    std::string name;
    std::string reason;
};

struct SearchIndex {
    Xapian::Database db;                 // every shard that is up, as one
    Xapian::Stem stemmer;                // of the one language, or of an index without languages
    std::vector<std::string> languages;  // of the posts (codes); empty for schema 3 or older
    std::vector<std::string> entries;    // as given, to open them again (with_retry)
    OpenOptions options;
    std::vector<OpenShard> shards;
    std::vector<MissingShard> missing;  // with allow_partial: remote shards left out
    // See snippet_stemmer(); by language, "" for `stemmer`.
    std::map<std::string, Xapian::Stem> snippet_stemmers;

    bool has_remote() const;
};

// A remote shard that is down, too slow or does not speak Xapian's protocol.
class ShardError : public std::runtime_error {
public:
    ShardError(std::string shard, std::string reason);
    const std::string& shard() const { return shard_; }
    const std::string& reason() const { return reason_; }

private:
    std::string shard_, reason_;
};

// Opens the index read-only. Throws Xapian errors (Xapian::DatabaseNotFoundError when there is
// none); an index being swapped in by `forum-index --full` is retried first.
SearchIndex open_index(const std::string& path);

// Opens every shard `entries` name (shard_list.hpp). A local shard that cannot be opened throws
// as above; a remote one throws ShardError, or with allow_partial is listed in `missing` (all of
// them missing is a ShardError still). Throws ShardListError for a stub it cannot read.
SearchIndex open_index(const std::vector<std::string>& entries, const OpenOptions& options = {});

// Moves the index on to the newest revision committed, and reads its languages again: a run of
// forum-index may have added one, whose stems every query must then try. For a searcher that
// outlives one request (serve).
void reopen(SearchIndex& index);

// The stemmer a post's snippet is made with: its own language's where the index has several
// (its words were stemmed in it), else the index's. Made on first use, it remembers its words
// while the index is open (remembering_stem.hpp).
const Xapian::Stem& snippet_stemmer(SearchIndex& index, const std::optional<std::string>& lang);

// Runs `fn(index)`, reopening the index when a writer moved it on or --full swapped it, and
// when a remote shard failed during the call (leaving it out with allow_partial).
template <typename Fn>
auto with_retry(SearchIndex& index, Fn fn) -> decltype(fn(index));

}  // namespace forum

#include "searcher/with_retry.hpp"
