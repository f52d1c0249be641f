#include "indexer/store/writer.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

#include "common/core/language.hpp"
#include "common/schema/schema.hpp"
#include "indexer/store/index_dirs.hpp"
#include "indexer/store/index_lock.hpp"
#include "indexer/store/test_hook.hpp"

namespace forum {

namespace {

std::vector<std::string> source_keys(const Xapian::Document& doc) {
    std::vector<std::string> keys;
    std::string prefix(schema::kSource);
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        it.skip_to(prefix);
        if (it == doc.termlist_end() || !(*it).starts_with(prefix)) break;
        keys.push_back((*it).substr(prefix.size()));
    }
    return keys;
}

bool wins(std::int64_t crawl, const std::string& name, const Xapian::Document& old) {
    std::string winner = old.get_value(schema::kWinnerSource);
    if (winner.empty() || winner == name) return true;
    std::string crawl_value = old.get_value(schema::kWinnerCrawl);
    std::int64_t winner_crawl = crawl_value.empty() ? 0 : std::stoll(crawl_value);
    return crawl > winner_crawl || (crawl == winner_crawl && name < winner);
}

// Reports progress to the test hook part way through a compaction (test_hook.hpp).
class CompactionProgress : public Xapian::Compactor {
public:
    void set_status(const std::string&, const std::string& status) override {
        if (!status.empty()) test_hook("merge-compacting");  // a table is done, others are not
    }
};

// The shards in `dir` that committed (have a revision file; a shard without one never committed,
// or its removal was cut short), with their Xapian UUIDs, in path order.
std::vector<std::pair<std::string, std::string>> committed_shards(const std::string& dir) {
    namespace fs = std::filesystem;
    std::vector<std::pair<std::string, std::string>> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (fs::exists(entry.path() / "iamglass"))
            out.emplace_back(entry.path().string(),
                             Xapian::Database(entry.path().string()).get_uuid());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines)
        out += line + "\n";
    return out;
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, const OpenOptions& options)
    : path_(path), wait_lock_(options.wait_lock), db_(open_locked(path, options.wait_lock)) {
    language_ = language_code(options.language);
    if (!options.language.empty() && language_.empty()) {
        throw std::invalid_argument(
            "unknown language \"" + options.language + "\"; give a stemmer's name (" +
            Xapian::Stem::get_available_languages() + ") or an ISO 639-1 code");
    }
    // An index of an older schema has its posts rewritten as they are met again (their data may
    // be unchanged while their terms and values are not); it is marked current only once a run
    // has met every page (mark_schema_current).
    std::string stored_schema = db_.get_metadata(std::string(schema::kMetaSchema));
    if (stored_schema.empty() || db_.get_doccount() == 0) {
        db_.set_metadata(std::string(schema::kMetaSchema), std::string(schema::kSchemaVersion));
    } else {
        rewrite_ = stored_schema != schema::kSchemaVersion;
    }
    // Posts of an older schema were all stemmed in the index's one language; until each is
    // rewritten, queries must stem in it too.
    if (rewrite_) {
        std::string stored = db_.get_metadata(std::string(schema::kMetaLanguage));
        legacy_language_ = language_code(stored.empty() ? schema::kDefaultLanguage : stored);
    }
    db_.begin_transaction(false);  // see commit()
}

// The spelling table holds each unprefixed word with the sum of its wdf over the posts.
void IndexWriter::change_spelling(const Xapian::Document& doc, int sign) {
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        if (schema::is_unprefixed_term(*it) && it.get_wdf() > 0)
            spelling_changes_[*it] += sign * static_cast<std::int64_t>(it.get_wdf());
    }
}

