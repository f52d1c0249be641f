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
    return csv_field(json_text(v));  // numbers; quotes (--with-text) as a JSON array
}

// Highlight offsets have no use without the marked-up snippet beside them: not a column.
bool is_column(const std::string& key) { return key != "highlights"; }

}  // namespace

void csv_header(const RenderOptions& options, std::ostream& out) {
    Hit sample{0, 0, Post{}, Snippet{}, std::nullopt};
    if (options.per_thread) sample.more_in_thread = 0;
    const nlohmann::ordered_json fields = hit_json(sample, options.highlight, options.with_text);
    bool first = true;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!is_column(it.key())) continue;
        out << (first ? "" : ",") << it.key();
        first = false;
    }
    out << "\r\n";
}

void csv_row(const nlohmann::ordered_json& hit, std::ostream& out) {
    bool first = true;
    for (auto it = hit.begin(); it != hit.end(); ++it) {
        if (!is_column(it.key())) continue;
        out << (first ? "" : ",") << csv_value(it.value());
        first = false;
    }
    out << "\r\n";
}

}  // namespace forum
