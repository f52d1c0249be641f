#include "searcher/facet.hpp"

#include <algorithm>

#include "common/schema/fields.hpp"

namespace forum {
namespace {

bool is_period_field(std::string_view name) { return name == "year" || name == "month"; }

std::optional<unsigned> read_count(std::string_view s) {
    if (s.empty() || s.size() > 9) return std::nullopt;
    unsigned n = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<unsigned>(c - '0');
    }
    return n;
}

}  // namespace

FacetSpec parse_facet_spec(std::string_view text) {
    FacetSpec spec;
    size_t colon = text.find(':');
    spec.name = std::string(text.substr(0, colon));
    if (!schema::find_facet(spec.name))
        throw Xapian::QueryParserError("unknown facet " + spec.name);
    while (colon != std::string_view::npos) {
        size_t next = text.find(':', colon + 1);
        std::string_view part = text.substr(colon + 1, next == text.npos ? next : next - colon - 1);
        colon = next;
        if (part == "period") {
            if (!is_period_field(spec.name))
                throw Xapian::QueryParserError("--facet " + std::string(text) +
                                               ": only year and month can be ordered by period");
            spec.by_period = true;
        } else if (part == "all") {
            spec.all = true;
        } else if (std::optional<unsigned> n = read_count(part); n && *n > 0) {
            spec.top = n;
        } else {
            throw Xapian::QueryParserError("--facet " + std::string(text) + ": '" +
                                           std::string(part) +
                                           "' is not a count (1 or more), all or period");
        }
    }
    return spec;
}

Facet facet_counts(const FacetSpec& spec, const Xapian::ValueCountMatchSpy& spy,
                   unsigned default_top) {
    Facet facet;
    facet.name = spec.name;
    facet.by_period = spec.by_period;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it)  // by value
        facet.values.push_back({*it, it.get_termfreq()});
    unsigned top = spec.all ? 0 : spec.top.value_or(default_top);
    if (spec.by_period) {
        // Year and month values sort as their periods: keep the latest N.
        if (top > 0 && facet.values.size() > top) {
            facet.others = static_cast<Xapian::doccount>(facet.values.size() - top);
            facet.values.erase(facet.values.begin(), facet.values.end() - top);
        }
        return facet;
    }
    std::stable_sort(facet.values.begin(), facet.values.end(),
                     [](const auto& a, const auto& b) { return a.count > b.count; });
    if (top > 0 && facet.values.size() > top) {
        facet.others = static_cast<Xapian::doccount>(facet.values.size() - top);
        facet.values.resize(top);
    }
    return facet;
}

}  // namespace forum
