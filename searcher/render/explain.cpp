// `explain`: the query, each field and what it became, the terms, Xapian's query.

#include "common/core/json_text.hpp"
#include "searcher/render/render.hpp"

namespace forum {

void render_explain(const Explanation& e, Format format, std::ostream& out) {
    if (format != Format::kText) {
        nlohmann::ordered_json fields = nlohmann::ordered_json::array();
        for (const auto& f : e.fields)
            fields.push_back({{"field", f.field},
                              {"typed", f.typed},
                              {"value", f.value},
                              {"meaning", f.meaning}});
        nlohmann::ordered_json j = {{"format_version", kFormatVersion},
                                    {"query", e.query},
                                    {"fields", std::move(fields)},
                                    {"terms", e.terms},
                                    {"xapian", e.xapian}};
        out << json_text(j) << '\n';
        return;
    }
    out << "query:   " << e.query << '\n';
    for (const auto& f : e.fields)
        out << "field:   " << f.typed << (f.typed.starts_with("--") ? " " : ":") << f.value
            << "  →  " << f.field << ": " << f.meaning << '\n';
    out << "terms:  ";
    for (const auto& t : e.terms)
        out << ' ' << t;
    out << "\nxapian:  " << e.xapian << '\n';
}

}  // namespace forum
