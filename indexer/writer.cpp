#include "indexer/writer.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "common/schema.hpp"

namespace forum {

Xapian::Stem stemmer_for(const std::string& language) {
    try {
        return Xapian::Stem(language);
    } catch (const Xapian::InvalidArgumentError&) {
        throw std::invalid_argument("no stemmer for language \"" + language +
                                    "\"; available: " + Xapian::Stem::get_available_languages());
    }
}

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

// A run killed while it was creating an index leaves glass tables without the revision file
// (iamglass) that Xapian writes last; nothing was committed, yet every later open fails. Remove
// those tables, but only while holding the index's lock, so a creation in progress elsewhere is
// never disturbed. (Xapian's lock is an fcntl lock on flintlock; an open-file-description lock
// conflicts with it.)
void discard_unfinished_index(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path dir(path);
    if (!fs::is_directory(dir, ec) || fs::exists(dir / "iamglass", ec)) return;
    int fd = ::open((dir / "flintlock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) return;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    if (::fcntl(fd, F_OFD_SETLK, &lock) == 0 && !fs::exists(dir / "iamglass", ec)) {
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            if (entry.path().extension() == ".glass") fs::remove(entry.path(), ec);
        }
    }
    ::close(fd);  // releases the lock
}

}  // namespace

Xapian::WritableDatabase open_locked(const std::string& path, std::chrono::seconds wait) {
    auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        discard_unfinished_index(path);
        try {
            return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
        } catch (const Xapian::DatabaseLockError&) {
            if (std::chrono::steady_clock::now() >= deadline) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
}

std::string shards_path(const std::string& index_path) { return index_path + ".shards"; }

void swap_directories(const std::string& fresh, const std::string& live) {
    namespace fs = std::filesystem;
    if (renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) == 0) return;
    std::string old = live + ".old";
    fs::remove_all(old);
    fs::rename(live, old);
    fs::rename(fresh, live);
    fs::rename(old, fresh);
}

IndexWriter::IndexWriter(const std::string& path, const OpenOptions& options)
    : path_(path), db_(open_locked(path, options.wait_lock)) {
    std::string stored = db_.get_metadata(std::string(schema::kMetaLanguage));
    language_ = !options.language.empty() ? options.language
                : !stored.empty()         ? stored
                                          : std::string(schema::kDefaultLanguage);
    if (!stored.empty() && stored != language_) {
        throw std::invalid_argument("the index at " + path + " was built with language \"" +
                                    stored + "\", not \"" + language_ +
                                    "\"; rebuild it with --full to change");
    }
    stemmer_for(language_);  // refuse an unknown language before anything is written
    // An index of an older schema has its posts rewritten as they are met again (their data may
    // be unchanged while their terms and values are not); it is marked current only once a run
    // has met every page (mark_schema_current).
    std::string stored_schema = db_.get_metadata(std::string(schema::kMetaSchema));
    if (stored_schema.empty() || db_.get_doccount() == 0) {
        db_.set_metadata(std::string(schema::kMetaSchema), std::string(schema::kSchemaVersion));
    } else {
        rewrite_ = stored_schema != schema::kSchemaVersion;
    }
    db_.set_metadata(std::string(schema::kMetaLanguage), language_);
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
    db_.set_metadata(std::string(key), value);
}

std::string IndexWriter::metadata(std::string_view key) const {
    return db_.get_metadata(std::string(key));
}

bool IndexWriter::merge_shards() {
    namespace fs = std::filesystem;
    const fs::path dir = shards_path(path_);
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return false;
    std::vector<std::string> shards;
    for (const auto& entry : fs::directory_iterator(dir)) {
        // One that never committed has no revision file and nothing to give.
        if (fs::exists(entry.path() / "iamglass")) shards.push_back(entry.path().string());
    }
    std::sort(shards.begin(), shards.end());
    if (!shards.empty()) {
        commit();
        Xapian::Database all(path_);  // first, so that its metadata (the state) is kept
        for (const auto& shard : shards)
            all.add_database(Xapian::Database(shard));
        const std::string merged = path_ + ".merged";
        fs::remove_all(merged);
        all.compact(merged, Xapian::Compactor::FULL);
        all.close();
        // A writer that starts in the instant between the swap and the reopen takes the index
        // first; this run then ends with the lock error, the index complete either way.
        swap_directories(merged, path_);
        Xapian::WritableDatabase reopened(path_, Xapian::DB_OPEN);
        db_ = reopened;
        db_.begin_transaction(false);
        fs::remove_all(merged);
    }
    fs::remove_all(dir);
    return !shards.empty();
}

void IndexWriter::mark_schema_current() {
    db_.set_metadata(std::string(schema::kMetaSchema), std::string(schema::kSchemaVersion));
    rewrite_ = false;
}

void IndexWriter::commit() {
    for (const auto& [word, change] : spelling_changes_) {
        if (change > 0) db_.add_spelling(word, static_cast<Xapian::termcount>(change));
        if (change < 0) db_.remove_spelling(word, static_cast<Xapian::termcount>(-change));
    }
    spelling_changes_.clear();
    // An unflushed transaction's end does not write it to disk; the commit does.
    db_.commit_transaction();
    db_.commit();
    db_.begin_transaction(false);
}

}  // namespace forum
