// --count: the number alone for people and shells (text, ids), an object for scripts (json,
// jsonl), a one-column table (csv); facets and the histogram after it when asked for.

#include "common/core/json_text.hpp"
#include "searcher/render/render.hpp"

namespace forum {

void render_count(const Counts& counts, Format format, std::ostream& out) {
    switch (format) {
        case Format::kText:
        case Format::kIds:
            out << counts.posts << '\n';
            render_facets_text(counts.facets, out);
            if (counts.histogram) render_histogram_text(*counts.histogram, out);
            break;
        case Format::kJson:
        case Format::kJsonl: {
            nlohmann::ordered_json j = {{"format_version", kFormatVersion},
                                        {"count", counts.posts}};
            if (!counts.facets.empty()) {
                j["facets"] = facets_json(counts.facets);
                add_facets_left_out(counts.facets, j);
            }
            if (counts.histogram) add_histogram_json(*counts.histogram, j);
            out << json_text(j) << '\n';
            break;
        }
        case Format::kCsv:
            out << "count\r\n" << counts.posts << "\r\n";
            break;
    }
}

}  // namespace forum
