#include "searcher/index.hpp"

#include <algorithm>
#include <chrono>
#include <set>
#include <sstream>
#include <thread>

#include "common/schema/schema.hpp"
#include "common/schema/stemming.hpp"
#include "searcher/remembering_stem.hpp"

namespace forum {
namespace {

constexpr int kReopenAttempts = 5;
constexpr std::chrono::milliseconds kRetryPause{50};

Xapian::Database open_local(const std::string& path) {
    // `forum-index --full` swaps a fresh index in under the same name; a reader opening at that
    // moment can see half of each. Such a failure is retried; a missing index is not.
    for (int attempt = 1;; ++attempt) {
        try {
            return Xapian::Database(path);
        } catch (const Xapian::DatabaseNotFoundError&) {
            throw;
        } catch (const Xapian::DatabaseError&) {
            if (attempt == kReopenAttempts) throw;
            std::this_thread::sleep_for(kRetryPause);
        }
    }
}

Xapian::Database open_remote(const Shard& s, unsigned timeout_ms) {
    // Remote::open talks to the server at once (it reads its greeting), so a shard that is
    // down, slow or not a Xapian server fails here, within the timeout.
    try {
        if (s.kind == Shard::Kind::kTcp)
            return Xapian::Remote::open(s.host, s.port, timeout_ms, timeout_ms);
        return Xapian::Remote::open(s.program, s.args, timeout_ms);
    } catch (const Xapian::Error& e) {
        throw ShardError(s.name, e.get_description());
    }
}

// The languages of all shards' posts together. A shard of schema 3 or older has none, and one
// stemmer for all its posts (forum-index --lang, kept in kMetaLanguage): the first shard's then,
// as before languages. A writer committing twice while this reads discards the revision opened:
// read the newest one again.
void read_languages(SearchIndex& index) {
    for (int attempt = 1;; ++attempt) {
        try {
            std::set<std::string> languages;
            for (const OpenShard& s : index.shards) {
                std::istringstream list(s.db.get_metadata(std::string(schema::kMetaLanguages)));
                for (std::string code; list >> code;)
                    languages.insert(code);
            }
            index.languages.assign(languages.begin(), languages.end());
            if (index.languages.size() == 1) {
                index.stemmer = schema::stemmer_of(index.languages.front());
            } else {
                std::string language = index.db.get_metadata(std::string(schema::kMetaLanguage));
                index.stemmer = Xapian::Stem(
                    language.empty() ? std::string(schema::kDefaultLanguage) : language);
            }
            return;
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == kReopenAttempts) throw;
            index.db.reopen();
        }
    }
}

}  // namespace

ShardError::ShardError(std::string shard, std::string reason)
    : std::runtime_error(shard + ": " + reason),
      shard_(std::move(shard)),
      reason_(std::move(reason)) {}

void reopen(SearchIndex& index) {
    index.db.reopen();
    std::vector<std::string> before = index.languages;
    read_languages(index);
    if (index.languages != before) index.snippet_stemmers.clear();
}

const Xapian::Stem& snippet_stemmer(SearchIndex& index, const std::optional<std::string>& lang) {
    std::string language = index.languages.size() < 2 || !lang ? "" : *lang;
    auto found = index.snippet_stemmers.find(language);
    if (found == index.snippet_stemmers.end()) {
        Xapian::Stem stem = language.empty() ? index.stemmer : schema::stemmer_of(language);
        found = index.snippet_stemmers.emplace(language, remembering_stem(stem)).first;
    }
    return found->second;
}

bool SearchIndex::has_remote() const {
    return !missing.empty() || std::any_of(shards.begin(), shards.end(),
                                           [](const auto& s) { return s.shard.remote(); });
}

SearchIndex open_index(const std::string& path) { return open_index(std::vector{path}); }

SearchIndex open_index(const std::vector<std::string>& entries, const OpenOptions& options) {
    SearchIndex index;
    index.entries = entries;
    index.options = options;
    std::vector<Shard> shards = shard_list(entries);
    for (Shard& s : shards) {
        if (!s.remote()) {
            index.shards.push_back({s, open_local(s.path)});
            continue;
        }
        try {
            index.shards.push_back({s, open_remote(s, options.timeout_ms)});
        } catch (const ShardError& e) {
            if (!options.allow_partial) throw;
            index.missing.push_back({e.shard(), e.reason()});
        }
    }
    if (index.shards.empty() && !index.missing.empty())
        throw ShardError(index.missing.front().name, index.missing.front().reason);
    for (const OpenShard& s : index.shards)
        index.db.add_database(s.db);
    read_languages(index);
    return index;
}

}  // namespace forum
