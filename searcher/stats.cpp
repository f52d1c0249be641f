#include "searcher/stats.hpp"

#include <filesystem>

#include "common/core/dates.hpp"
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

nlohmann::ordered_json time_or_null(const std::optional<std::int64_t>& t) {
    return t ? nlohmann::ordered_json(format_iso_utc(*t)) : nlohmann::ordered_json(nullptr);
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
    s.bytes_on_disk = directory_bytes(path);
    std::string updated = db.get_metadata(std::string(schema::kMetaLastUpdate));
    if (!updated.empty()) s.last_update = std::stoll(updated);
    s.language = db.get_metadata(std::string(schema::kMetaLanguage));
    s.schema = db.get_metadata(std::string(schema::kMetaSchema));
    return s;
}

nlohmann::ordered_json stats_json(const IndexStats& s) {
    return {{"posts", s.posts},
            {"threads", s.threads},
            {"sites", s.sites},
            {"forums", s.forums},
            {"posters", s.posters},
            {"first_post", time_or_null(s.first_post)},
            {"last_post", time_or_null(s.last_post)},
            {"bytes_on_disk", s.bytes_on_disk},
            {"last_update", time_or_null(s.last_update)},
            {"language", s.language},
            {"schema_version", s.schema}};
}

std::string stats_text(const IndexStats& s) {
    auto when = [](const std::optional<std::int64_t>& t) {
        return t ? format_display(*t) : std::string("-");
    };
    char size[32];
    std::snprintf(size, sizeof size, "%.1f MB", static_cast<double>(s.bytes_on_disk) / 1e6);
    return "posts         " + std::to_string(s.posts) + "\n" + "threads       " +
           std::to_string(s.threads) + "\n" + "sites         " + std::to_string(s.sites) + "\n" +
           "forums        " + std::to_string(s.forums) + "\n" + "posters       " +
           std::to_string(s.posters) + "\n" + "posts from    " + when(s.first_post) + "\n" +
           "posts until   " + when(s.last_post) + "\n" + "size on disk  " + size + "\n" +
           "last update   " + when(s.last_update) + "\n" + "language      " + s.language + "\n";
}

}  // namespace forum
