// --facet: text as one value a line under the facet's name, counts aligned; JSON as
// {name: [{value, count}]}, with how many values N left out beside it.

#include <algorithm>

#include "searcher/render/render.hpp"

namespace forum {

void render_facets_text(const std::vector<Facet>& facets, std::ostream& out) {
    for (const Facet& f : facets) {
        if (f.values.empty()) {
            out << f.name << ": -\n";
            continue;
        }
        out << f.name << ":\n";
        Xapian::doccount most = 0;
        for (const FacetValue& v : f.values)
            most = std::max(most, v.count);
        const size_t width = std::max<size_t>(5, std::to_string(most).size());
        for (const FacetValue& v : f.values) {
            std::string count = std::to_string(v.count);
            out << std::string(2 + width - count.size(), ' ') << count << "  " << v.value << '\n';
        }
        if (f.others > 0) {
            out << std::string(2 + width, ' ') << "  … " << f.others << " more"
                << (f.by_period ? " (earlier)" : "") << ": --facet " << f.name
                << (f.by_period ? ":period" : "") << ":all\n";
        }
    }
}

nlohmann::ordered_json facets_json(const std::vector<Facet>& facets) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const Facet& f : facets) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const FacetValue& v : f.values)
            list.push_back({{"value", v.value}, {"count", v.count}});
        out[f.name] = std::move(list);
    }
    return out;
}

void add_facets_left_out(const std::vector<Facet>& facets, nlohmann::ordered_json& j) {
    nlohmann::ordered_json left_out = nlohmann::ordered_json::object();
    for (const Facet& f : facets)
        if (f.others > 0) left_out[f.name] = f.others;
    if (!left_out.empty()) j["facet_values_left_out"] = std::move(left_out);
}

}  // namespace forum