PutResult IndexWriter::put(const std::string& id, Xapian::Document doc,
                           const std::string& source_key, const std::string& source_name,
                           std::int64_t crawl_time) {
    refuse_if_lock_only();
    std::string ref = std::string(schema::kSource) + source_key;
    Xapian::PostingIterator existing = db_.postlist_begin(id);
    doc.add_boolean_term(ref);
    doc.add_value(schema::kWinnerSource, source_name);
    doc.add_value(schema::kWinnerCrawl, std::to_string(crawl_time));
    if (existing == db_.postlist_end(id)) {
        db_.replace_document(id, doc);
        change_spelling(doc, +1);
        return PutResult::kAdded;
    }
    Xapian::Document old = db_.get_document(*existing);
    std::vector<std::string> keys = source_keys(old);
    bool referenced = std::find(keys.begin(), keys.end(), source_key) != keys.end();
    bool elsewhere = keys.size() > (referenced ? 1u : 0u);
    if (!wins(crawl_time, source_name, old)) {
        if (referenced) return PutResult::kUnchanged;
        old.add_boolean_term(ref);
        db_.replace_document(*existing, old);
        return PutResult::kAlsoElsewhere;
    }
    // Read once: a Document from the database fetches its data anew on every call, and after the
    // replace below that would be the new data.
    const std::string old_data = old.get_data();
    bool same = old_data == doc.get_data() && old.get_value(schema::kWinnerSource) == source_name &&
                old.get_value(schema::kWinnerCrawl) == doc.get_value(schema::kWinnerCrawl);
    if (same && referenced && !rewrite_) return PutResult::kUnchanged;
    for (const auto& k : keys)
        doc.add_boolean_term(std::string(schema::kSource) + k);
    change_spelling(old, -1);
    db_.replace_document(*existing, doc);
    change_spelling(doc, +1);
    // Only the bookkeeping changed (which source holds it, when it was crawled): not a new post.
    if (old_data == doc.get_data()) {
        return referenced || !elsewhere ? PutResult::kUnchanged : PutResult::kAlsoElsewhere;
    }
    return PutResult::kReplaced;
}

IndexWriter::Unref IndexWriter::unref(const std::string& id, const std::string& source_key) {
    refuse_if_lock_only();
    Unref out;
    Xapian::PostingIterator existing = db_.postlist_begin(id);
    if (existing == db_.postlist_end(id)) return out;
    Xapian::Document doc = db_.get_document(*existing);
    std::vector<std::string> keys = source_keys(doc);
    auto it = std::find(keys.begin(), keys.end(), source_key);
    if (it == keys.end()) return out;
    keys.erase(it);
    if (keys.empty()) {
        change_spelling(doc, -1);
        db_.delete_document(*existing);
        out.deleted = true;
        return out;
    }
    doc.remove_term(std::string(schema::kSource) + source_key);
    if (schema::source_key(doc.get_value(schema::kWinnerSource)) == source_key) {
        // Its stored copy came from the source that lost it: any remaining source may claim it.
        doc.add_value(schema::kWinnerSource, "");
        out.heirs = keys;
    }
    db_.replace_document(*existing, doc);
    return out;
}

void IndexWriter::set_metadata(std::string_view key, const std::string& value) {
    refuse_if_lock_only();
    db_.set_metadata(std::string(key), value);
}

std::string IndexWriter::metadata(std::string_view key) const {
    refuse_if_lock_only();
    return db_.get_metadata(std::string(key));
}

void IndexWriter::merge_shards() { merge(false); }

void IndexWriter::recover_shards() {
    if (!merge(true)) return;
    // Written through from now on, so opened under the index's own name. Another forum-index
    // may take the index in the instant between: this run then ends as if it had found it
    // taken (IndexBusy); nothing is in flight, and that run finds the shards merged.
    db_.close();
    db_ = open_locked(path_, wait_lock_);
    lock_only_ = false;
    db_.begin_transaction(false);
}

// The merge compacts the index and the shards into INDEX.merged, names the shards it holds in
// its metadata (their Xapian UUIDs), swaps it in and removes the shards. A run that dies after
// the swap leaves shards that the index already holds: the next run recognises them by their
// UUIDs and only removes them. Shards are removed revision file first (remove_shards), so one
// whose removal was cut short is skipped like one that never committed.
bool IndexWriter::merge(bool leftovers) {
    namespace fs = std::filesystem;
    const std::string dir = shards_path(path_);
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return false;
    test_hook("merge-start");
    std::string merged_before = metadata(schema::kMetaMergedShards);
    std::set<std::string> known;
    std::istringstream listed(merged_before);
    for (std::string uuid; std::getline(listed, uuid);)
        known.insert(uuid);
    std::vector<std::string> shards, uuids;
    for (auto& [shard, uuid] : committed_shards(dir)) {
        if (known.count(uuid)) continue;
        shards.push_back(shard);
        uuids.push_back(uuid);
    }
    if (!shards.empty()) swap_in_merge(shards, merged_before + join_lines(uuids), leftovers);
    remove_shards(dir);
    return !shards.empty();
}

