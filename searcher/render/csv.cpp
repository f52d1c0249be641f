// --format csv: the hit fields of JSON as columns (RFC 4180).

#include "common/core/json_text.hpp"
#include "searcher/render/render.hpp"

namespace forum {
namespace {

// RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled.
std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_value(const nlohmann::ordered_json& v) {
    if (v.is_null()) return "";
    if (v.is_string()) return csv_field(v.get<std::string>());
    return csv_field(json_text(v));
}

}  // namespace

void render_csv(const SearchResult& result, const Markers& highlight, bool per_thread,
                std::ostream& out) {
    Hit sample{0, 0, Post{}, Snippet{}, std::nullopt};
    if (per_thread) sample.more_in_thread = 0;
    std::vector<std::string> columns;
    const nlohmann::ordered_json fields = hit_json(sample, highlight);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() != "highlights") columns.push_back(it.key());
    }
    for (size_t i = 0; i < columns.size(); ++i)
        out << (i ? "," : "") << columns[i];
    out << "\r\n";
    for (const Hit& hit : result.hits) {
        nlohmann::ordered_json j = hit_json(hit, highlight);
        for (size_t i = 0; i < columns.size(); ++i)
            out << (i ? "," : "") << csv_value(j[columns[i]]);
        out << "\r\n";
    }
}

}  // namespace forum
