// `stats`: what the index holds.

#include <cstdio>

#include "common/core/dates.hpp"
#include "common/core/json_text.hpp"
#include "searcher/render/render.hpp"

namespace forum {
namespace {

nlohmann::ordered_json time_or_null(const std::optional<std::int64_t>& t) {
    return t ? nlohmann::ordered_json(format_iso_utc(*t)) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json stats_json(const IndexStats& s) {
    nlohmann::ordered_json j = {{"format_version", kFormatVersion}};
    if (!s.name.empty()) j["shard"] = s.name;
    j.update(nlohmann::ordered_json{{"posts", s.posts},
                                    {"threads", s.threads},
                                    {"sites", s.sites},
                                    {"forums", s.forums},
                                    {"posters", s.posters},
                                    {"first_post", time_or_null(s.first_post)},
                                    {"last_post", time_or_null(s.last_post)},
                                    {"bytes_on_disk", s.bytes_on_disk},
                                    {"last_update", time_or_null(s.last_update)},
                                    {"language", s.language},
                                    {"schema_version", s.schema}});
    if (!s.shards.empty()) {
        nlohmann::ordered_json shards = nlohmann::ordered_json::array();
        for (const IndexStats& one : s.shards) {
            nlohmann::ordered_json sj = stats_json(one);
            sj.erase("format_version");
            shards.push_back(std::move(sj));
        }
        j["shards"] = std::move(shards);
        j["missing_shards"] = s.missing_shards;
    }
    return j;
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

}  // namespace

void render_stats(const IndexStats& stats, Format format, std::ostream& out) {
    if (format == Format::kText) {
        out << stats_text(stats);
        for (const IndexStats& one : stats.shards)
            out << "\nshard " << one.name << '\n' << stats_text(one);
        for (const std::string& name : stats.missing_shards)
            out << "\nshard " << name << " missing\n";
    } else {
        out << json_text(stats_json(stats)) << '\n';
    }
}

}  // namespace forum