void IndexWriter::supersede_shards(const std::string& dir) {
    std::string list = metadata(schema::kMetaMergedShards);
    for (const auto& shard : committed_shards(dir))
        list += shard.second + "\n";
    set_metadata(schema::kMetaMergedShards, list);
}

void IndexWriter::swap_in_merge(const std::vector<std::string>& shards,
                                const std::string& merged_shards, bool leftovers) {
    namespace fs = std::filesystem;
    commit();
    const std::string merged = merged_path(path_);
    fs::remove_all(merged);
    std::optional<Xapian::WritableDatabase> next;
    try {
        Xapian::Database all(path_);  // first, so that its metadata (the state) is kept
        for (const auto& shard : shards)
            all.add_database(Xapian::Database(shard));
        CompactionProgress progress;
        all.compact(merged, Xapian::Compactor::FULL, 0, progress);
        all.close();
        // Locked before the swap, the copy is the index's from the moment it becomes the index:
        // no other writer can take it in between.
        next.emplace(merged, Xapian::DB_OPEN);
        next->set_metadata(std::string(schema::kMetaMergedShards), merged_shards);
        if (leftovers) next->set_metadata(std::string(schema::kMetaSourcesToCheck), "1");
        record_languages(*next, legacy_language_);  // the shards' posts' languages too
        next->commit();
    } catch (...) {
        // Out of space, most likely: give back what the copy took.
        next.reset();
        std::error_code ec;
        fs::remove_all(merged, ec);
        throw;
    }
    test_hook("merge-before-swap");
    swap_directories(merged, path_);
    test_hook("merge-after-swap");
    // db_ is the old index, under the name `merged` now; `next` holds the index's lock, but was
    // opened under that other name: a commit through it would write there. It is kept only for
    // its lock (recover_shards opens the index again to write).
    db_.close();
    db_ = *next;
    lock_only_ = true;
    fs::remove_all(merged);
}

bool IndexWriter::sources_to_check() const {
    return !metadata(schema::kMetaSourcesToCheck).empty();
}

void IndexWriter::clear_sources_to_check() { set_metadata(schema::kMetaSourcesToCheck, ""); }

void IndexWriter::refuse_if_lock_only() const {
    if (lock_only_)
        throw std::logic_error("a merge swapped the index: this writer only holds the lock of " +
                               path_);
}

Xapian::WritableDatabase& IndexWriter::db() {
    refuse_if_lock_only();
    return db_;
}

void IndexWriter::mark_schema_current() {
    refuse_if_lock_only();
    db_.set_metadata(std::string(schema::kMetaSchema), std::string(schema::kSchemaVersion));
    rewrite_ = false;
    legacy_language_.clear();
}

void record_languages(Xapian::WritableDatabase& db, const std::string& also) {
    std::set<std::string> codes;
    if (!also.empty()) codes.insert(also);
    const std::string prefix(schema::kLang);
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
        if (it.get_termfreq() > 0) codes.insert((*it).substr(prefix.size()));
    std::string list;
    for (const std::string& code : codes)
        list += (list.empty() ? "" : " ") + code;
    db.set_metadata(std::string(schema::kMetaLanguages), list);
}

void IndexWriter::commit() {
    refuse_if_lock_only();
    for (const auto& [word, change] : spelling_changes_) {
        if (change > 0) db_.add_spelling(word, static_cast<Xapian::termcount>(change));
        if (change < 0) db_.remove_spelling(word, static_cast<Xapian::termcount>(-change));
    }
    spelling_changes_.clear();
    record_languages(db_, legacy_language_);
    // An unflushed transaction's end does not write it to disk; the commit does.
    db_.commit_transaction();
    db_.commit();
    db_.begin_transaction(false);
}

}  // namespace forum
