#include "searcher/stats.hpp"

#include <filesystem>

#include "common/schema/schema.hpp"

namespace forum {
namespace {

std::uint64_t count_terms(const Xapian::Database& db, std::string_view prefix) {
    std::uint64_t n = 0;
    std::string p(prefix);
    for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it)
        ++n;
    return n;
}

std::uint64_t directory_bytes(const std::string& path) {
    std::uint64_t total = 0;
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) return std::filesystem::file_size(path, ec);
    for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code size_ec;
        if (it->is_regular_file(size_ec)) total += it->file_size(size_ec);
    }
    return total;
}

std::optional<std::int64_t> bound(const std::string& serialised) {
    if (serialised.empty()) return std::nullopt;
    return static_cast<std::int64_t>(Xapian::sortable_unserialise(serialised));
}

}  // namespace

IndexStats index_stats(const Xapian::Database& db, const std::string& path) {
    IndexStats s;
    s.posts = db.get_doccount();
    s.threads = count_terms(db, schema::kThreadTerm);
    s.sites = count_terms(db, schema::kSite);
    s.forums = count_terms(db, schema::kForum);
    s.posters = count_terms(db, schema::kPoster);
    if (s.posts > 0) {
        s.first_post = bound(db.get_value_lower_bound(schema::kDateSortable));
        s.last_post = bound(db.get_value_upper_bound(schema::kDateSortable));
    }
    if (!path.empty()) s.bytes_on_disk = directory_bytes(path);
    std::string updated = db.get_metadata(std::string(schema::kMetaLastUpdate));
    if (!updated.empty()) s.last_update = std::stoll(updated);
    // The posts' languages ("en ru"); an index of schema 3 or older has its one stemmer's name.
    s.language = db.get_metadata(std::string(schema::kMetaLanguages));
    if (s.language.empty()) s.language = db.get_metadata(std::string(schema::kMetaLanguage));
    s.schema = db.get_metadata(std::string(schema::kMetaSchema));
    return s;
}

IndexStats index_stats(SearchIndex& index) {
    return with_retry(index, [](SearchIndex& i) {
        if (i.shards.size() == 1 && i.missing.empty()) {
            const OpenShard& only = i.shards.front();
            return index_stats(only.db, only.shard.remote() ? "" : only.shard.path);
        }
        IndexStats total = index_stats(i.db, "");
        for (const OpenShard& s : i.shards) {
            IndexStats one = index_stats(s.db, s.shard.remote() ? "" : s.shard.path);
            one.name = s.shard.name;
            total.bytes_on_disk += one.bytes_on_disk;
            // The combined database's metadata is the first shard's: the last update is the
            // latest of any shard.
            if (one.last_update && (!total.last_update || *one.last_update > *total.last_update))
                total.last_update = one.last_update;
            total.shards.push_back(std::move(one));
        }
        for (const MissingShard& m : i.missing)
            total.missing_shards.push_back(m.name);
        return total;
    });
}

}  // namespace forum
